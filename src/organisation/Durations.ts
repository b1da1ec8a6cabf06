/*
 * A stream of durations (lead times, days to payment) kept as a running mean
 * and a quantile sketch, so memory does not grow with the number of claims.
 * Negative durations count as zero.
 */
import { QuantileSketch } from "../stats/QuantileSketch";
import { Tally } from "../stats/Tally";
import type { DurationSummary } from "./OfficeMetrics";

/** Mean and quantiles of a stream of durations. */
export class Durations {
  readonly tally = new Tally();
  readonly sketch = new QuantileSketch();
  add(x: number): void {
    const v = Math.max(0, x);
    this.tally.add(v);
    this.sketch.add(v);
  }
  summary(): DurationSummary {
    return {
      mean: this.tally.count > 0 ? this.tally.mean : NaN,
      p50: this.sketch.quantile(0.5),
      p90: this.sketch.quantile(0.9),
      p99: this.sketch.quantile(0.99),
    };
  }
}
