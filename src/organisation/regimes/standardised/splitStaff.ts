/*
 * How a standardised unit's staff are divided over its pools: by largest
 * remainder of the shares, with at least one person in every pool that has a
 * share when the staff allow it.
 */

/** Split `n` people over `shares` by largest remainder, at least one per pool when n allows. */
export function splitStaff(n: number, shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (n * s) / total);
  const out = exact.map((x) => Math.floor(x));
  let left = n - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[(order[k] as { i: number }).i]! += 1;
  // every pool needs someone: take from the largest pools
  for (let i = 0; i < out.length; i++) {
    if (out[i] === 0 && (shares[i] as number) > 0) {
      let big = 0;
      for (let j = 1; j < out.length; j++) if ((out[j] as number) > (out[big] as number)) big = j;
      if ((out[big] as number) > 1) {
        out[big]! -= 1;
        out[i] = 1;
      }
    }
  }
  return out;
}
