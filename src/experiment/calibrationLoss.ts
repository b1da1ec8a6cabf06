/*
 * How far a model is from an office's observed figures: the sum, over the
 * observed result keys, of the squared distance between the model's mean and
 * the observed value in units of the figure's tolerance,
 *
 *   loss = Σ_k ((model mean_k − observed_k) / tolerance_k)².
 *
 * With tolerances that are standard errors this is the usual chi-square
 * distance (about one per figure when the model agrees within noise); with
 * the default tolerance of 10% of the figure, a loss of 1 means the model is
 * off by 10% on one figure. Dividing by the tolerance makes figures in
 * different units (claims per week, days, shares) comparable.
 */
import type { MetricRecord } from "./ExperimentModel";
import type { ObservedFigure } from "./ObservedData";
import { summariseMetric } from "./summariseRecords";

/** One figure's term of the loss. */
export interface LossTerm {
  /** Result key. */
  key: string;
  /** Model mean over the replications (NaN when no replication had a finite value). */
  mean: number;
  /** (mean − observed) / tolerance. */
  standardised: number;
}

/**
 * The calibration loss of `records` (one per replication) against `figures`,
 * with each figure's term. A key without any finite value in the records makes
 * the loss infinite (the candidate is worse than any that has one).
 */
export function calibrationLoss(records: readonly MetricRecord[], figures: readonly ObservedFigure[]): { loss: number; terms: LossTerm[] } {
  let loss = 0;
  const terms: LossTerm[] = [];
  for (const f of figures) {
    const mean = summariseMetric(records, f.key).mean;
    const standardised = (mean - f.value) / f.tolerance;
    terms.push({ key: f.key, mean, standardised });
    loss += Number.isFinite(standardised) ? standardised * standardised : Infinity;
  }
  return { loss, terms };
}
