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

/** Run base and variant on the same seeds and replication indices (common random numbers). */
export function paired(
  base: OfficeConfig,
  variant: OfficeConfig,
  metric: (m: OfficeMetrics) => number,
  opts: { replications: number; horizonDays: number; warmupDays: number; seed?: number },
): { base: number; variant: number; diff: number; se: number; t: number } {
  const d: number[] = [];
  let sb = 0;
  let sv = 0;
  for (let r = 0; r < opts.replications; r++) {
    const run = { seed: opts.seed ?? pinnedSeed(11), replication: r, horizonDays: opts.horizonDays, warmupDays: opts.warmupDays };
    const b = metric(simulateOffice(base, run).metrics);
    const v = metric(simulateOffice(variant, run).metrics);
    sb += b;
    sv += v;
    d.push(v - b);
  }
  const n = d.length;
  const mean = d.reduce((a, x) => a + x, 0) / n;
  const sd = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  const se = sd / Math.sqrt(n);
  return { base: sb / n, variant: sv / n, diff: mean, se, t: se > 0 ? mean / se : mean === 0 ? 0 : Math.sign(mean) * Infinity };
}
