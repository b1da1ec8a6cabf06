/*
 * Internal helper for the functions that summarise a whole sample: it checks
 * that every value is a finite number (d3-array would silently skip NaN) and
 * hands back something iterable for d3-array. Not part of the public API.
 */

/**
 * Returns `values` as an iterable after checking that each entry is finite.
 * Arrays and typed arrays are returned as they are; other array-likes are copied.
 * @param values - the sample
 * @param where - `function: parameter` text used in error messages
 * @throws TypeError when `values` is not array-like
 * @throws RangeError when an entry is NaN, infinite or not a number
 * @internal
 */
export function checkedValues(values: ArrayLike<number>, where: string): Iterable<number> {
  if (values == null || typeof values.length !== "number") {
    const got = values === null ? "null" : typeof values === "object" ? "an object without a numeric length" : typeof values;
    throw new TypeError(`${where} must be an array-like of numbers, got ${got}`);
  }
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new RangeError(`${where}[${i}] must be a finite number, got ${String(v)}`);
    }
  }
  return Symbol.iterator in Object(values) ? (values as unknown as Iterable<number>) : Array.from(values);
}
