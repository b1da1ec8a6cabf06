/*
 * A time-weighted average of a level that changes in steps, such as a queue
 * length or the number of busy handlers. Each value counts in proportion to how
 * long it was held. Only the running integral and a few numbers are kept, and
 * reset() restarts the average for warm-up deletion.
 */

/**
 * Time-weighted statistics of a piecewise-constant level.
 *
 * The level holds its value from one {@link TimeWeighted.update} to the next;
 * the integral of the level over time is accumulated so that
 * `mean(t) = area(t) / (t - startTime)`. Memory is constant.
 *
 * `min` and `max` cover the values held for a positive stretch of time since
 * the start (or the last reset) together with the current value; a value that
 * is replaced at the same instant it was set does not count.
 *
 * @example
 * ```ts
 * const q = new TimeWeighted(0, 0); // queue empty at time 0
 * q.update(2, 3);                   // 3 waiting from t = 2
 * q.update(5, 1);                   // 1 waiting from t = 5
 * q.mean(10);                       // (0*2 + 3*3 + 1*5) / 10 = 1.4
 * ```
 */
export class TimeWeighted {
  #start: number;
  #last: number;
  #value: number;
  #area = 0;
  #min: number;
  #max: number;

  /**
   * @param startTime - time at which observation begins; default 0
   * @param initialValue - level held from `startTime`; default 0
   * @throws RangeError when either argument is not finite
   */
  constructor(startTime = 0, initialValue = 0) {
    checkFinite("constructor", "startTime", startTime);
    checkFinite("constructor", "initialValue", initialValue);
    this.#start = startTime;
    this.#last = startTime;
    this.#value = initialValue;
    this.#min = Infinity;
    this.#max = -Infinity;
  }

  /**
   * Records that the level changes to `value` at time `t`. Allocation-free.
   * @param t - time of the change; must be at least the time of the previous update
   * @param value - the new level
   * @throws RangeError when `t` goes back in time or either argument is not finite
   */
  update(t: number, value: number): void {
    if (!(t >= this.#last) || t === Infinity) {
      throw new RangeError(`TimeWeighted.update: t must be a finite time >= the last update time ${this.#last}, got ${t}`);
    }
    if (!Number.isFinite(value)) {
      throw new RangeError(`TimeWeighted.update: value must be a finite number, got ${value}`);
    }
    if (t > this.#last) {
      const old = this.#value;
      this.#area += old * (t - this.#last);
      if (old < this.#min) this.#min = old;
      if (old > this.#max) this.#max = old;
      this.#last = t;
    }
    this.#value = value;
  }

  /**
   * Integral of the level over `[startTime, t]`.
   * @param t - end of the interval; defaults to the time of the last update
   * @throws RangeError when `t` is before the last update
   */
  area(t: number = this.#last): number {
    this.#checkQueryTime("area", t);
    return this.#area + this.#value * (t - this.#last);
  }

  /**
   * Time-weighted average of the level over `[startTime, t]`; NaN when the
   * interval has zero length.
   * @param t - end of the interval; defaults to the time of the last update
   * @throws RangeError when `t` is before the last update
   */
  mean(t: number = this.#last): number {
    const a = this.area(t);
    const span = t - this.#start;
    return span > 0 ? a / span : NaN;
  }

  /** Largest level held since the start (or last reset), including the current level. */
  get max(): number {
    return this.#value > this.#max ? this.#value : this.#max;
  }

  /** Smallest level held since the start (or last reset), including the current level. */
  get min(): number {
    return this.#value < this.#min ? this.#value : this.#min;
  }

  /** The level now in force. */
  get current(): number {
    return this.#value;
  }

  /** Start of the averaging interval (the constructor's `startTime` or the last reset time). */
  get startTime(): number {
    return this.#start;
  }

  /** Time of the most recent update or reset. */
  get lastTime(): number {
    return this.#last;
  }

  /**
   * Restarts the statistics at time `t`, for warm-up deletion: the integral,
   * `min` and `max` start afresh from `t`, and the level carries on.
   * @param t - new start time; must be at least the time of the last update
   * @param value - level from `t` on; defaults to the current level
   * @throws RangeError when `t` goes back in time or an argument is not finite
   */
  reset(t: number, value: number = this.#value): void {
    this.#checkQueryTime("reset", t);
    checkFinite("reset", "value", value);
    this.#start = t;
    this.#last = t;
    this.#value = value;
    this.#area = 0;
    this.#min = Infinity;
    this.#max = -Infinity;
  }

  #checkQueryTime(method: string, t: number): void {
    if (!(t >= this.#last) || t === Infinity) {
      throw new RangeError(`TimeWeighted.${method}: t must be a finite time >= the last update time ${this.#last}, got ${t}`);
    }
  }
}

function checkFinite(method: string, name: string, x: number): void {
  if (!Number.isFinite(x)) {
    throw new RangeError(`TimeWeighted.${method}: ${name} must be a finite number, got ${x}`);
  }
}
