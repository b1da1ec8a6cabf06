/*
 * Trust-based steering, as in the Trust Lab: no individual targets, few
 * measures, and handlers bound only by law and regulation. Colleagues review a
 * sample of each other's decisions (peer review), which catches some errors and
 * makes decisions more alike over time, and part of the working time is
 * protected for improving the way of working. Protected time is fragile: any
 * pressure from targets elsewhere crowds it out, and without improvement the
 * new way of working never pays back its start-up cost (the capability trap).
 */
import { checkNumber, resolveOptions, type FilledOptions } from "./checkOptions";
import type { Policy, PolicyContext, ReviewEffect } from "./Policy";

/** Options of {@link trustBasedSteering}. All defaults are assumptions. */
export interface TrustBasedSteeringOptions {
  /** share of decisions a colleague reviews (0..1). @defaultValue 0.1 (assumption) */
  peerReviewShare?: number | undefined;
  /** share of wrong reviewed decisions the colleague catches (0..1). @defaultValue 0.5 (assumption) */
  peerCatchShare?: number | undefined;
  /** working hours per peer review (≥ 0). @defaultValue 0.3 (assumption) */
  peerReviewHours?: number | undefined;
  /** how much peer review narrows handlers' judgement spread (0..1). @defaultValue 0.5 (assumption) */
  calibration?: number | undefined;
  /** share of working time protected for improvement work (0..0.5). @defaultValue 0.05 (assumption) */
  improvementShare?: number | undefined;
  /** how strongly pressure crowds out the protected time: share × max(0, 1 − crowdOut × pressure) (≥ 0). @defaultValue 1 (assumption) */
  crowdOut?: number | undefined;
}

/** Defaults of {@link trustBasedSteering}. */
export const trustBasedSteeringDefaults: Readonly<FilledOptions<TrustBasedSteeringOptions>> = Object.freeze({
  peerReviewShare: 0.1,
  peerCatchShare: 0.5,
  peerReviewHours: 0.3,
  calibration: 0.5,
  improvementShare: 0.05,
  crowdOut: 1,
});

/**
 * Trust-based steering: peer review of a sample of decisions and protected
 * improvement time `improvementShare × max(0, 1 − crowdOut × pressure)`, where
 * pressure is the unit's pressure from its other policies. It sets no target
 * and adds no registration time.
 *
 * @param opts options over {@link trustBasedSteeringDefaults}
 * @throws RangeError naming the option when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function trustBasedSteering(opts: TrustBasedSteeringOptions = {}): Policy {
  const P = "trustBasedSteering";
  const o = resolveOptions<FilledOptions<TrustBasedSteeringOptions>>(P, trustBasedSteeringDefaults, opts);
  const review: ReviewEffect = Object.freeze({
    share: checkNumber(P, "peerReviewShare", o.peerReviewShare, { min: 0, max: 1 }),
    catchShare: checkNumber(P, "peerCatchShare", o.peerCatchShare, { min: 0, max: 1 }),
    hoursPerReview: checkNumber(P, "peerReviewHours", o.peerReviewHours, { min: 0 }),
    calibration: checkNumber(P, "calibration", o.calibration, { min: 0, max: 1 }),
  });
  const share = checkNumber(P, "improvementShare", o.improvementShare, { min: 0, max: 0.5 });
  const crowdOut = checkNumber(P, "crowdOut", o.crowdOut, { min: 0 });
  return {
    name: P,
    review(): ReviewEffect {
      return review;
    },
    improvementShare(ctx: PolicyContext): number {
      return share * Math.max(0, 1 - crowdOut * ctx.pressure);
    },
  };
}
