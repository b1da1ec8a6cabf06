/*
 * Document templates imposed from head office: every step of a claim is done
 * on a fixed form that sets how much time the step gets, whatever the claim
 * needs. Claims that fit the template are handled efficiently; a claim that
 * needs more gets too little effort (error risk), and a simple claim gets more
 * time than it needs (the form must be filled in anyway). This is how detailed
 * management is imposed on a way of working where effort would otherwise
 * follow need.
 *
 * A standardised unit already works to its own templates (its `templateFit`
 * setting), so there the policy changes nothing: a second template on top
 * would count the same constraint twice. It acts in team units.
 */
import { z } from "zod";
import { lazyDefaults, lazySchema } from "./lazySchema";
import { nonNegative, positive, type OptionsOf, type SettingsOf } from "./optionSchemas";
import { parsePolicyOptions } from "./parsePolicyOptions";
import type { Policy, PolicyContext, TaskView } from "./Policy";

/**
 * The written form of {@link documentTemplates} (`{ kind: "documentTemplates", ...options }`)
 * and the one description of its options. The templates are sized to the
 * world's typical step hours (`world.caseMix`: mean need × step share) unless
 * `meanNeedHours` or `stepShares` say otherwise. Built on first call.
 */
export const documentTemplatesSpecSchema = lazySchema(() =>
  z
    .strictObject({
      kind: z.literal("documentTemplates"),
      templateFit: positive(100).default(1).describe("template hours as a multiple of the typical step's hours (at most 100: a multiple of the step need)"),
      meanNeedHours: positive(200)
        .optional()
        .describe(
          "mean need of a claim in hours that the templates are sized to (default: the world's, world.caseMix.meanNeedHours) (at most 200: as world.caseMix.meanNeedHours)",
        ),
      stepShares: z
        .tuple([nonNegative(1000), nonNegative(1000), nonNegative(1000), nonNegative(1000), nonNegative(1000)])
        .optional()
        .describe(
          "shares of the need in registration, certificate check, assessment, decision, payment that the templates are sized to (default: the world's, world.caseMix.stepShares)",
        ),
      minFactor: positive(100)
        .default(0.3)
        .describe("least effort factor: a template never gives less than this share of the handler's estimate (assumption) (at most 100: an effort factor)"),
      maxFactor: positive(100)
        .default(2)
        .describe(
          "most effort factor: a template never makes a handler spend more than this multiple of the estimate (≥ minFactor) (assumption) (at most 100: an effort factor)",
        ),
    })
    .superRefine((s, ctx) => {
      if (s.maxFactor < s.minFactor) {
        ctx.addIssue({ code: "custom", path: ["maxFactor"], message: `a number ≥ minFactor (${s.minFactor})`, input: s.maxFactor });
      }
      if (s.stepShares !== undefined && !(s.stepShares.reduce((a, b) => a + b, 0) > 0)) {
        ctx.addIssue({ code: "custom", path: ["stepShares"], message: "shares with a positive sum", input: s.stepShares });
      }
    }),
);

/** Options of {@link documentTemplates}, each optional: see {@link documentTemplatesSpecSchema} for meaning, bounds and default. */
export type DocumentTemplatesOptions = OptionsOf<typeof documentTemplatesSpecSchema>;

/** Defaults of {@link documentTemplates}: the `.default()` of each option in {@link documentTemplatesSpecSchema} (read on first use); meanNeedHours and stepShares are the world's. */
export const documentTemplatesDefaults: Readonly<SettingsOf<typeof documentTemplatesSpecSchema>> = lazyDefaults(() =>
  parsePolicyOptions("documentTemplates", documentTemplatesSpecSchema(), {}),
);

/** The claim steps, in the order of the step shares. */
const STEP_INDEX: ReadonlyMap<string, number> = new Map([
  ["register", 0],
  ["certificate", 1],
  ["assess", 2],
  ["decide", 3],
  ["pay", 4],
]);

/**
 * Fixed effort per step. For each claim step the template hours are
 * templateFit × meanNeedHours × share / Σshares, with the world's mean need and
 * step shares (the context's typicalStepHours) unless the options give their
 * own; the effort factor is clamp(templateHours / task.expectedHours, minFactor,
 * maxFactor). Other tasks (checkpoints, reconsiderations, calls) and
 * standardised units are unaffected.
 *
 * @param opts options over {@link documentTemplatesDefaults}, read with {@link documentTemplatesSpecSchema}
 * @throws RangeError naming the option, the value and what is allowed when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function documentTemplates(opts: DocumentTemplatesOptions = {}): Policy {
  const P = "documentTemplates";
  const o = parsePolicyOptions(P, documentTemplatesSpecSchema(), opts);
  const { templateFit: fit, minFactor, maxFactor } = o;
  // template hours per step, from the world's typical step hours (read from the context) or the options
  let sizedTo: readonly number[] | null = null;
  let templates: readonly number[] = [];
  const templateHours = (typical: readonly number[]): readonly number[] => {
    if (typical !== sizedTo) {
      sizedTo = typical;
      if (o.meanNeedHours === undefined && o.stepShares === undefined) {
        templates = typical.map((h) => fit * h);
      } else {
        const mean = o.meanNeedHours ?? typical.reduce((a, b) => a + b, 0);
        const shares = o.stepShares ?? typical;
        const total = shares.reduce((a, b) => a + b, 0);
        templates = shares.map((s) => (fit * mean * s) / total);
      }
    }
    return templates;
  };

  return {
    name: P,
    effortFactor(task: TaskView, ctx: PolicyContext): number {
      if (ctx.regime !== "team") return 1;
      const step = STEP_INDEX.get(task.kind);
      if (step === undefined) return 1;
      const template = templateHours(ctx.typicalStepHours)[step] as number;
      const est = task.expectedHours;
      if (!(est > 0)) return maxFactor;
      const f = template / est;
      return f < minFactor ? minFactor : f > maxFactor ? maxFactor : f;
    },
  };
}
