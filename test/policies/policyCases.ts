/*
 * Every shipped policy with non-trivial options, for the contract suites. A
 * policy that acts only through another's pressure (rewards, crowd-out of
 * improvement time, an accuracy target that needs a review) is paired with what
 * it needs to do anything.
 */
import {
  documentTemplates,
  healthcareCollaboration,
  measurementRegime,
  noPolicy,
  policyFromSpec,
  productionTarget,
  qualityReview,
  QUEUE_RULES,
  queueDiscipline,
  rewardStructure,
  trustBasedSteering,
} from "../../src/index";
import type { Policy } from "../../src/index";

/** A named set of policies, made fresh on each call. */
export interface PolicyCase {
  /** label in test names */
  label: string;
  /** the policies in force */
  make: () => Policy[];
}

const quota = (): Policy => productionTarget({ perHandlerWeek: 12, selectEasy: 1, compress: 0.5, earlyDecision: 0.5, rejectionShareAtLeast: 0.15, tilt: 5 });

/** The cases. */
export const POLICY_CASES: readonly PolicyCase[] = [
  { label: "noPolicy", make: () => [noPolicy()] },
  { label: "productionTarget (decisions, all responses, rejection target)", make: () => [quota()] },
  { label: "productionTarget (leadTime)", make: () => [productionTarget({ figure: "leadTime", leadTimeDaysAtMost: 2, strength: 2 })] },
  {
    label: "productionTarget (auditedAccuracy) + qualityReview",
    make: () => [qualityReview(), productionTarget({ figure: "auditedAccuracy", auditedAccuracyAtLeast: 0.99, strength: 5, roomToSelect: false })],
  },
  { label: "measurementRegime (pinnjakt)", make: () => [measurementRegime({ level: "pinnjakt" })] },
  {
    label: "measurementRegime (heavy, overrides)",
    make: () => [measurementRegime({ level: "heavy", perCaseHours: 0.2, perTaskHours: 0.1, callTargetSeconds: 30 })],
  },
  { label: "rewardStructure + productionTarget", make: () => [quota(), rewardStructure({ bonusStrength: 1 })] },
  { label: "documentTemplates", make: () => [documentTemplates({ templateFit: 0.8, minFactor: 0.5, maxFactor: 1.5 })] },
  { label: "qualityReview", make: () => [qualityReview({ share: 0.3, catchShare: 0.8, hoursPerReview: 0.4, calibration: 0.5 })] },
  ...QUEUE_RULES.map((rule) => ({ label: `queueDiscipline (${rule})`, make: () => [queueDiscipline({ rule, dueWithinDays: 10, oldAfterDays: 14 })] })),
  {
    label: "healthcareCollaboration",
    make: () => [healthcareCollaboration({ completenessGain: 0.08, answerDelayFactor: 0.5, hoursPerHandlerWeek: 1 })],
  },
  {
    label: "trustBasedSteering + productionTarget",
    make: () => [trustBasedSteering({ peerReviewShare: 0.2, improvementShare: 0.1, crowdOut: 2 }), quota()],
  },
  { label: "policyFromSpec (productionTarget)", make: () => [policyFromSpec({ kind: "productionTarget", perHandlerWeek: 11, compress: 0.4 })] },
];
