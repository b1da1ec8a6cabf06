/*
 * Reads a JSON file the user named, turning every way it can go wrong (no
 * such file, empty file, a syntax error) into one clear message with the file
 * name and, for syntax errors, the line and column.
 */
import { readFileSync } from "node:fs";
import { InputError } from "./InputError";

/**
 * The parsed contents of `path`, and its text.
 *
 * @param what - what the file should hold, for messages (e.g. "scenario")
 * @throws InputError if the file cannot be read, is empty or is not valid JSON
 */
export function readJSONFile(path: string, what: string): { data: unknown; text: string } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${path}: no such file (expected a ${what} file)`);
    if (code === "EISDIR") throw new InputError(`${path}: is a directory (expected a ${what} file)`);
    throw new InputError(`${path}: cannot be read: ${(err as Error).message}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new InputError(`${path} is empty; expected a ${what} in JSON`);
  try {
    return { data: JSON.parse(text), text };
  } catch (err) {
    throw new InputError(`${path} is not valid JSON: ${describeSyntaxError((err as Error).message, text)}`);
  }
}

/** The parser's message with the line and column of the position it names, or a hint for a file that ends early. */
export function describeSyntaxError(message: string, text: string): string {
  if (/end of JSON input/i.test(message)) return `${message} (the file ends too early: is it cut off?)`;
  const m = /position (\d+)/.exec(message);
  if (m === null) return message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  const column = pos - before.lastIndexOf("\n");
  return `${message.replace(/\s*\(line \d+ column \d+\)$/, "")} (line ${line}, column ${column})`;
}
