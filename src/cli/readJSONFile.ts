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
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${path}: no such file (expected a ${what} file)`);
    if (code === "EISDIR") throw new InputError(`${path}: is a directory (expected a ${what} file)`);
    throw new InputError(`${path}: cannot be read: ${(err as Error).message}`);
  }
  // a UTF-16 file starts with a byte-order mark FF FE or FE FF
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError(`${path} is UTF-16 text; expected a ${what} in UTF-8 encoded JSON`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(`${path} is not valid UTF-8 (bad byte 0x${(bytes[at] ?? 0).toString(16)} at offset ${at}); expected a ${what} in UTF-8 encoded JSON`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new InputError(`${path} is empty; expected a ${what} in JSON`);
  try {
    return { data: JSON.parse(text), text };
  } catch (err) {
    throw new InputError(`${path} is not valid JSON: ${describeSyntaxError((err as Error).message, text)}`);
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return 0;
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
