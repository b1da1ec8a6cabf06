/*
 * A streaming tally of observations: count, mean, variance, extremes and sum.
 * It uses Welford's update, so it keeps a handful of numbers no matter how many
 * observations arrive and stays accurate when values sit far from zero.
 * Tallies from parallel runs can be merged exactly (Chan et al.).
 */

/**
 * Streaming summary of a series of observations in constant memory.
 *
 * Mean and variance use Welford's algorithm, which avoids the cancellation of
 * the naive sum-of-squares formula (values like 1e9 + small noise keep their
 * variance). {@link Tally.merge} combines two tallies as if all observations
 * had been added to one (Chan, Golub and LeVeque's pairwise update).
 *
 * An empty tally reports `count` 0, `sum` 0 and NaN for `mean`, `variance`,
 * `sd`, `min` and `max`.
 *
 * @example
 * ```ts
 * const t = new Tally();
 * for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) t.add(x);
 * t.mean;     // 5
 * t.variance; // 4.571428... (sample variance, n - 1)
 * ```
 */
export class Tally {
  #n = 0;
  #mean = 0;
  #m2 = 0;
  #sum = 0;
  #min = Infinity;
  #max = -Infinity;

  /**
   * Adds one observation. Allocation-free.
   * @param x - a finite number
   * @throws RangeError when `x` is NaN or infinite
   */
  add(x: number): void {
    if (!Number.isFinite(x)) {
      throw new RangeError(`Tally.add: x must be a finite number, got ${x}`);
    }
    const n = ++this.#n;
    const delta = x - this.#mean;
    this.#mean += delta / n;
    this.#m2 += delta * (x - this.#mean);
    this.#sum += x;
    if (x < this.#min) this.#min = x;
    if (x > this.#max) this.#max = x;
  }

  /** Number of observations added (0 when empty). */
  get count(): number {
    return this.#n;
  }

  /** Arithmetic mean; NaN when empty. */
  get mean(): number {
    return this.#n === 0 ? NaN : this.#mean;
  }

  /** Sample variance with divisor n - 1; NaN when fewer than 2 observations. */
  get variance(): number {
    return this.#n < 2 ? NaN : this.#m2 / (this.#n - 1);
  }

  /** Sample standard deviation, the square root of {@link Tally.variance}; NaN when fewer than 2 observations. */
  get sd(): number {
    return Math.sqrt(this.variance);
  }

  /** Smallest observation; NaN when empty. */
  get min(): number {
    return this.#n === 0 ? NaN : this.#min;
  }

  /** Largest observation; NaN when empty. */
  get max(): number {
    return this.#n === 0 ? NaN : this.#max;
  }

  /** Sum of the observations; 0 when empty. */
  get sum(): number {
    return this.#sum;
  }

  /**
   * Folds another tally into this one, as if its observations had been added
   * here. `other` is left unchanged; merging a tally with itself doubles it.
   * @param other - the tally to absorb
   */
  merge(other: Tally): void {
    const nb = other.#n;
    if (nb === 0) return;
    const na = this.#n;
    const meanB = other.#mean;
    const m2B = other.#m2;
    const sumB = other.#sum;
    const minB = other.#min;
    const maxB = other.#max;
    if (na === 0) {
      this.#n = nb;
      this.#mean = meanB;
      this.#m2 = m2B;
    } else {
      const n = na + nb;
      const delta = meanB - this.#mean;
      this.#mean += (delta * nb) / n;
      this.#m2 += m2B + ((delta * delta * na) / n) * nb;
      this.#n = n;
    }
    this.#sum += sumB;
    if (minB < this.#min) this.#min = minB;
    if (maxB > this.#max) this.#max = maxB;
  }

  /** Forgets all observations, returning the tally to its empty state. */
  reset(): void {
    this.#n = 0;
    this.#mean = 0;
    this.#m2 = 0;
    this.#sum = 0;
    this.#min = Infinity;
    this.#max = -Infinity;
  }
}
