/*
 * The scenario of the built-in M/M/c queueing model: Poisson arrivals,
 * exponential service, c identical servers, a finite horizon and a warm-up
 * period whose observations are discarded.
 */
import { z } from "zod";
import { wholeNumber } from "../../experiment/wholeNumber";

/**
 * Zod schema of an {@link mm1Model} scenario. Unknown keys are errors. Defaults:
 * `arrivalRate` 0.8, `serviceRate` 1, `servers` 1, `horizon` 10 000,
 * `warmup` 1 000 (time units are arbitrary but shared by rates and times).
 * `horizon` must exceed `warmup`.
 */
export const mm1ScenarioSchema = z
  .strictObject({
    /** Arrivals per time unit (λ), > 0. */
    arrivalRate: z.number().positive().default(0.8).describe("arrivals per time unit (λ)"),
    /** Services per time unit per busy server (μ), > 0. */
    serviceRate: z.number().positive().default(1).describe("services per time unit per busy server (μ)"),
    /** Number of servers (c), a whole number ≥ 1. */
    servers: wholeNumber().min(1).default(1).describe("number of identical servers (c)"),
    /** End of the run; must exceed `warmup`. */
    horizon: z.number().positive().default(10_000).describe("simulated time at which the run ends"),
    /** Observations before this time are discarded, ≥ 0. */
    warmup: z.number().min(0).default(1_000).describe("observations before this time are discarded"),
  })
  .superRefine(
    (s, ctx) => {
      if (!(s.horizon > s.warmup)) {
        ctx.addIssue({ code: "custom", path: ["horizon"], message: `a number > warmup (${s.warmup})`, input: s.horizon });
      }
    },
    // Also run when other fields are invalid, as long as the two compared fields are numbers.
    { when: (payload) => hasNumbers(payload.value, "horizon", "warmup") },
  );

/** A validated M/M/c scenario, defaults filled in. */
export type Mm1Scenario = z.output<typeof mm1ScenarioSchema>;
/** An M/M/c scenario as written by a user: every field optional. */
export type Mm1ScenarioInput = z.input<typeof mm1ScenarioSchema>;

function hasNumbers(value: unknown, ...keys: string[]): boolean {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return keys.every((k) => typeof record[k] === "number" && Number.isFinite(record[k]));
}
