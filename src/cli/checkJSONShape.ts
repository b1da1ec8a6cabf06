/*
 * Checks the shape of JSON text before it is parsed: how deeply it nests and
 * whether an object repeats a key. A scenario is at most eight levels deep, so a
 * file nested thousands of levels deep is refused with a short message instead of
 * overflowing the stack of whatever walks it later. A repeated key is an error,
 * not a warning: JSON.parse would keep the last value silently, and the author
 * cannot have meant both.
 */
import { safeText } from "../text/safeText";

/** Deepest nesting of objects and arrays allowed (a scenario needs 8; results 6). */
export const MAX_JSON_DEPTH = 32;

/** The first problem with the shape of `text`, or undefined when there is none (syntax is left to JSON.parse). */
export function checkJSONShape(text: string, maxDepth = MAX_JSON_DEPTH): string | undefined {
  // one frame per open object or array: its keys (null for arrays) and the key it was found under
  const keys: Array<Set<string> | null> = [];
  const path: Array<string | number> = [];
  const where = (): string =>
    path.length === 0
      ? "(root)"
      : path
          .map((p) => (typeof p === "number" ? `[${p}]` : `.${safeText(p, 40)}`))
          .join("")
          .replace(/^\./, "");
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c ? 2 : 1;
      if (expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          return undefined; // a syntax error: JSON.parse reports it with its position
        }
        const frame = keys[keys.length - 1];
        if (frame) {
          if (frame.has(key)) {
            path.push(key);
            const at = where();
            path.pop();
            return `key "${safeText(key, 40)}" appears twice at ${at === "" ? "(root)" : at} (JSON keeps only the last; remove one)`;
          }
          frame.add(key);
          path[path.length - 1] = key;
        }
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (keys.length >= maxDepth) return `nested more than ${maxDepth} levels deep at ${where()} (a scenario needs at most 8)`;
      const isObject = c === 0x7b;
      keys.push(isObject ? new Set() : null);
      path.push(isObject ? "" : 0);
      expectKey = isObject;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      keys.pop();
      path.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const top = path.length - 1;
      if (top >= 0) {
        if (keys[top] === null) path[top] = (path[top] as number) + 1;
        else expectKey = true;
      }
    }
  }
  return undefined;
}
