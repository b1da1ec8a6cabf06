/*
 * The scenario form of an office's real starting backlog (`office.initialBacklog`):
 * one entry per open claim, as read from the office's case register (see
 * {@link parseBacklogCSV} for the CSV form).
 */
import { z } from "zod";
import { STARTING_STEPS } from "../../organisation/StartingClaim";
import { lazyObject, lazySchema } from "../../policies/lazySchema";

/** One open claim at the start: arrival date, certificate, waiting step, optional complexity. */
export const startingClaimSchema = lazyObject(() => getStartingClaimSchema());

/** The schema of {@link startingClaimSchema} itself, built on the first call (the scenario schema is made of it). */
export const getStartingClaimSchema = lazySchema(() =>
  z.strictObject({
    arrived: z.iso.date().describe("ISO date the claim arrived, on or before office.startDate"),
    certificateComplete: z.boolean().describe("whether the medical certificate is complete"),
    step: z.enum(STARTING_STEPS).describe("the step the claim waits at (earlier steps are done)"),
    complexity: z.enum(["simple", "standard", "complex"]).optional().describe("estimated complexity (default: drawn from the case mix)"),
  }),
);
