/*
 * A quantile estimator for long streams whose memory does not grow with the
 * number of observations. It follows DDSketch (Masson, Rim and Lee, 2019):
 * values fall into logarithmic buckets, so any quantile is returned within a
 * fixed relative error, and sketches from parallel runs merge exactly. When the
 * bucket budget runs out, the buckets holding the lowest values are merged,
 * which keeps the upper quantiles (the ones that matter for waiting and
 * throughput times) accurate.
 */

/**
 * Bounded-memory quantile sketch with a relative-accuracy guarantee.
 *
 * A positive value `x` is counted in bucket `k = ceil(log_gamma(x))` with
 * `gamma = (1 + alpha) / (1 - alpha)`; the bucket's representative value
 * `2 gamma^k / (gamma + 1)` is within relative error `alpha` of every value in
 * it. Negative values go to a mirrored store keyed by `|x|`; zeros are counted
 * separately. The estimate is therefore deterministic: the same values in any
 * order give the same answers.
 *
 * Guarantee: while no buckets have been collapsed, `quantile(q)` is within
 * relative error `alpha` of the order statistic of rank `floor(q (n - 1))`
 * (0-based) of the values added. Estimates are also clamped to the exact
 * observed `[min, max]`, and `quantile(0)` / `quantile(1)` return them exactly.
 *
 * Memory: at most `maxBuckets` buckets are in use across the positive and
 * negative stores ({@link QuantileSketch.bucketCount}). If a new value would
 * need more, the buckets of the lowest values are merged upwards (first the
 * most negative values, then the smallest positive ones), so only quantiles
 * that fall into the merged range lose accuracy. With the defaults
 * (alpha 0.01, 2048 buckets) positive data spanning a ratio of
 * `gamma^2048`, about 6e17, is covered without any collapse.
 *
 * @example
 * ```ts
 * const s = new QuantileSketch(); // alpha 0.01, 2048 buckets
 * for (const w of waitingTimes) s.add(w);
 * s.quantile(0.9); // within 1% of the exact 90th percentile
 * ```
 */
export class QuantileSketch {
  readonly #alpha: number;
  readonly #maxBuckets: number;
  readonly #gamma: number;
  readonly #lnGamma: number;
  readonly #invLnGamma: number;
  readonly #valueFactor: number;
  readonly #pos: BucketStore;
  readonly #neg: BucketStore;
  #zeroCount = 0;
  #count = 0;
  #min = Infinity;
  #max = -Infinity;

