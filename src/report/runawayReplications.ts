/*
 * Replications that ran away: the office could not keep up, so the backlog
 * kept growing and lead times stretched far beyond the other replications.
 * The report names them and shows the figures without them, but keeps them in
 * every mean: they are legitimate outcomes of the same scenario under other
 * random draws, and dropping them would hide the risk that the office tips
 * over. Two rules flag a replication: the model's own `unstable` flag (the
 * backlog grew by more than 5% of the window's arrivals and was still growing
 * in the second half), or a time-average backlog far out from the others
 * (above the upper quartile by more than three interquartile ranges, Tukey's
 * "far out" rule, and at least twice the median replication's, with at
 * least 5 replications).
 */
import { quantileSorted } from "d3-array";
import type { ExperimentResult } from "../experiment";

/** One replication that ran away, with why it was flagged. */
export interface RunawayReplication {
  /** The replication index (as in the result's `replications`). */
  replication: number;
  /** Position of the replication in the result's `records`. */
  position: number;
  /** Why: `"unstable"` (the model's flag) and/or `"far-out backlog"`. */
  reasons: Array<"unstable" | "far-out backlog">;
}

/** Fewest replications for the far-out rule (quartiles of fewer are too rough). */
const MIN_FOR_OUTLIERS = 5;

/**
 * The replications of `result` that ran away, in replication order; none for
 * models without `unstable` or `backlogMean` metrics.
 */
export function runawayReplications(result: ExperimentResult<unknown>): RunawayReplication[] {
  const backlog = result.records.map((r) => r["backlogMean"]);
  const finite = backlog.filter((x): x is number => x !== undefined && Number.isFinite(x)).sort((a, b) => a - b);
  let fence = Infinity;
  if (finite.length >= MIN_FOR_OUTLIERS) {
    const q1 = quantileSorted(finite, 0.25)!;
    const q3 = quantileSorted(finite, 0.75)!;
    const median = quantileSorted(finite, 0.5)!;
    // Far out by Tukey's rule and at least twice the median backlog: a mild outlier of a tight spread is not a runaway.
    fence = Math.max(q3 + 3 * (q3 - q1), 2 * median);
  }
  const out: RunawayReplication[] = [];
  result.records.forEach((record, position) => {
    const reasons: RunawayReplication["reasons"] = [];
    if (record["unstable"] === 1) reasons.push("unstable");
    const b = backlog[position];
    if (b !== undefined && b > fence) reasons.push("far-out backlog");
    if (reasons.length > 0) out.push({ replication: result.replications[position]!, position, reasons });
  });
  return out;
}
