/*
 * The written form of the shipped policies, for scenario files: a spec is a
 * plain object `{ kind, ...options }`, told apart by `kind`. Each policy's own
 * file holds its spec schema — the one description of its options' types,
 * bounds, defaults and meanings, which its factory parses with — and this file
 * joins them. Schemas are built on first use, not when the library is imported.
 */
import { z } from "zod";
import { documentTemplatesSpecSchema } from "./documentTemplates";
import { healthcareCollaborationSpecSchema } from "./healthcareCollaboration";
import { lazySchema } from "./lazySchema";
import { measurementRegimeSpecSchema } from "./measurementRegime";
import { noPolicySpecSchema } from "./noPolicy";
import { productionTargetSpecSchema } from "./productionTarget";
import { qualityReviewSpecSchema } from "./qualityReview";
import { queueDisciplineSpecSchema } from "./queueDiscipline";
import { rewardStructureSpecSchema } from "./rewardStructure";
import { trustBasedSteeringSpecSchema } from "./trustBasedSteering";

export {
  documentTemplatesSpecSchema,
  healthcareCollaborationSpecSchema,
  measurementRegimeSpecSchema,
  noPolicySpecSchema,
  productionTargetSpecSchema,
  qualityReviewSpecSchema,
  queueDisciplineSpecSchema,
  rewardStructureSpecSchema,
  trustBasedSteeringSpecSchema,
};

const build = () =>
  z.discriminatedUnion("kind", [
    noPolicySpecSchema(),
    productionTargetSpecSchema(),
    measurementRegimeSpecSchema(),
    rewardStructureSpecSchema(),
    documentTemplatesSpecSchema(),
    qualityReviewSpecSchema(),
    queueDisciplineSpecSchema(),
    healthcareCollaborationSpecSchema(),
    trustBasedSteeringSpecSchema(),
  ]);

/** Any shipped policy's spec, told apart by `kind` (built on first call; the same schema after). */
export const policySpecSchema: () => ReturnType<typeof build> = lazySchema(build);

/** A policy spec as written (options optional). */
export type PolicySpecInput = z.input<ReturnType<typeof policySpecSchema>>;
/** A validated policy spec with every default filled in. */
export type PolicySpecOutput = z.output<ReturnType<typeof policySpecSchema>>;
