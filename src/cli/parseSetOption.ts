/*
 * Reads the sweep flag `--set path=v1,v2,…`: a dotted path into the scenario
 * and the values to try. Each value is read as JSON when it is valid JSON
 * (numbers, true/false, arrays, quoted strings) and as a plain string
 * otherwise; commas inside brackets, braces or quotes do not split values.
 */
import { InputError } from "./InputError";

/**
 * The path and values of one `--set` flag.
 *
 * @throws InputError if there is no `=`, the path is empty, or a value is empty
 */
export function parseSetOption(text: string): { path: string; values: unknown[] } {
  const eq = text.indexOf("=");
  const path = eq < 0 ? "" : text.slice(0, eq).trim();
  if (eq < 0 || path === "") {
    throw new InputError(`--set: got ${JSON.stringify(text)}; expected path=value1,value2,… e.g. office.units[0].handlers=30,40,50`);
  }
  const parts = splitTopLevel(text.slice(eq + 1));
  if (parts.some((p) => p.trim() === "")) {
    throw new InputError(`--set ${path}: got ${JSON.stringify(text.slice(eq + 1))}; expected values separated by commas, none empty`);
  }
  return { path, values: parts.map((p) => parseValue(p.trim())) };
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Splits at commas that are not inside [], {} or double quotes. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === "\\") i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
