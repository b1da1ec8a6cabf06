/*
 * Batch means for a confidence interval on the steady-state mean of one long,
 * autocorrelated run (waiting times of successive cases, say). Observations
 * are grouped into consecutive batches; batch means are nearly independent
 * when batches are long, so a t interval over them is honest. Memory stays
 * bounded: when the batch count reaches its cap, neighbouring batches are
 * merged in pairs and the batch size doubles.
 */

import { confidenceInterval } from "./confidenceInterval";
import type { ConfidenceInterval } from "./confidenceInterval";

/**
 * Streaming batch-means estimator with bounded memory.
 *
 * Observations fill batches of `batchSize` in arrival order; only the mean of
 * each complete batch is kept (plus the running sum of the batch being
 * filled). When `maxBatches` complete batches exist and another observation
 * arrives, adjacent pairs are averaged into `maxBatches / 2` batches of twice
 * the size, so memory is O(maxBatches) however long the run. The batch being
 * filled is left out of {@link BatchMeans.ci}.
 *
 * Choose the starting batch size well above the correlation time of the
 * series; doubling only makes batches longer, which keeps them honest.
 *
 * @example
 * ```ts
 * const bm = new BatchMeans(100);
 * for (const w of waitingTimes) bm.add(w);
 * bm.ci(0.95); // { mean, halfWidth, lower, upper, n: bm.batches, ... }
 * ```
 */
export class BatchMeans {
  #batchSize: number;
  readonly #maxBatches: number;
  readonly #means: Float64Array;
  #batches = 0;
  #partialSum = 0;
  #partialCount = 0;
  #count = 0;

  /**
   * @param batchSize - observations per batch at the start, a positive integer
   * @param maxBatches - cap on stored batches, an even integer >= 4; default 64
   *   (collapsed to 32 when exceeded)
   * @throws RangeError when an argument is out of range
   */
  constructor(batchSize: number, maxBatches = 64) {
    if (!(Number.isInteger(batchSize) && batchSize >= 1)) {
      throw new RangeError(`BatchMeans: batchSize must be a positive integer, got ${batchSize}`);
    }
    if (!(Number.isInteger(maxBatches) && maxBatches >= 4 && maxBatches % 2 === 0)) {
      throw new RangeError(`BatchMeans: maxBatches must be an even integer >= 4, got ${maxBatches}`);
    }
    this.#batchSize = batchSize;
    this.#maxBatches = maxBatches;
    this.#means = new Float64Array(maxBatches);
  }

  /**
   * Adds the next observation of the series. Allocation-free.
   * @param x - a finite number
   * @throws RangeError when `x` is NaN or infinite
   */
  add(x: number): void {
    if (!Number.isFinite(x)) {
      throw new RangeError(`BatchMeans.add: x must be a finite number, got ${x}`);
    }
    if (this.#batches === this.#maxBatches) this.#collapse();
    this.#partialSum += x;
    this.#count++;
    if (++this.#partialCount === this.#batchSize) {
      this.#means[this.#batches++] = this.#partialSum / this.#batchSize;
      this.#partialSum = 0;
      this.#partialCount = 0;
    }
  }

  /** Number of complete batches currently stored (at most `maxBatches`). */
  get batches(): number {
    return this.#batches;
  }

  /** Current observations per batch: the starting size times 2 for each collapse so far. */
  get batchSize(): number {
    return this.#batchSize;
  }

  /** Total number of observations added, including the batch being filled. */
  get count(): number {
    return this.#count;
  }

  /** A copy of the complete batch means, oldest first. */
  batchMeans(): Float64Array {
    return this.#means.slice(0, this.#batches);
  }

  /**
   * Student t confidence interval for the steady-state mean, treating the
   * complete batch means as independent observations: `n` is the number of
   * batches and `sd` the spread of the batch means. Fewer than 2 batches give
   * NaN bounds.
   * @param level - confidence level in (0, 1); default 0.95
   * @throws RangeError when `level` is outside (0, 1)
   */
  ci(level = 0.95): ConfidenceInterval {
    return confidenceInterval(this.#means.subarray(0, this.#batches), level);
  }

  /** Merges adjacent pairs of batches and doubles the batch size. */
  #collapse(): void {
    const m = this.#means;
    const half = this.#batches / 2;
    for (let i = 0; i < half; i++) {
      m[i] = 0.5 * ((m[2 * i] as number) + (m[2 * i + 1] as number));
    }
    m.fill(0, half);
    this.#batches = half;
    this.#batchSize *= 2;
  }
}
