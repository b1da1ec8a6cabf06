/*
 * A short, safe, readable form of any value for error messages: JSON-like,
 * nested structures shown to a few levels only (so a value nested thousands of
 * levels deep neither overflows the stack nor prints pages), long text cut, and
 * control or invisible characters escaped (see safeText).
 */
import { safeText } from "./safeText";

/** Most characters of a described value. */
const MAX_CHARS = 60;
/** Deepest level shown; deeper objects and arrays print as {…} and […]. */
const MAX_DEPTH = 3;
/** Most entries shown per object or array. */
const MAX_ENTRIES = 8;

/**
 * A short form of `value` for messages: numbers as written (NaN, Infinity
 * included), strings in double quotes with control and invisible characters
 * escaped, objects and arrays as JSON cut to 60 characters and 3 levels, functions
 * as "a function".
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return safeText(String(value), MAX_CHARS);
  if (typeof value === "string") {
    // cut long strings before escaping, so a huge string costs no more than a short one
    return value.length > MAX_CHARS ? `a string "${safeText(value.slice(0, 49), 49)}…` : `"${safeText(value, MAX_CHARS)}"`;
  }
  const text = render(value, 0);
  if (text.length <= MAX_CHARS) return text;
  const kind = Array.isArray(value) ? `an array of ${value.length} items` : "an object";
  return `${kind} ${text.slice(0, 50)}…`;
}

function render(value: unknown, depth: number): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : String(value);
  if (typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return `"${safeText(value, MAX_CHARS).replace(/"/g, '\\"')}"`;
  if (typeof value === "function") return "a function";
  if (typeof value !== "object") return safeText((value as symbol).toString(), MAX_CHARS); // only a symbol is left
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH) return value.length === 0 ? "[]" : "[…]";
    const items = value.slice(0, MAX_ENTRIES).map((v) => render(v, depth + 1));
    if (value.length > MAX_ENTRIES) items.push("…");
    return `[${items.join(",")}]`;
  }
  const keys = Object.keys(value);
  if (depth >= MAX_DEPTH) return keys.length === 0 ? "{}" : "{…}";
  const entries = keys.slice(0, MAX_ENTRIES).map((k) => `"${safeText(k, 30)}":${render((value as Record<string, unknown>)[k], depth + 1)}`);
  if (keys.length > MAX_ENTRIES) entries.push("…");
  return `{${entries.join(",")}}`;
}
