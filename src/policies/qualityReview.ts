/*
 * Quality review: a reviewer reads a sample of decisions before they go out,
 * catches some of the wrong ones and sends them back to be corrected. It costs
 * reviewer time for every sampled decision. Over time the feedback also
 * calibrates handlers: their personal leanings show less in their decisions,
 * so similar cases are decided more alike. The review sample is what
 * management sees of accuracy ("audited accuracy").
 */
import { checkNumber, resolveOptions, type FilledOptions } from "./checkOptions";
import type { Policy, ReviewEffect } from "./Policy";

/** Options of {@link qualityReview}. All defaults are assumptions. */
export interface QualityReviewOptions {
  /** share of decisions sampled (0..1). @defaultValue 0.1 (assumption) */
  share?: number | undefined;
  /** share of wrong sampled decisions the reviewer catches (0..1). @defaultValue 0.7 (assumption) */
  catchShare?: number | undefined;
  /** reviewer working hours per sampled decision (≥ 0). @defaultValue 0.5 (assumption) */
  hoursPerReview?: number | undefined;
  /** how much the feedback narrows handlers' judgement spread (0 = not at all, 1 = leanings vanish). @defaultValue 0.3 (assumption) */
  calibration?: number | undefined;
}

/** Defaults of {@link qualityReview}. */
export const qualityReviewDefaults: Readonly<FilledOptions<QualityReviewOptions>> = Object.freeze({
  share: 0.1,
  catchShare: 0.7,
  hoursPerReview: 0.5,
  calibration: 0.3,
});

/**
 * Quality review of a sample of decisions. When several policies review, the
 * one sampling the largest share is in force (see {@link PolicySet.review}).
 *
 * @param opts options over {@link qualityReviewDefaults}
 * @throws RangeError naming the option when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function qualityReview(opts: QualityReviewOptions = {}): Policy {
  const P = "qualityReview";
  const o = resolveOptions<FilledOptions<QualityReviewOptions>>(P, qualityReviewDefaults, opts);
  const effect: ReviewEffect = Object.freeze({
    share: checkNumber(P, "share", o.share, { min: 0, max: 1 }),
    catchShare: checkNumber(P, "catchShare", o.catchShare, { min: 0, max: 1 }),
    hoursPerReview: checkNumber(P, "hoursPerReview", o.hoursPerReview, { min: 0 }),
    calibration: checkNumber(P, "calibration", o.calibration, { min: 0, max: 1 }),
  });
  return {
    name: P,
    review(): ReviewEffect {
      return effect;
    },
  };
}
