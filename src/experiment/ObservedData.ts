/*
 * Observed figures of a real office, the targets of a calibration: for each
 * result key (weekly decisions, backlog, lead-time percentiles, failure-demand
 * share, …) the figure the office measured, how far off a model may be and
 * still agree with it (its tolerance: a standard error, or what the analyst
 * accepts), and where the figure comes from. Written as a JSON file:
 *
 * ```json
 * { "schemaVersion": 1,
 *   "description": "Office X, 2016",
 *   "period": { "from": "2016-01-04", "to": "2016-12-31" },
 *   "figures": {
 *     "decisionsPerWeek": { "value": 182, "tolerance": 6, "source": "case register" },
 *     "leadTimeDays.p50": 30 } }
 * ```
 *
 * A bare number is a figure with the default tolerance (see {@link figureTolerance}).
 */
import { z } from "zod";
import { ScenarioValidationError } from "./ScenarioValidationError";
import { validate } from "./validate";

/** Version of the observed-data format; other versions are refused. */
export const OBSERVED_SCHEMA_VERSION = 1;

const figure = z.union([
  z.number().refine(Number.isFinite, "a finite number"),
  z.strictObject({
    value: z.number().refine(Number.isFinite, "a finite number").describe("the observed figure, in the unit of the result key"),
    tolerance: z.number().gt(0).max(1e12).optional().describe("how far the model may be off: standard error or accepted deviation (default: 10% of |value|)"),
    source: z.string().max(1000).optional().describe("where the figure comes from"),
  }),
]);

/** The observed-data file as zod checks it. */
export const observedDataSchema = z.strictObject({
  schemaVersion: z.literal(OBSERVED_SCHEMA_VERSION).describe("format version, 1"),
  description: z.string().max(5000).optional().describe("which office and period the figures describe"),
  period: z
    .strictObject({
      from: z.iso.date().describe("first day the figures cover (ISO date)"),
      to: z.iso.date().describe("last day the figures cover (ISO date)"),
    })
    .superRefine((p, ctx) => {
      if (p.to < p.from) ctx.addIssue({ code: "custom", path: ["to"], message: `a date on or after period.from (${p.from})`, input: p.to });
    })
    .optional()
    .describe("the period the figures cover"),
  figures: z
    .record(z.string().min(1).max(200), figure)
    .superRefine((figs, ctx) => {
      if (Object.keys(figs).length === 0) {
        ctx.addIssue({ code: "custom", message: 'at least one figure, e.g. { "decisionsPerWeek": 180 }', input: figs });
      }
      for (const [key, f] of Object.entries(figs)) {
        const value = typeof f === "number" ? f : f.value;
        const tolerance = typeof f === "number" ? undefined : f.tolerance;
        if (value === 0 && tolerance === undefined) {
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: 'a tolerance for an observed value of 0 (the default tolerance is 10% of the value, which would be 0): { "value": 0, "tolerance": … }',
            input: f,
          });
        }
      }
    })
    .describe("result key → observed figure (a number, or { value, tolerance?, source? })"),
});

/** The observed-data file as written. */
export type ObservedDataInput = z.input<typeof observedDataSchema>;

/** One observed figure, normalised. */
export interface ObservedFigure {
  /** Result key, e.g. `"leadTimeDays.p50"`. */
  key: string;
  /** The observed value. */
  value: number;
  /** Tolerance: the scale of this figure's term in the loss (given, or the default). */
  tolerance: number;
  /** Whether the tolerance was given (false: the default, 10% of |value|). */
  toleranceGiven: boolean;
  /** Where the figure comes from, if said. */
  source?: string;
}

/** An observed-data file, checked and normalised. */
export interface ObservedData {
  /** Format version, 1. */
  schemaVersion: 1;
  /** Which office and period, if said. */
  description?: string;
  /** The period covered, if said. */
  period?: { from: string; to: string };
  /** The figures, in file order. */
  figures: ObservedFigure[];
}

/** Relative default tolerance: 10% of the observed value, when the file gives none. */
export const DEFAULT_RELATIVE_TOLERANCE = 0.1;

/**
 * The tolerance of a figure: the one given, else {@link DEFAULT_RELATIVE_TOLERANCE}
 * × |value| — about the precision of an office's own yearly statistics, and
 * wide enough that simulation noise of a few replications does not dominate.
 */
export function figureTolerance(value: number, given?: number): number {
  return given ?? DEFAULT_RELATIVE_TOLERANCE * Math.abs(value);
}

/**
 * Checks an observed-data file (already parsed from JSON) and normalises it.
 *
 * @param what - what the data is called in messages, e.g. the file name @defaultValue "observed data"
 * @throws ScenarioValidationError listing every problem: unknown keys (with a
 *   "did you mean"), wrong types, no figures, a value 0 without tolerance,
 *   tolerance ≤ 0, a period that ends before it starts, another schemaVersion
 */
export function parseObservedData(input: unknown, what = "observed data"): ObservedData {
  if (isObservedData(input)) return input;
  const result = validate(observedDataSchema, input);
  if (!result.ok) throw new ScenarioValidationError(result.errors, what);
  const d = result.value;
  const figures: ObservedFigure[] = Object.entries(d.figures).map(([key, f]) => {
    const value = typeof f === "number" ? f : f.value;
    const given = typeof f === "number" ? undefined : f.tolerance;
    const out: ObservedFigure = { key, value, tolerance: figureTolerance(value, given), toleranceGiven: given !== undefined };
    if (typeof f !== "number" && f.source !== undefined) out.source = f.source;
    return out;
  });
  const out: ObservedData = { schemaVersion: 1, figures };
  if (d.description !== undefined) out.description = d.description;
  if (d.period !== undefined) out.period = d.period;
  return out;
}

/** Whether `x` is already normalised observed data (figures as an array). */
function isObservedData(x: unknown): x is ObservedData {
  return typeof x === "object" && x !== null && Array.isArray((x as { figures?: unknown }).figures) && (x as { schemaVersion?: unknown }).schemaVersion === 1;
}
