/*
 * Trust-based steering, as in the Trust Lab: no individual targets, few
 * measures, and handlers bound only by law and regulation. Colleagues review a
 * sample of each other's decisions (peer review), which catches some errors and
 * makes decisions more alike over time, and part of the working time is
 * protected for improving the way of working. Protected time is fragile: any
 * pressure from targets elsewhere crowds it out, and without improvement the
 * new way of working never pays back its start-up cost (the capability trap).
 */
import { z } from "zod";
import { lazyDefaults, lazySchema } from "./lazySchema";
import { nonNegative, share, type OptionsOf, type SettingsOf } from "./optionSchemas";
import { parsePolicyOptions } from "./parsePolicyOptions";
import type { Policy, PolicyContext, ReviewEffect } from "./Policy";

/**
 * The written form of {@link trustBasedSteering} (`{ kind: "trustBasedSteering", ...options }`)
 * and the one description of its options. All defaults are assumptions. Built on first call.
 */
export const trustBasedSteeringSpecSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal("trustBasedSteering"),
    peerReviewShare: share().default(0.1).describe("share of decisions a colleague reviews (assumption)"),
    peerCatchShare: share().default(0.5).describe("share of wrong reviewed decisions the colleague catches (assumption)"),
    peerReviewHours: nonNegative(40).default(0.3).describe("working hours per peer review (assumption) (at most 40: a full working week per decision)"),
    calibration: share().default(0.5).describe("how much peer review narrows handlers' judgement spread (assumption)"),
    improvementShare: z.number().min(0).max(0.5).default(0.05).describe("share of working time protected for improvement work (assumption)"),
    crowdOut: nonNegative(100)
      .default(1)
      .describe(
        "how strongly pressure crowds out the protected time: share × max(0, 1 − crowdOut × pressure) (assumption) (at most 100: per unit of pressure)",
      ),
  }),
);

/** Options of {@link trustBasedSteering}, each optional: see {@link trustBasedSteeringSpecSchema} for meaning, bounds and default. */
export type TrustBasedSteeringOptions = OptionsOf<typeof trustBasedSteeringSpecSchema>;

/** Defaults of {@link trustBasedSteering}: the `.default()` of each option in {@link trustBasedSteeringSpecSchema} (read on first use). */
export const trustBasedSteeringDefaults: Readonly<SettingsOf<typeof trustBasedSteeringSpecSchema>> = lazyDefaults(() =>
  parsePolicyOptions("trustBasedSteering", trustBasedSteeringSpecSchema(), {}),
);

/**
 * Trust-based steering: peer review of a sample of decisions and protected
 * improvement time `improvementShare × max(0, 1 − crowdOut × pressure)`, where
 * pressure is the unit's pressure from its other policies. It sets no target
 * and adds no registration time.
 *
 * @param opts options over {@link trustBasedSteeringDefaults}, read with {@link trustBasedSteeringSpecSchema}
 * @throws RangeError naming the option, the value and what is allowed when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function trustBasedSteering(opts: TrustBasedSteeringOptions = {}): Policy {
  const P = "trustBasedSteering";
  const o = parsePolicyOptions(P, trustBasedSteeringSpecSchema(), opts);
  const review: ReviewEffect = Object.freeze({
    share: o.peerReviewShare,
    catchShare: o.peerCatchShare,
    hoursPerReview: o.peerReviewHours,
    calibration: o.calibration,
  });
  const share = o.improvementShare;
  const crowdOut = o.crowdOut;
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
