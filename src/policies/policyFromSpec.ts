/*
 * Builds a shipped policy from its written form: a plain, JSON-able object
 * naming the kind of policy (the factory's name) and its options, as found in
 * a scenario file. The factory checks the options, so a spec is as strictly
 * checked as a call in code.
 */
import { documentTemplates, type DocumentTemplatesOptions } from "./documentTemplates";
import { healthcareCollaboration, type HealthcareCollaborationOptions } from "./healthcareCollaboration";
import { measurementRegime, type MeasurementRegimeOptions } from "./measurementRegime";
import { noPolicy } from "./noPolicy";
import type { Policy } from "./Policy";
import { productionTarget, type ProductionTargetOptions } from "./productionTarget";
import { qualityReview, type QualityReviewOptions } from "./qualityReview";
import { queueDiscipline, type QueueDisciplineOptions } from "./queueDiscipline";
import { rewardStructure, type RewardStructureOptions } from "./rewardStructure";
import { trustBasedSteering, type TrustBasedSteeringOptions } from "./trustBasedSteering";

/** The kinds of shipped policy: the names of their factories. */
export const POLICY_KINDS = [
  "noPolicy",
  "productionTarget",
  "measurementRegime",
  "rewardStructure",
  "documentTemplates",
  "qualityReview",
  "queueDiscipline",
  "healthcareCollaboration",
  "trustBasedSteering",
] as const;

/** A kind of shipped policy. */
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** A shipped policy written as data: its kind and the options of its factory. */
export type PolicySpec =
  | { kind: "noPolicy" }
  | ({ kind: "productionTarget" } & ProductionTargetOptions)
  | ({ kind: "measurementRegime" } & MeasurementRegimeOptions)
  | ({ kind: "rewardStructure" } & RewardStructureOptions)
  | ({ kind: "documentTemplates" } & DocumentTemplatesOptions)
  | ({ kind: "qualityReview" } & QualityReviewOptions)
  | ({ kind: "queueDiscipline" } & QueueDisciplineOptions)
  | ({ kind: "healthcareCollaboration" } & HealthcareCollaborationOptions)
  | ({ kind: "trustBasedSteering" } & TrustBasedSteeringOptions);

/**
 * The policy a spec describes, e.g. `policyFromSpec({ kind: "productionTarget",
 * perHandlerWeek: 12 })`. Options left out take the factory's defaults.
 *
 * @param spec the kind and options
 * @throws TypeError when `spec` is not an object
 * @throws RangeError when the kind is unknown, or an option is unknown or out of range (named in the message)
 */
export function policyFromSpec(spec: PolicySpec): Policy {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    throw new TypeError(`policyFromSpec: spec must be an object { kind, ...options }, got ${String(spec)}`);
  }
  const { kind, ...opts } = spec as { kind: unknown } & Record<string, unknown>;
  switch (kind as PolicyKind) {
    case "noPolicy":
      if (Object.keys(opts).length > 0) {
        throw new RangeError(`noPolicy: unknown option "${Object.keys(opts)[0]}"; noPolicy takes no options`);
      }
      return noPolicy();
    case "productionTarget":
      return productionTarget(opts);
    case "measurementRegime":
      return measurementRegime(opts);
    case "rewardStructure":
      return rewardStructure(opts);
    case "documentTemplates":
      return documentTemplates(opts);
    case "qualityReview":
      return qualityReview(opts);
    case "queueDiscipline":
      return queueDiscipline(opts);
    case "healthcareCollaboration":
      return healthcareCollaboration(opts);
    case "trustBasedSteering":
      return trustBasedSteering(opts);
    default:
      throw new RangeError(
        `policyFromSpec: "kind" must be one of ${POLICY_KINDS.map((k) => `"${k}"`).join(", ")}, got ${JSON.stringify(kind)}`,
      );
  }
}
