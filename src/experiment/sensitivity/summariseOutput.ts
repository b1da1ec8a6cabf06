/*
 * How one analysed output behaves over a sensitivity design, to read the
 * measures against: its mean and range over the design points, at how many
 * points it is below zero (for a paired difference: where the variant has the
 * lower value, i.e. the sign of the conclusion), and how much it varies
 * between replications at the same point (the noise the measures sit in).
 */
import type { SensitivityResult } from "./SensitivityResult";

/** Summary of one metric's output over the design. */
export interface OutputSummary {
  /** Design points with a finite output. */
  points: number;
  mean: number;
  min: number;
  max: number;
  /** Points whose output (mean over replications) is below 0. */
  below: number;
  /** Pooled standard deviation between replications at the same point (NaN with one replication). */
  replicationSd: number;
  /**
   * Morris only: the μ* that replication noise alone would give,
   * (2/√π) · replicationSd / (√R · Δ) for R replications and jump Δ — a
   * conservative floor, since common random numbers make neighbouring points'
   * noise partly cancel. NaN otherwise.
   */
  noiseFloor: number;
}

/**
 * The summary of `metric` in a merged or unsharded result.
 *
 * @throws RangeError if `metric` is not one of the result's metrics
 */
export function summariseOutput(result: SensitivityResult<unknown>, metric: string): OutputSummary {
  const y = result.pointOutputs[metric];
  if (y === undefined) throw new RangeError(`summariseOutput: metric "${metric}" is not among ${result.metrics.join(", ")}`);
  const finite = y.filter(Number.isFinite);
  const byPoint = new Map<number, number[]>();
  for (const r of result.runs) {
    if (r.metric !== metric || !Number.isFinite(r.value)) continue;
    const list = byPoint.get(r.point) ?? [];
    list.push(r.value);
    byPoint.set(r.point, list);
  }
  let ss = 0;
  let df = 0;
  for (const v of byPoint.values()) {
    const m = v.reduce((a, b) => a + b, 0) / v.length;
    ss += v.reduce((a, b) => a + (b - m) ** 2, 0);
    df += v.length - 1;
  }
  const replicationSd = df > 0 ? Math.sqrt(ss / df) : NaN;
  const R = result.replications.length;
  const delta = result.design.delta;
  return {
    points: finite.length,
    mean: finite.length === 0 ? NaN : finite.reduce((a, b) => a + b, 0) / finite.length,
    min: finite.length === 0 ? NaN : Math.min(...finite),
    max: finite.length === 0 ? NaN : Math.max(...finite),
    below: finite.filter((v) => v < 0).length,
    replicationSd,
    noiseFloor: result.method === "morris" && delta !== undefined ? ((2 / Math.sqrt(Math.PI)) * replicationSd) / (Math.sqrt(R) * delta) : NaN,
  };
}
