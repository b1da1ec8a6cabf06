/*
 * Shared set-up for the policy tests: a small office (20 staff, 170 claims a
 * week, half a year with eight weeks of warm-up) run with common random numbers,
 * and paired comparisons of a base and a variant over the same replications.
 */
import { officeConfig, pairedDifference, simulateOffice } from "../../src/index";
import type { CaseworkParams, OfficeInput, ConfidenceInterval, DeepPartial, OfficeMetrics, OfficeRun, Policy, PolicyContext } from "../../src/index";
import { yieldToEventLoop } from "../yieldToEventLoop";

/** A registered regime's tag ("standardised", "team", or one a test registers). */
export type Regime = string;

/** Size and length of a test office. */
export interface TestOffice {
  /** staff in the unit @defaultValue 20 */
  staff?: number;
  /** new claims per week @defaultValue 170 */
  casesPerWeek?: number;
  /** simulated days @defaultValue 182 */
  horizonDays?: number;
  /** warm-up days @defaultValue 56 */
  warmupDays?: number;
  /** world parameters differing from the defaults */
  world?: DeepPartial<CaseworkParams>;
}

/** One replication of a one-unit office under `policies`. */
export function runOffice(regime: Regime, policies: Policy[], seed: number, replication: number, o: TestOffice = {}): OfficeRun {
  // the unit takes its regime's defaults (see the regime registry)
  const unit = { regime, handlers: o.staff ?? 20, policies } as NonNullable<OfficeInput["units"]>[number];
  const cfg = officeConfig({ world: { ...(o.world ?? {}), demand: { casesPerWeek: o.casesPerWeek ?? 170 } }, units: [unit] });
  return simulateOffice(cfg, { seed, replication, horizonDays: o.horizonDays ?? 182, warmupDays: o.warmupDays ?? 56 });
}

/**
 * R replications (indices 0..R−1) of the office; `makePolicies` is called per run so no state is shared.
 * Gives the event loop a turn after each replication (see test/yieldToEventLoop.ts: a loop of office
 * runs that holds the vitest worker for over a minute on a loaded machine fails the whole run with
 * "Timeout calling onTaskUpdate"), so it is async.
 */
export async function runArm(regime: Regime, makePolicies: () => Policy[], seed: number, R: number, o: TestOffice = {}): Promise<OfficeMetrics[]> {
  const out: OfficeMetrics[] = [];
  for (let r = 0; r < R; r++) {
    out.push(runOffice(regime, makePolicies(), seed, r, o).metrics);
    await yieldToEventLoop();
  }
  return out;
}

/** A paired comparison of one metric: base and variant means and the 95% CI of mean(variant − base). */
export interface Paired {
  /** mean over replications, base */
  base: number;
  /** mean over replications, variant */
  variant: number;
  /** Student-t 95% CI of the mean paired difference variant − base */
  diff: ConfidenceInterval;
}

/** Compare `metric` of two arms run on the same replications (common random numbers). */
export function paired(base: OfficeMetrics[], variant: OfficeMetrics[], metric: (m: OfficeMetrics) => number): Paired {
  const a = base.map(metric);
  const b = variant.map(metric);
  const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
  return { base: mean(a), variant: mean(b), diff: pairedDifference(a, b) };
}

/** The paired t statistic: mean paired difference over its standard error (NaN when fewer than 2 pairs). */
export function tOf(p: Paired): number {
  return p.diff.mean / (p.diff.sd / Math.sqrt(p.diff.n));
}

/** Mean of a metric over replications. */
export function meanOf(runs: OfficeMetrics[], metric: (m: OfficeMetrics) => number): number {
  return runs.reduce((s, m) => s + metric(m), 0) / runs.length;
}

/** A one-line account of a comparison, for failure messages. */
export function show(p: Paired): string {
  const d = p.diff;
  return `base ${p.base.toFixed(4)}, variant ${p.variant.toFixed(4)}, diff ${d.mean.toFixed(4)} [${d.lower.toFixed(4)}, ${d.upper.toFixed(4)}]`;
}

/**
 * A policy that adds no pressure and reads the unit's pressure as the run set it, once a week from
 * `fromDay` on, into `sink` (the pressure hook sees the pressure in force since the last review).
 */
export function pressureProbe(sink: number[], fromDay = 0): Policy {
  return {
    name: "pressure probe",
    pressure(ctx: PolicyContext): number {
      if (ctx.now > fromDay) sink.push(ctx.pressure);
      return 0;
    },
  };
}
