/*
 * Spearman's rank correlation: the ordinary correlation of the ranks (ties
 * get their average rank). For a Latin hypercube sample it says how
 * consistently the output rises or falls with one parameter while all the
 * others vary too.
 */

/**
 * Spearman rank correlation of `x` and `y` (pairs with a non-finite value are
 * left out). NaN when fewer than 3 pairs remain or either side is constant.
 *
 * @throws RangeError if the lengths differ
 */
export function rankCorrelation(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new RangeError(`rankCorrelation: x and y must have the same length, got ${x.length} and ${y.length}`);
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) keep.push(i);
  if (keep.length < 3) return NaN;
  const rx = ranks(keep.map((i) => x[i]!));
  const ry = ranks(keep.map((i) => y[i]!));
  const n = keep.length;
  const mx = rx.reduce((a, b) => a + b, 0) / n;
  const my = ry.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

function ranks(v: number[]): number[] {
  const order = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(v.length);
  for (let s = 0; s < order.length;) {
    let e = s;
    while (e + 1 < order.length && order[e + 1]![0] === order[s]![0]) e++;
    const avg = (s + e) / 2 + 1;
    for (let t = s; t <= e; t++) r[order[t]![1]] = avg;
    s = e + 1;
  }
  return r;
}
