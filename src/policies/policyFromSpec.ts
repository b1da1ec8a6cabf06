/*
 * Builds a shipped policy from its written form: a plain, JSON-able object
 * naming the kind of policy (the factory's name) and its options, as found in
 * a scenario file. The factory reads the options with the policy's spec schema,
 * so a spec is checked exactly as in a scenario file.
 */
import { documentTemplates } from "./documentTemplates";
import { healthcareCollaboration } from "./healthcareCollaboration";
import { measurementRegime } from "./measurementRegime";
import { noPolicy, noPolicySpecSchema } from "./noPolicy";
import { parsePolicyOptions } from "./parsePolicyOptions";
import type { Policy } from "./Policy";
import type { PolicySpecInput } from "./policySchemas";
import { productionTarget } from "./productionTarget";
import { qualityReview } from "./qualityReview";
import { queueDiscipline } from "./queueDiscipline";
import { rewardStructure } from "./rewardStructure";
import { trustBasedSteering } from "./trustBasedSteering";

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

/** A shipped policy written as data: its kind and the options of its factory (the input of {@link policySpecSchema}). */
export type PolicySpec = PolicySpecInput;

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
      parsePolicyOptions("noPolicy", noPolicySpecSchema(), opts);
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
      throw new RangeError(`policyFromSpec: "kind" must be one of ${POLICY_KINDS.map((k) => `"${k}"`).join(", ")}, got ${JSON.stringify(kind)}`);
  }
}
