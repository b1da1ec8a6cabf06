import { officeConfig, type OfficeInput } from "../../src/organisation/OfficeConfig";
import type { DeepPartial } from "../../src/organisation/OfficeConfig";
import type { CaseworkParams } from "../../src/casework/CaseworkParams";

/** A world with every random nuisance switched off, for hand-checkable traces. */
export const quietWorld: DeepPartial<CaseworkParams> = {
  caseMix: { stepShares: [0.1, 0.1, 0.45, 0.15, 0.2], meanNeedHours: 2, documentsMissingShare: 0, checkpointInfoShare: 0, followUpHours: 0 },
  citizens: {
    questionsPerCase: 0,
    handoffContactShare: 0,
    letterUnclearBase: 0,
    letterMisfitSlope: 0,
    contestWrongRejection: 0,
    contestRightRejection: 0,
    withdrawIfRecovered: 0,
    expectedDecisionDays: 1000,
  },
  certificates: { answerDelayCv: 0, stillIncompleteShare: 0 },
  judgement: { noise: 0, judgementSpread: 0 },
  people: { experienceSpread: 0, speedSpread: 0, initialExperience: 1, baseTurnoverPerYear: 0 },
};

/** An office built on the quiet world. */
export function quietOffice(input: OfficeInput): ReturnType<typeof officeConfig> {
  return officeConfig({ ...input, world: { ...quietWorld, ...(input.world ?? {}) } });
}

/** Day number of an hour on a day (day index + hour/24). */
export const at = (day: number, hour: number): number => day + hour / 24;

import { simulateOffice } from "../../src/organisation/Office";
import type { OfficeConfig } from "../../src/organisation/OfficeConfig";
import type { OfficeMetrics } from "../../src/organisation/OfficeMetrics";
import { pinnedSeed } from "../pinnedSeed";
import { yieldToEventLoop } from "../yieldToEventLoop";

/**
 * Runs of one office at one seed and replication, kept for the test file: a test that reads two
 * metrics of the same paired runs, or compares two variants with the same base, simulates each
 * office once (the runs are deterministic, so reading a kept run is reading a new one).
 */
const kept = new WeakMap<OfficeConfig, Map<string, OfficeMetrics>>();
function metricsOf(config: OfficeConfig, run: { seed: number; replication: number; horizonDays: number; warmupDays: number }): OfficeMetrics {
  let runs = kept.get(config);
  if (runs === undefined) kept.set(config, (runs = new Map()));
  const key = JSON.stringify(run);
  let m = runs.get(key);
  if (m === undefined) runs.set(key, (m = simulateOffice(config, run).metrics));
  return m;
}

/**
 * Run base and variant on the same seeds and replication indices (common random numbers). Gives
 * the event loop a turn after each pair (see test/yieldToEventLoop.ts), so it is async.
 */
export async function paired(
  base: OfficeConfig,
  variant: OfficeConfig,
  metric: (m: OfficeMetrics) => number,
  opts: { replications: number; horizonDays: number; warmupDays: number; seed?: number },
): Promise<{ base: number; variant: number; diff: number; se: number; t: number }> {
  const d: number[] = [];
  let sb = 0;
  let sv = 0;
  for (let r = 0; r < opts.replications; r++) {
    const run = { seed: opts.seed ?? pinnedSeed(11), replication: r, horizonDays: opts.horizonDays, warmupDays: opts.warmupDays };
    const b = metric(metricsOf(base, run));
    const v = metric(metricsOf(variant, run));
    sb += b;
    sv += v;
    d.push(v - b);
    await yieldToEventLoop();
  }
  const n = d.length;
  const mean = d.reduce((a, x) => a + x, 0) / n;
  const sd = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  const se = sd / Math.sqrt(n);
  const t = se > 0 ? mean / se : mean === 0 ? 0 : Math.sign(mean) * Infinity;
  // logged so that scripts/reseed-tests.sh can tabulate each test's margin in standard errors
  console.log(`paired over ${n} replications: variant − base ${mean.toPrecision(3)} (SE ${se.toPrecision(2)}, t ${t.toFixed(2)})`);
  return { base: sb / n, variant: sv / n, diff: mean, se, t };
}
