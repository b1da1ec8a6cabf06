/*
 * The written form of the shipped policies: one zod schema per policy kind,
 * for scenario files. A spec is a plain object `{ kind, ...options }`; unknown
 * options are errors and options left out get the factory's default (the
 * defaults are imported from the policy files, so there is one source). The
 * bounds are the same as the factories' checks.
 */
import { z } from "zod";
import { documentTemplatesDefaults } from "./documentTemplates";
import { healthcareCollaborationDefaults } from "./healthcareCollaboration";
import { MEASUREMENT_LEVELS, measurementRegimeDefaults } from "./measurementRegime";
import { productionTargetDefaults, TARGET_FIGURES } from "./productionTarget";
import { qualityReviewDefaults } from "./qualityReview";
import { QUEUE_RULES, queueDisciplineDefaults } from "./queueDiscipline";
import { rewardStructureDefaults } from "./rewardStructure";
import { trustBasedSteeringDefaults } from "./trustBasedSteering";

const share = (): z.ZodNumber => z.number().min(0).max(1);
// Every option has an upper bound (its description says why): past it the option
// no longer describes a way of steering an office, and values like 1e308 overflow.
const nonNegative = (max: number): z.ZodNumber => z.number().min(0).max(max);
const positive = (max: number): z.ZodNumber => z.number().gt(0).max(max);

/** Spec of {@link noPolicy}: no options. */
export const noPolicySpecSchema = z.strictObject({
  kind: z.literal("noPolicy"),
});

/** Spec of {@link productionTarget}; defaults from {@link productionTargetDefaults}. */
export const productionTargetSpecSchema = z.strictObject({
  kind: z.literal("productionTarget"),
  figure: z.enum(TARGET_FIGURES)
    .default(productionTargetDefaults.figure)
    .describe("the measured figure the target is set on; only auditedAccuracy cannot be gamed"),
  perHandlerWeek: positive(1000).default(productionTargetDefaults.perHandlerWeek).describe("target for decisions: decisions per handler per week (at most 1000: a decision every 2.4 working minutes)"),
  leadTimeDaysAtMost: positive(3650).default(productionTargetDefaults.leadTimeDaysAtMost).describe("target for leadTime: measured mean days from complete documents to decision at most (at most 3650: ten years)"),
  auditedAccuracyAtLeast: z.number().gt(0).max(1).default(productionTargetDefaults.auditedAccuracyAtLeast).describe("target for auditedAccuracy: share of audited decisions found right at least"),
  strength: nonNegative(100).default(productionTargetDefaults.strength).describe("pressure per unit of relative shortfall against the target (at most 100: the pressure a policy may give is at most 100)"),
  selectEasy: nonNegative(100).default(productionTargetDefaults.selectEasy).describe("chance per unit of pressure of picking the quickest visible task (at most 100: a chance per unit of pressure)"),
  roomToSelect: z.boolean().default(productionTargetDefaults.roomToSelect).describe("whether handlers can choose among waiting tasks"),
  compress: nonNegative(100).default(productionTargetDefaults.compress).describe("effort cut per unit of pressure (effort never below 30% of need) (at most 100: effort never falls below 30% of need anyway)"),
  earlyDecision: nonNegative(100).default(productionTargetDefaults.earlyDecision).describe("chance per unit of pressure of deciding without a missing certificate (at most 100: a chance per unit of pressure)"),
  rejectionShareAtLeast: share().default(productionTargetDefaults.rejectionShareAtLeast).describe("outcome target: least share of rejections (0 = none)"),
  tilt: nonNegative(100).default(productionTargetDefaults.tilt).describe("decision-threshold shift per unit of shortfall against the rejection target (at most 100: in units of the decision scale)"),
});

/** Spec of {@link measurementRegime}; cost options left out take the level's preset. */
export const measurementRegimeSpecSchema = z.strictObject({
  kind: z.literal("measurementRegime"),
  level: z.enum(MEASUREMENT_LEVELS)
    .default(measurementRegimeDefaults.level)
    .describe("preset of registration costs and call target"),
  perCaseHours: nonNegative(8).optional().describe("registration hours per new claim (default: the level's preset) (at most 8: a working day per occurrence)"),
  perTaskHours: nonNegative(8).optional().describe("registration hours per task of any kind (default: the level's preset) (at most 8: a working day per occurrence)"),
  perContactHours: nonNegative(8).optional().describe("extra registration hours per answered call (default: the level's preset) (at most 8: a working day per occurrence)"),
  perDecisionHours: nonNegative(8).optional().describe("extra registration hours per decision (default: the level's preset) (at most 8: a working day per occurrence)"),
  perHandlerWeekHours: nonNegative(40).optional().describe("reporting and follow-up hours per handler per week (default: the level's preset) (at most 40: a full working week)"),
  callTargetSeconds: positive(28800).optional().describe("call-answer-time target in seconds (default: the level's preset; pinnjakt 120, none otherwise) (at most 28800: a working day)"),
  callTimeFactor: z.number().gt(0).max(1).default(measurementRegimeDefaults.callTimeFactor).describe("call length multiplier while over the call target"),
  callResolveFactor: share().default(measurementRegimeDefaults.callResolveFactor).describe("multiplier on the chance a call resolves the matter while over the call target"),
});

/** Spec of {@link rewardStructure}; defaults from {@link rewardStructureDefaults}. */
export const rewardStructureSpecSchema = z.strictObject({
  kind: z.literal("rewardStructure"),
  bonusStrength: nonNegative(100).default(rewardStructureDefaults.bonusStrength).describe("pressure is multiplied by 1 + bonusStrength (at most 100: pressure multiplied by at most 101)"),
});

