export type { Policy, PolicyContext, MeasuredFigures, TaskView, OverheadKind, ContactEffect, ReviewEffect, CertificateEffect } from "./Policy";
export { PolicySet, PolicyError } from "./PolicySet";
export { noPolicy } from "./noPolicy";
export { productionTarget, productionTargetDefaults, TARGET_FIGURES, MIN_EFFORT_FACTOR } from "./productionTarget";
export type { ProductionTargetOptions, TargetFigure } from "./productionTarget";
export { measurementRegime, measurementRegimeDefaults, MEASUREMENT_LEVELS, MEASUREMENT_PRESETS } from "./measurementRegime";
export type { MeasurementRegimeOptions, MeasurementLevel, MeasurementCosts } from "./measurementRegime";
export { rewardStructure, rewardStructureDefaults } from "./rewardStructure";
export type { RewardStructureOptions } from "./rewardStructure";
export { documentTemplates, documentTemplatesDefaults } from "./documentTemplates";
export type { DocumentTemplatesOptions } from "./documentTemplates";
export { qualityReview, qualityReviewDefaults } from "./qualityReview";
export type { QualityReviewOptions } from "./qualityReview";
export { queueDiscipline, queueDisciplineDefaults, QUEUE_RULES } from "./queueDiscipline";
export type { QueueDisciplineOptions, QueueRule } from "./queueDiscipline";
export { healthcareCollaboration, healthcareCollaborationDefaults } from "./healthcareCollaboration";
export type { HealthcareCollaborationOptions } from "./healthcareCollaboration";
export { trustBasedSteering, trustBasedSteeringDefaults } from "./trustBasedSteering";
export type { TrustBasedSteeringOptions } from "./trustBasedSteering";
export type { FilledOptions } from "./optionSchemas";
export { policyFromSpec, POLICY_KINDS } from "./policyFromSpec";
export type { PolicySpec, PolicyKind } from "./policyFromSpec";
export {
  policySpecSchema,
  noPolicySpecSchema,
  productionTargetSpecSchema,
  measurementRegimeSpecSchema,
  rewardStructureSpecSchema,
  documentTemplatesSpecSchema,
  qualityReviewSpecSchema,
  queueDisciplineSpecSchema,
  healthcareCollaborationSpecSchema,
  trustBasedSteeringSpecSchema,
} from "./policySchemas";
export type { PolicySpecInput, PolicySpecOutput } from "./policySchemas";
