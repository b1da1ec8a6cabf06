/*
 * Numbers as people read them in tables: a fixed number of decimals when the
 * precision is known (from a confidence interval), otherwise four significant
 * digits. Values that are not numbers (NaN, e.g. a mean over no cases) show
 * as "n/a".
 */

/**
 * `value` as text: with `decimals` decimals if given (0–10), otherwise with
 * four significant digits (whole numbers from 1000 up). NaN gives `"n/a"`,
 * infinities `"∞"` and `"-∞"`; `-0` is written `0`.
 *
 * @throws RangeError if `decimals` is not a whole number from 0 to 10
 */
export function formatNumber(value: number, decimals?: number): string {
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 10)) {
    throw new RangeError(`formatNumber: decimals must be a whole number from 0 to 10, got ${String(decimals)}`);
  }
  if (Number.isNaN(value)) return "n/a";
  if (value === Infinity) return "∞";
  if (value === -Infinity) return "-∞";
  let text: string;
  if (decimals !== undefined) text = value.toFixed(decimals);
  else if (Math.abs(value) >= 1000) text = value.toFixed(0);
  else if (value === 0) text = "0";
  else text = value.toPrecision(4);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * Decimals that show an estimate to the precision its interval supports: two
 * significant digits of the half-width (e.g. half-width 0.023 → 3 decimals).
 * Without a usable half-width (NaN or 0), enough decimals for four
 * significant digits of `mean`. Always 0–6.
 */
export function decimalsFor(mean: number, halfWidth: number): number {
  const clamp = (d: number): number => Math.max(0, Math.min(6, d));
  if (Number.isFinite(halfWidth) && halfWidth > 0) return clamp(1 - Math.floor(Math.log10(halfWidth)));
  if (Number.isFinite(mean) && mean !== 0) return clamp(3 - Math.floor(Math.log10(Math.abs(mean))));
  return 0;
}