/** Spec of {@link documentTemplates}; defaults from {@link documentTemplatesDefaults}. */
export const documentTemplatesSpecSchema = z
  .strictObject({
    kind: z.literal("documentTemplates"),
    templateFit: positive(100).default(documentTemplatesDefaults.templateFit).describe("template hours as a multiple of the typical step's hours (at most 100: a multiple of the step need)"),
    meanNeedHours: positive(200).default(documentTemplatesDefaults.meanNeedHours).describe("mean need of a claim in hours, which the templates are sized to (at most 200: as world.caseMix.meanNeedHours)"),
    stepShares: z
      .tuple([nonNegative(1000), nonNegative(1000), nonNegative(1000), nonNegative(1000), nonNegative(1000)])
      .default(() => [...documentTemplatesDefaults.stepShares] as [number, number, number, number, number])
      .describe("shares of the need in registration, certificate check, assessment, decision, payment"),
    minFactor: positive(100).default(documentTemplatesDefaults.minFactor).describe("least effort factor a template gives (at most 100: an effort factor)"),
    maxFactor: positive(100).default(documentTemplatesDefaults.maxFactor).describe("most effort factor a template gives (≥ minFactor) (at most 100: an effort factor)"),
  })
  .superRefine((s, ctx) => {
    if (s.maxFactor < s.minFactor) {
      ctx.addIssue({ code: "custom", path: ["maxFactor"], message: `a number ≥ minFactor (${s.minFactor})`, input: s.maxFactor });
    }
    if (!(s.stepShares.reduce((a, b) => a + b, 0) > 0)) {
      ctx.addIssue({ code: "custom", path: ["stepShares"], message: "shares with a positive sum", input: s.stepShares });
    }
  });

/** Spec of {@link qualityReview}; defaults from {@link qualityReviewDefaults}. */
export const qualityReviewSpecSchema = z.strictObject({
  kind: z.literal("qualityReview"),
  share: share().default(qualityReviewDefaults.share).describe("share of decisions sampled"),
  catchShare: share().default(qualityReviewDefaults.catchShare).describe("share of wrong sampled decisions caught"),
  hoursPerReview: nonNegative(40).default(qualityReviewDefaults.hoursPerReview).describe("reviewer hours per sampled decision (at most 40: a full working week per decision)"),
  calibration: share().default(qualityReviewDefaults.calibration).describe("how much feedback narrows handlers' judgement spread"),
});

/** Spec of {@link queueDiscipline}; defaults from {@link queueDisciplineDefaults}. */
export const queueDisciplineSpecSchema = z.strictObject({
  kind: z.literal("queueDiscipline"),
  rule: z.enum(QUEUE_RULES)
    .default(queueDisciplineDefaults.rule)
    .describe("how the next task is picked from the visible part of the queue"),
  dueWithinDays: nonNegative(3650).default(queueDisciplineDefaults.dueWithinDays).describe("risk-based: a checkpoint due within this many days is at risk (at most 3650: ten years)"),
  oldAfterDays: nonNegative(3650).default(queueDisciplineDefaults.oldAfterDays).describe("risk-based: a claim older than this many days is at risk (at most 3650: ten years)"),
});

/** Spec of {@link healthcareCollaboration}; defaults from {@link healthcareCollaborationDefaults}. */
export const healthcareCollaborationSpecSchema = z.strictObject({
  kind: z.literal("healthcareCollaboration"),
  completenessGain: share().default(healthcareCollaborationDefaults.completenessGain).describe("added share of certificates complete the first time"),
  answerDelayFactor: positive(100).default(healthcareCollaborationDefaults.answerDelayFactor).describe("multiplies healthcare's answer delay (at most 100: a hundred times slower answers)"),
  hoursPerHandlerWeek: nonNegative(40).default(healthcareCollaborationDefaults.hoursPerHandlerWeek).describe("staff hours per handler per week on the collaboration (at most 40: a full working week)"),
});

/** Spec of {@link trustBasedSteering}; defaults from {@link trustBasedSteeringDefaults}. */
export const trustBasedSteeringSpecSchema = z.strictObject({
  kind: z.literal("trustBasedSteering"),
  peerReviewShare: share().default(trustBasedSteeringDefaults.peerReviewShare).describe("share of decisions a colleague reviews"),
  peerCatchShare: share().default(trustBasedSteeringDefaults.peerCatchShare).describe("share of wrong reviewed decisions caught"),
  peerReviewHours: nonNegative(40).default(trustBasedSteeringDefaults.peerReviewHours).describe("hours per peer review (at most 40: a full working week per decision)"),
  calibration: share().default(trustBasedSteeringDefaults.calibration).describe("how much peer review narrows handlers' judgement spread"),
  improvementShare: z.number().min(0).max(0.5).default(trustBasedSteeringDefaults.improvementShare).describe("share of working time protected for improvement"),
  crowdOut: nonNegative(100).default(trustBasedSteeringDefaults.crowdOut).describe("how strongly pressure crowds out the protected time (at most 100: per unit of pressure)"),
});

/** Any shipped policy's spec, told apart by `kind`. */
export const policySpecSchema = z.discriminatedUnion("kind", [
  noPolicySpecSchema,
  productionTargetSpecSchema,
  measurementRegimeSpecSchema,
  rewardStructureSpecSchema,
  documentTemplatesSpecSchema,
  qualityReviewSpecSchema,
  queueDisciplineSpecSchema,
  healthcareCollaborationSpecSchema,
  trustBasedSteeringSpecSchema,
]);

/** A policy spec as written (options optional). */
export type PolicySpecInput = z.input<typeof policySpecSchema>;
/** A validated policy spec with every default filled in. */
export type PolicySpecOutput = z.output<typeof policySpecSchema>;
