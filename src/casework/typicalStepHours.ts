/*
 * The planning norm of a claim's steps: how many working hours registration,
 * the certificate check, assessment, decision and payment take on average in
 * this world. Head office knows it from its own statistics (it is the mean
 * over all claims, not any one claim's need), so policies may use it — document
 * templates are sized to it.
 */
import type { CaseMixParams } from "./CaseworkParams";

/**
 * Mean hours of each claim step: meanNeedHours × share / Σshares, in the order
 * registration, certificate check, assessment, decision, payment.
 * @param caseMix the world's case mix (its meanNeedHours and stepShares are read)
 * @returns a frozen array of five hours
 */
export function typicalStepHours(caseMix: Pick<CaseMixParams, "meanNeedHours" | "stepShares">): readonly number[] {
  const shares = caseMix.stepShares;
  const total = shares.reduce((a, b) => a + b, 0);
  return Object.freeze(shares.map((s) => (caseMix.meanNeedHours * s) / total));
}
