/*
 * Bad options fail when the policy is made, with a message naming the policy,
 * the option, the value given and what is allowed.
 */
import { describe, expect, it } from "vitest";
import {
  documentTemplates,
  healthcareCollaboration,
  measurementRegime,
  productionTarget,
  qualityReview,
  queueDiscipline,
  rewardStructure,
  trustBasedSteering,
} from "../../src/index";
import type { Policy } from "../../src/index";

type Factory = (opts: never) => Policy;

/** [factory, its name, bad options, the option named, the value shown, a word of what is allowed] */
const RANGE_CASES: Array<[Factory, string, Record<string, unknown>, string, string, string]> = [
  [productionTarget, "productionTarget", { perHandlerWeek: 0 }, "perHandlerWeek", "got 0", "> 0"],
  [productionTarget, "productionTarget", { perHandlerWeek: NaN }, "perHandlerWeek", "got NaN", "finite"],
  [productionTarget, "productionTarget", { figure: "throughput" }, "figure", '"throughput"', '"auditedAccuracy"'],
  [productionTarget, "productionTarget", { strength: -1 }, "strength", "got -1", "≥ 0"],
  [productionTarget, "productionTarget", { selectEasy: -0.1 }, "selectEasy", "got -0.1", "≥ 0"],
  [productionTarget, "productionTarget", { compress: Infinity }, "compress", "got Infinity", "finite"],
  [productionTarget, "productionTarget", { earlyDecision: -2 }, "earlyDecision", "got -2", "≥ 0"],
  [productionTarget, "productionTarget", { rejectionShareAtLeast: 1.5 }, "rejectionShareAtLeast", "got 1.5", "≤ 1"],
  [productionTarget, "productionTarget", { auditedAccuracyAtLeast: 0 }, "auditedAccuracyAtLeast", "got 0", "> 0"],
  [productionTarget, "productionTarget", { leadTimeDaysAtMost: -3 }, "leadTimeDaysAtMost", "got -3", "> 0"],
  [productionTarget, "productionTarget", { tilt: -1 }, "tilt", "got -1", "≥ 0"],
  [productionTarget, "productionTarget", { perHandlerWeeek: 10 }, "perHandlerWeeek", "unknown option", "perHandlerWeek"],
  [measurementRegime, "measurementRegime", { level: "extreme" }, "level", '"extreme"', '"pinnjakt"'],
  [measurementRegime, "measurementRegime", { perTaskHours: -0.1 }, "perTaskHours", "got -0.1", "≥ 0"],
  [measurementRegime, "measurementRegime", { perCaseHours: -1 }, "perCaseHours", "got -1", "≥ 0"],
  [measurementRegime, "measurementRegime", { perContactHours: -1 }, "perContactHours", "got -1", "≥ 0"],
  [measurementRegime, "measurementRegime", { perDecisionHours: -1 }, "perDecisionHours", "got -1", "≥ 0"],
  [measurementRegime, "measurementRegime", { perHandlerWeekHours: -1 }, "perHandlerWeekHours", "got -1", "≥ 0"],
  [measurementRegime, "measurementRegime", { callTargetSeconds: 0 }, "callTargetSeconds", "got 0", "> 0"],
  [measurementRegime, "measurementRegime", { callTimeFactor: 0 }, "callTimeFactor", "got 0", "> 0"],
  [measurementRegime, "measurementRegime", { callResolveFactor: 1.2 }, "callResolveFactor", "got 1.2", "≤ 1"],
  [rewardStructure, "rewardStructure", { bonusStrength: -0.5 }, "bonusStrength", "got -0.5", "≥ 0"],
  [documentTemplates, "documentTemplates", { templateFit: 0 }, "templateFit", "got 0", "> 0"],
  [documentTemplates, "documentTemplates", { meanNeedHours: -2 }, "meanNeedHours", "got -2", "> 0"],
  [documentTemplates, "documentTemplates", { stepShares: [1, 2, 3] }, "stepShares", "[1,2,3]", "5 numbers"],
  [documentTemplates, "documentTemplates", { stepShares: [1, 1, -1, 1, 1] }, "stepShares[2]", "got -1", "≥ 0"],
  [documentTemplates, "documentTemplates", { stepShares: [0, 0, 0, 0, 0] }, "stepShares", "[0,0,0,0,0]", "positive sum"],
  [documentTemplates, "documentTemplates", { minFactor: 0 }, "minFactor", "got 0", "> 0"],
  [documentTemplates, "documentTemplates", { minFactor: 1, maxFactor: 0.5 }, "maxFactor", "got 0.5", "≥ minFactor (1)"],
  [qualityReview, "qualityReview", { share: 2 }, "share", "got 2", "≤ 1"],
  [qualityReview, "qualityReview", { catchShare: -0.2 }, "catchShare", "got -0.2", "≥ 0"],
  [qualityReview, "qualityReview", { hoursPerReview: -1 }, "hoursPerReview", "got -1", "≥ 0"],
  [qualityReview, "qualityReview", { calibration: 1.1 }, "calibration", "got 1.1", "≤ 1"],
  [queueDiscipline, "queueDiscipline", { rule: "lifo" }, "rule", '"lifo"', '"risk-based"'],
  [queueDiscipline, "queueDiscipline", { dueWithinDays: -1 }, "dueWithinDays", "got -1", "≥ 0"],
  [queueDiscipline, "queueDiscipline", { oldAfterDays: -1 }, "oldAfterDays", "got -1", "≥ 0"],
  [healthcareCollaboration, "healthcareCollaboration", { completenessGain: 1.5 }, "completenessGain", "got 1.5", "≤ 1"],
  [healthcareCollaboration, "healthcareCollaboration", { answerDelayFactor: 0 }, "answerDelayFactor", "got 0", "> 0"],
  [healthcareCollaboration, "healthcareCollaboration", { hoursPerHandlerWeek: -1 }, "hoursPerHandlerWeek", "got -1", "≥ 0"],
  [trustBasedSteering, "trustBasedSteering", { peerReviewShare: 1.5 }, "peerReviewShare", "got 1.5", "≤ 1"],
  [trustBasedSteering, "trustBasedSteering", { peerCatchShare: -1 }, "peerCatchShare", "got -1", "≥ 0"],
  [trustBasedSteering, "trustBasedSteering", { peerReviewHours: -1 }, "peerReviewHours", "got -1", "≥ 0"],
  [trustBasedSteering, "trustBasedSteering", { calibration: 2 }, "calibration", "got 2", "≤ 1"],
  [trustBasedSteering, "trustBasedSteering", { improvementShare: 0.6 }, "improvementShare", "got 0.6", "≤ 0.5"],
  [trustBasedSteering, "trustBasedSteering", { crowdOut: -1 }, "crowdOut", "got -1", "≥ 0"],
];

