/*
 * Dotted parameter paths such as `policies[1].target.perWeek`: object keys
 * separated by dots, array indices in brackets. Used by sweeps to name the
 * scenario setting being varied.
 */

/** One step of a parsed path: an object key or an array index. */
export type PathSegment = string | number;

/**
 * Splits a dotted path into keys and array indices:
 * `parsePath("policies[1].target.perWeek")` is `["policies", 1, "target", "perWeek"]`.
 * Keys may contain any character except `.`, `[` and `]`; indices are whole
 * numbers ≥ 0.
 *
 * @throws TypeError if `path` is not a string
 * @throws RangeError naming the path and position if it is empty or malformed
 */
export function parsePath(path: string): PathSegment[] {
  if (typeof path !== "string") {
    throw new TypeError(`parsePath: path must be a string like "a.b[0].c", got ${typeof path}`);
  }
  if (path === "") throw new RangeError(`parsePath: path must not be empty`);
  const segments: PathSegment[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new RangeError(`parsePath: malformed path "${path}" at position ${i}: ${what} (expected keys separated by "." and indices like "[0]")`);
  };
  let needKey = path[0] !== "[";
  while (i < path.length) {
    const c = path[i];
    if (c === "[") {
      const close = path.indexOf("]", i);
      if (close < 0) fail(`"[" without "]"`);
      const digits = path.slice(i + 1, close);
      if (!/^\d+$/.test(digits)) fail(`index "${digits}" is not a whole number`);
      segments.push(Number(digits));
      i = close + 1;
      if (i < path.length && path[i] !== "." && path[i] !== "[") fail(`unexpected "${path[i]}" after "]"`);
      if (path[i] === ".") {
        i++;
        needKey = true;
        if (i >= path.length) fail(`path ends with "."`);
      }
    } else if (needKey) {
      let end = i;
      while (end < path.length && path[end] !== "." && path[end] !== "[" && path[end] !== "]") end++;
      if (end === i) fail(`empty key`);
      if (path[end] === "]") {
        i = end;
        fail(`"]" without "["`);
      }
      segments.push(path.slice(i, end));
      i = end;
      needKey = false;
      if (path[i] === ".") {
        i++;
        needKey = true;
        if (i >= path.length) fail(`path ends with "."`);
      }
    } else {
      fail(`unexpected "${c}"`);
    }
  }
  return segments;
}

/** Writes path segments back as a dotted path: `["a", 0, "b"]` → `"a[0].b"`. */
export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else out += out === "" ? String(s) : `.${String(s)}`;
  }
  return out;
}
