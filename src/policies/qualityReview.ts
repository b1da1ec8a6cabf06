/*
 * Quality review: a reviewer reads a sample of decisions before they go out,
 * catches some of the wrong ones and sends them back to be corrected. It costs
 * reviewer time for every sampled decision. Over time the feedback also
 * calibrates handlers: their personal leanings show less in their decisions,
 * so similar cases are decided more alike. The review sample is what
 * management sees of accuracy ("audited accuracy").
 */
import { z } from "zod";
import { lazyDefaults, lazySchema } from "./lazySchema";
import { nonNegative, share, type OptionsOf, type SettingsOf } from "./optionSchemas";
import { parsePolicyOptions } from "./parsePolicyOptions";
import type { Policy, ReviewEffect } from "./Policy";

/**
 * The written form of {@link qualityReview} (`{ kind: "qualityReview", ...options }`)
 * and the one description of its options. All defaults are assumptions. Built on first call.
 */
export const qualityReviewSpecSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal("qualityReview"),
    share: share().default(0.1).describe("share of decisions sampled (assumption)"),
    catchShare: share().default(0.7).describe("share of wrong sampled decisions the reviewer catches (assumption)"),
    hoursPerReview: nonNegative(40)
      .default(0.5)
      .describe("reviewer working hours per sampled decision (assumption) (at most 40: a full working week per decision)"),
    calibration: share().default(0.3).describe("how much the feedback narrows handlers' judgement spread (0 = not at all, 1 = leanings vanish) (assumption)"),
  }),
);

/** Options of {@link qualityReview}, each optional: see {@link qualityReviewSpecSchema} for meaning, bounds and default. */
export type QualityReviewOptions = OptionsOf<typeof qualityReviewSpecSchema>;

/** Defaults of {@link qualityReview}: the `.default()` of each option in {@link qualityReviewSpecSchema} (read on first use). */
export const qualityReviewDefaults: Readonly<SettingsOf<typeof qualityReviewSpecSchema>> = lazyDefaults(() =>
  parsePolicyOptions("qualityReview", qualityReviewSpecSchema(), {}),
);

/**
 * Quality review of a sample of decisions. When several policies review, the
 * one sampling the largest share is in force (see {@link PolicySet.review}).
 *
 * @param opts options over {@link qualityReviewDefaults}, read with {@link qualityReviewSpecSchema}
 * @throws RangeError naming the option, the value and what is allowed when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function qualityReview(opts: QualityReviewOptions = {}): Policy {
  const P = "qualityReview";
  const effect: ReviewEffect = Object.freeze(parsePolicyOptions(P, qualityReviewSpecSchema(), opts));
  return {
    name: P,
    review(): ReviewEffect {
      return effect;
    },
  };
}