describe("option validation", () => {
  for (const [factory, name, opts, option, shown, allowed] of RANGE_CASES) {
    it(`${name}: ${JSON.stringify(opts)} names "${option}"`, () => {
      let err: unknown;
      try {
        factory(opts as never);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RangeError);
      const msg = (err as Error).message;
      expect(msg).toContain(name);
      expect(msg).toContain(`"${option}"`);
      expect(msg).toContain(shown);
      expect(msg).toContain(allowed);
    });
  }

  it("wrong types are TypeErrors naming the option", () => {
    expect(() => productionTarget({ perHandlerWeek: "10" as never })).toThrow(TypeError);
    expect(() => productionTarget({ perHandlerWeek: "10" as never })).toThrow(/"perHandlerWeek".*got "10"/);
    expect(() => productionTarget({ roomToSelect: "yes" as never })).toThrow(/"roomToSelect" must be true or false/);
    expect(() => qualityReview(42 as never)).toThrow(/qualityReview: options must be an object, got 42/);
  });

  it("options left undefined keep their defaults; every factory works with no options", () => {
    expect(qualityReview({ share: undefined as never }).review!({} as never).share).toBe(0.1);
    for (const f of [
      productionTarget,
      measurementRegime,
      rewardStructure,
      documentTemplates,
      qualityReview,
      queueDiscipline,
      healthcareCollaboration,
      trustBasedSteering,
    ]) {
      expect(() => f()).not.toThrow();
    }
  });
});
