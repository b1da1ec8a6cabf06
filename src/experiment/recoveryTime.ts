/*
 * How long an office takes to get over a disturbance (a surge of claims, a
 * reorganisation): the days after the disturbance ends until most of the extra
 * backlog it left is worked off for good, from the weekly series of paired
 * replications (same seed and replication indices).
 */
import type { ExperimentResult } from "./ExperimentResult";

/** Options of {@link recoveryTime}. */
export interface RecoveryOptions {
  /** day the disturbance ends */
  after: number;
  /** weekly series to compare. @defaultValue "backlog" */
  series?: string;
  /** "worked off": the mean excess over the base is at most this share of the excess at `after`. @defaultValue 0.25 */
  tolerance?: number;
}

/** The recovery of a variant against its base. */
export interface Recovery {
  /** days from `after` to the first week-end from which the excess stays worked off, or null if not within the horizon (or nothing was left over) */
  days: number | null;
  /** in words: "42 days" or "not within the horizon" */
  text: string;
  /** week-end days and the mean excess (variant − base) over the replications */
  excess: Array<{ day: number; base: number; excess: number }>;
}

/**
 * Days after `after` until the mean excess of the variant's weekly series over
 * the base's (paired replications) falls to `tolerance` × the excess at the
 * first week-end on or after `after`, and stays there. Both results need
 * their series (run with `keepSeries: true`) and the same seed and
 * replications.
 *
 * @throws RangeError when the results are not paired or carry no series
 */
export function recoveryTime(base: ExperimentResult<unknown>, variant: ExperimentResult<unknown>, options: RecoveryOptions): Recovery {
  const name = options.series ?? "backlog";
  const tol = options.tolerance ?? 0.25;
  const same = base.rootSeed === variant.rootSeed && base.replications.join() === variant.replications.join();
  if (!same) throw new RangeError("recoveryTime: base and variant must be run with the same seed and replications (a paired comparison)");
  if (base.series === undefined || variant.series === undefined) {
    throw new RangeError("recoveryTime: both results need their weekly series (run with keepSeries: true)");
  }
  const days = base.series[0]?.["day"] ?? [];
  const n = base.series.length;
  const excess: Recovery["excess"] = [];
  days.forEach((day, w) => {
    if (day < options.after) return;
    let b = 0;
    let d = 0;
    for (let i = 0; i < n; i++) {
      const bv = base.series![i]![name]![w]!;
      b += bv;
      d += variant.series![i]![name]![w]! - bv;
    }
    excess.push({ day, base: b / n, excess: d / n });
  });
  const left = excess[0]?.excess ?? 0;
  if (!(left > 0)) return { days: null, text: "nothing left over to recover from", excess };
  let first = excess.length;
  while (first > 0 && excess[first - 1]!.excess <= tol * left) first--;
  if (first === excess.length) return { days: null, text: "not within the horizon", excess };
  const d = excess[first]!.day - options.after;
  return { days: d, text: `${d} days`, excess };
}