  /**
   * @param relativeAccuracy - `alpha`, the relative error bound, in (0, 1); default 0.01
   * @param maxBuckets - bucket budget, an integer >= 2; default 2048
   * @throws RangeError when an argument is out of range
   */
  constructor(relativeAccuracy = 0.01, maxBuckets = 2048) {
    if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
      throw new RangeError(`QuantileSketch: relativeAccuracy must be strictly between 0 and 1, got ${relativeAccuracy}`);
    }
    if (!(Number.isInteger(maxBuckets) && maxBuckets >= 2)) {
      throw new RangeError(`QuantileSketch: maxBuckets must be an integer >= 2, got ${maxBuckets}`);
    }
    this.#alpha = relativeAccuracy;
    this.#maxBuckets = maxBuckets;
    this.#gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
    this.#lnGamma = Math.log1p((2 * relativeAccuracy) / (1 - relativeAccuracy));
    this.#invLnGamma = 1 / this.#lnGamma;
    this.#valueFactor = 2 / (this.#gamma + 1);
    this.#pos = new BucketStore(maxBuckets);
    this.#neg = new BucketStore(maxBuckets);
  }

  /**
   * Adds one observation. Allocation-free except when the bucket window first
   * grows.
   * @param x - a finite number (negative values and zero are allowed)
   * @throws RangeError when `x` is NaN or infinite
   */
  add(x: number): void {
    if (!Number.isFinite(x)) {
      throw new RangeError(`QuantileSketch.add: x must be a finite number, got ${x}`);
    }
    this.#count++;
    if (x < this.#min) this.#min = x;
    if (x > this.#max) this.#max = x;
    if (x > 0) {
      const key = Math.ceil(Math.log(x) * this.#invLnGamma);
      const s = this.#pos;
      if (s.total > 0 && key >= s.minKey && key <= s.maxKey) {
        (s.counts[key - s.offset] as number) += 1; // fast path: bucket already in range
        s.total += 1;
      } else {
        this.#addPositive(key, 1);
      }
    } else if (x < 0) {
      this.#addNegative(Math.ceil(Math.log(-x) * this.#invLnGamma), 1);
    } else {
      this.#zeroCount++;
    }
  }

  /**
   * Estimated `q`-quantile: the value of 0-based rank `floor(q (n - 1))`
   * within relative error `alpha` (see the class notes on collapsing).
   * @param q - probability in [0, 1]
   * @returns the estimate, or NaN when the sketch is empty
   * @throws RangeError when `q` is outside [0, 1]
   */
  quantile(q: number): number {
    if (!(q >= 0 && q <= 1)) {
      throw new RangeError(`QuantileSketch.quantile: q must be in [0, 1], got ${q}`);
    }
    if (this.#count === 0) return NaN;
    if (q === 0) return this.#min;
    if (q === 1) return this.#max;
    const rank = q * (this.#count - 1);
    const neg = this.#neg;
    const pos = this.#pos;
    let cum = 0;
    if (neg.total > 0) {
      if (rank < neg.total) {
        // Negative values in ascending order: largest |x| key first.
        for (let key = neg.maxKey; key >= neg.minKey; key--) {
          cum += neg.counts[key - neg.offset] as number;
          if (cum > rank) return this.#clamp(-this.#bucketValue(key));
        }
      }
      cum = neg.total;
    }
    cum += this.#zeroCount;
    if (rank < cum) return this.#clamp(0);
    if (pos.total > 0) {
      for (let key = pos.minKey; key <= pos.maxKey; key++) {
        cum += pos.counts[key - pos.offset] as number;
        if (cum > rank) return this.#clamp(this.#bucketValue(key));
      }
    }
    return this.#max;
  }

  /**
   * Folds another sketch into this one, as if its values had been added here.
   * `other` is left unchanged.
   * @param other - a sketch with the same relative accuracy
   * @throws RangeError when the relative accuracies differ
   */
  merge(other: QuantileSketch): void {
    if (other.#alpha !== this.#alpha) {
      throw new RangeError(`QuantileSketch.merge: relative accuracies must match, got ${other.#alpha} into ${this.#alpha}`);
    }
    if (other.#count === 0) return;
    if (other === this) {
      this.#pos.scale(2);
      this.#neg.scale(2);
      this.#zeroCount *= 2;
      this.#count *= 2;
      return;
    }
    const pos = other.#pos;
    if (pos.total > 0) {
      // Highest keys first, so that any collapse happens once at the low end.
      for (let key = pos.maxKey; key >= pos.minKey; key--) {
        const c = pos.counts[key - pos.offset] as number;
        if (c > 0) this.#addPositive(key, c);
      }
    }
    const neg = other.#neg;
    if (neg.total > 0) {
      for (let key = neg.minKey; key <= neg.maxKey; key++) {
        const c = neg.counts[key - neg.offset] as number;
        if (c > 0) this.#addNegative(key, c);
      }
    }
    this.#zeroCount += other.#zeroCount;
    this.#count += other.#count;
    if (other.#min < this.#min) this.#min = other.#min;
    if (other.#max > this.#max) this.#max = other.#max;
  }

  /** Number of observations added. */
  get count(): number {
    return this.#count;
  }

  /** Smallest observation (exact); NaN when empty. */
  get min(): number {
    return this.#count === 0 ? NaN : this.#min;
  }

  /** Largest observation (exact); NaN when empty. */
  get max(): number {
    return this.#count === 0 ? NaN : this.#max;
  }

  /** Number of buckets in use (positive plus negative stores); never more than {@link QuantileSketch.maxBuckets}. */
  get bucketCount(): number {
    return this.#pos.span + this.#neg.span;
  }

  /** The relative accuracy `alpha` given to the constructor (default 0.01). */
  get relativeAccuracy(): number {
    return this.#alpha;
  }

  /** The bucket budget given to the constructor (default 2048). */
  get maxBuckets(): number {
    return this.#maxBuckets;
  }

  #bucketValue(key: number): number {
    return Math.exp(key * this.#lnGamma) * this.#valueFactor;
  }

  #clamp(v: number): number {
    return v < this.#min ? this.#min : v > this.#max ? this.#max : v;
  }

  /** Adds `n` to positive bucket `key`, collapsing low buckets if the budget would be exceeded. */
  #addPositive(key: number, n: number): void {
    const s = this.#pos;
    const negStore = this.#neg;
    const lo = s.total === 0 ? key : Math.min(s.minKey, key);
    const hi = s.total === 0 ? key : Math.max(s.maxKey, key);
    let excess = hi - lo + 1 + negStore.span - this.#maxBuckets;
    if (excess > 0) {
      // The lowest values are the most negative ones: narrow that store first.
      const negRoom = negStore.span - 1;
      if (negRoom > 0) {
        const r = Math.min(excess, negRoom);
        negStore.collapseHigh(negStore.maxKey - r);
        excess -= r;
      }
      if (excess > 0) {
        const newLo = lo + excess;
        if (key < newLo) key = newLo;
        if (s.total > 0) s.collapseLow(newLo);
      }
    }
    s.add(key, n);
  }

  /** Adds `n` to negative bucket `key` (keyed by |x|), collapsing the most negative buckets if needed. */
  #addNegative(key: number, n: number): void {
    const s = this.#neg;
    const posStore = this.#pos;
    const lo = s.total === 0 ? key : Math.min(s.minKey, key);
    const hi = s.total === 0 ? key : Math.max(s.maxKey, key);
    let excess = hi - lo + 1 + posStore.span - this.#maxBuckets;
    if (excess > 0) {
      const r = Math.min(excess, hi - lo);
      const newHi = hi - r;
      if (key > newHi) key = newHi;
      if (s.total > 0) s.collapseHigh(newHi);
      excess -= r;
      // Only when the negative store is down to one bucket: make room among the smallest positives.
      if (excess > 0) posStore.collapseLow(posStore.minKey + excess);
    }
    s.add(key, n);
  }
}

/**
 * Counts for a contiguous range of integer bucket keys, held in a window of a
 * Float64Array that grows by doubling up to a fixed capacity and is re-centred
 * in place when the range drifts.
 */
class BucketStore {
  counts: Float64Array = new Float64Array(0);
  /** Key of `counts[0]`. */
  offset = 0;
  /** Lowest and highest keys in use; meaningful only when `total > 0`. */
  minKey = 0;
  maxKey = 0;
  total = 0;
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get span(): number {
    return this.total === 0 ? 0 : this.maxKey - this.minKey + 1;
  }

  /** Adds `n` at `key`; the caller guarantees the resulting span fits the capacity. */
  add(key: number, n: number): void {
    if (this.total === 0) {
      this.#ensure(key, key);
      this.minKey = key;
      this.maxKey = key;
    } else if (key < this.minKey) {
      this.#ensure(key, this.maxKey);
      this.minKey = key;
    } else if (key > this.maxKey) {
      this.#ensure(this.minKey, key);
      this.maxKey = key;
    }
    (this.counts[key - this.offset] as number) += n;
    this.total += n;
  }

  /** Moves the counts of all keys below `newMin` into `newMin`. Requires `total > 0`. */
  collapseLow(newMin: number): void {
    if (newMin <= this.minKey) return;
    const end = Math.min(this.maxKey, newMin - 1);
    const moved = this.#takeRange(this.minKey, end);
    if (this.total === 0) {
      this.add(newMin, moved);
    } else {
      this.minKey = newMin;
      (this.counts[newMin - this.offset] as number) += moved;
      this.total += moved;
    }
  }

  /** Moves the counts of all keys above `newMax` into `newMax`. Requires `total > 0`. */
  collapseHigh(newMax: number): void {
    if (newMax >= this.maxKey) return;
    const start = Math.max(this.minKey, newMax + 1);
    const moved = this.#takeRange(start, this.maxKey);
    if (this.total === 0) {
      this.add(newMax, moved);
    } else {
      this.maxKey = newMax;
      (this.counts[newMax - this.offset] as number) += moved;
      this.total += moved;
    }
  }

  /** Multiplies every count by `factor`. */
  scale(factor: number): void {
    if (this.total === 0) return;
    for (let i = this.minKey - this.offset; i <= this.maxKey - this.offset; i++) {
      (this.counts[i] as number) *= factor;
    }
    this.total *= factor;
  }

  /** Zeroes keys `from..to` (within the range in use), returns their total and deducts it. */
  #takeRange(from: number, to: number): number {
    let sum = 0;
    const c = this.counts;
    for (let i = from - this.offset; i <= to - this.offset; i++) {
      sum += c[i] as number;
      c[i] = 0;
    }
    this.total -= sum;
    return sum;
  }

  /** Makes the window cover keys `lo..hi`, which include the range in use. */
  #ensure(lo: number, hi: number): void {
    const oldCap = this.counts.length;
    if (lo >= this.offset && hi < this.offset + oldCap) return;
    const span = hi - lo + 1;
    const cap = span > oldCap ? Math.min(this.#capacity, Math.max(span, 2 * oldCap, 64)) : oldCap;
    const newOffset = lo - Math.floor((cap - span) / 2);
    if (cap !== oldCap) {
      const next = new Float64Array(cap);
      if (this.total > 0) {
        next.set(this.counts.subarray(this.minKey - this.offset, this.maxKey - this.offset + 1), this.minKey - newOffset);
      }
      this.counts = next;
    } else if (this.total > 0) {
      const src = this.minKey - this.offset;
      const len = this.maxKey - this.minKey + 1;
      const dst = this.minKey - newOffset;
      this.counts.copyWithin(dst, src, src + len);
      this.counts.fill(0, 0, dst);
      this.counts.fill(0, dst + len);
    } else {
      this.counts.fill(0);
    }
    this.offset = newOffset;
  }
}
