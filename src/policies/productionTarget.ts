/*
 * A production target: head office sets a figure each handler or unit must
 * reach — usually a number of decisions per handler and week — and follows it
 * up weekly. When the measured figure falls short, handlers feel pressure and
 * respond in the ways that move the figure: they pick the quick cases first,
 * give each task less effort than it needs, and decide before the medical
 * certificate is complete. An optional outcome target (a least share of
 * rejections) tilts decisions towards refusal.
 *
 * Which figures can be gamed, and why (in this model):
 * - "decisions" (decisions per handler-week) counts decisions whether right or
 *   wrong. Taking the quickest tasks first, cutting effort and deciding without
 *   waiting for healthcare all raise the count, so all three responses apply.
 * - "leadTime" (mean days from complete documents to decision, as measured) is
 *   lowered by taking short tasks first (shortest-first minimises the mean
 *   wait), by cutting effort, and by deciding early: a claim decided before its
 *   documents are complete never starts the measured clock, so it drops out of
 *   the figure. All three responses apply.
 * - "auditedAccuracy" (share of a random quality-review sample found right
 *   against the claim's true entitlement) cannot be gamed: cutting effort and
 *   deciding early lower it, and the order in which tasks are taken does not
 *   change what a random sample finds. The only way to raise it is to decide
 *   right, so none of the gaming responses is used. It is measured only where a
 *   quality review (or peer review) samples decisions; without one there is no
 *   figure and no pressure. The target still puts pressure on people, and the
 *   model lets pressure raise stress and judgement noise.
 */
import { z } from "zod";
import { lazyDefaults, lazySchema } from "./lazySchema";
import { nonNegative, positive, share, type OptionsOf, type SettingsOf } from "./optionSchemas";
import { parsePolicyOptions } from "./parsePolicyOptions";
import type { Policy, PolicyContext, TaskView } from "./Policy";

/** The figures a production target can be set on. */
export const TARGET_FIGURES = ["decisions", "leadTime", "auditedAccuracy"] as const;

/** The figure a production target is set on. */
export type TargetFigure = (typeof TARGET_FIGURES)[number];

/**
 * The written form of {@link productionTarget} (`{ kind: "productionTarget", ...options }`)
 * and the one description of its options: type, bounds, default and meaning. The
 * response strengths are assumptions (no public figure found). Built on first call.
 */
export const productionTargetSpecSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal("productionTarget"),
    figure: z
      .enum(TARGET_FIGURES)
      .default("decisions")
      .describe("the measured figure the target is set on; only auditedAccuracy cannot be gamed (see the policy's description)"),
    perHandlerWeek: positive(1000)
      .default(10)
      .describe(
        "target for decisions: decisions per handler per week (assumption; no public figure found) (at most 1000: a decision every 2.4 working minutes)",
      ),
    leadTimeDaysAtMost: positive(3650)
      .default(10)
      .describe("target for leadTime: measured mean days from complete documents to decision at most (assumption) (at most 3650: ten years)"),
    auditedAccuracyAtLeast: z
      .number()
      .gt(0)
      .max(1)
      .default(0.95)
      .describe("target for auditedAccuracy: share of audited decisions found right at least (assumption)"),
    strength: nonNegative(100)
      .default(1)
      .describe("pressure per unit of relative shortfall against the target (at most 100: the pressure a policy may give is at most 100)"),
    selectEasy: nonNegative(100)
      .default(0.5)
      .describe(
        "under pressure p, the chance of picking the task with the smallest expected hours is min(1, selectEasy × p) (assumption) (at most 100: a chance per unit of pressure)",
      ),
    roomToSelect: z.boolean().default(true).describe("whether handlers can choose among waiting tasks at all (false: no selection response)"),
    compress: nonNegative(100)
      .default(0.3)
      .describe("under pressure p, effort is multiplied by max(0.3, 1 − compress × p) (assumption) (at most 100: effort never falls below 30% of need anyway)"),
    earlyDecision: nonNegative(100)
      .default(0.2)
      .describe(
        "under pressure p, the chance of deciding without waiting for a missing certificate is min(1, earlyDecision × p) (assumption) (at most 100: a chance per unit of pressure)",
      ),
    rejectionShareAtLeast: share().default(0).describe("outcome target: share of decisions that are rejections at least (0 = no outcome target)"),
    tilt: nonNegative(100)
      .default(5)
      .describe(
        "decision-threshold shift per unit of shortfall against the rejection target (assumption; merit is on a standard-normal scale) (at most 100: in units of the decision scale)",
      ),
  }),
);

/** Options of {@link productionTarget}, each optional: see {@link productionTargetSpecSchema} for meaning, bounds and default. */
export type ProductionTargetOptions = OptionsOf<typeof productionTargetSpecSchema>;

/** Defaults of {@link productionTarget}: the `.default()` of each option in {@link productionTargetSpecSchema} (read on first use). */
export const productionTargetDefaults: Readonly<SettingsOf<typeof productionTargetSpecSchema>> = lazyDefaults(() =>
  parsePolicyOptions("productionTarget", productionTargetSpecSchema(), {}),
);

/** Effort is never compressed below this share of the need. */
export const MIN_EFFORT_FACTOR = 0.3;

/**
 * A production target with the responses it provokes.
 *
 * Pressure each week is `strength × shortfall`, with shortfall
 * max(0, (target − measured)/target) for "decisions" and "auditedAccuracy" and
 * min(1, max(0, (measured − target)/target)) for "leadTime"; a figure not
 * measured last week (NaN) gives no pressure. The responses act on the unit's
 * pressure `p` (this and any other policy's pressure, times reward gains), only
 * while p > 0 and only for figures that can be gamed ("decisions", "leadTime"):
 * picking the easiest visible task (when `roomToSelect`), compressing effort,
 * deciding early. The rejection target shifts the decision threshold by
 * −tilt × max(0, rejectionShareAtLeast − measured rejection share).
 *
 * @param opts options over {@link productionTargetDefaults}, read with {@link productionTargetSpecSchema}
 * @throws RangeError naming the option, the value and what is allowed when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function productionTarget(opts: ProductionTargetOptions = {}): Policy {
  const P = "productionTarget";
  const {
    figure,
    perHandlerWeek,
    leadTimeDaysAtMost: leadTarget,
    auditedAccuracyAtLeast: accTarget,
    strength,
    selectEasy,
    roomToSelect,
    compress,
    earlyDecision,
    rejectionShareAtLeast: rejectionTarget,
    tilt,
  } = parsePolicyOptions(P, productionTargetSpecSchema(), opts);

  const gameable = figure !== "auditedAccuracy";
  const policy: { -readonly [K in keyof Policy]: Policy[K] } = {
    name: P,
    pressure(ctx: PolicyContext): number {
      const m = ctx.measured;
      let shortfall: number;
      if (figure === "decisions") {
        const x = m.decisionsPerHandlerWeek;
        shortfall = Number.isNaN(x) ? 0 : Math.max(0, (perHandlerWeek - x) / perHandlerWeek);
      } else if (figure === "leadTime") {
        const x = m.leadTimeDays;
        shortfall = Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, (x - leadTarget) / leadTarget));
      } else {
        const x = m.auditedAccuracy;
        shortfall = Number.isNaN(x) ? 0 : Math.max(0, (accTarget - x) / accTarget);
      }
      return strength * shortfall;
    },
  };
  if (gameable && roomToSelect && selectEasy > 0) {
    policy.selectTask = (tasks: readonly TaskView[], ctx: PolicyContext): number => {
      const p = ctx.pressure;
      if (!(p > 0) || ctx.rng() >= selectEasy * p) return -1;
      let best = 0;
      let bestHours = Infinity;
      for (let i = 0; i < tasks.length; i++) {
        const h = (tasks[i] as TaskView).expectedHours;
        if (h < bestHours) {
          bestHours = h;
          best = i;
        }
      }
      return best;
    };
  }
  if (gameable && compress > 0) {
    policy.effortFactor = (_task: TaskView, ctx: PolicyContext): number => {
      const p = ctx.pressure;
      return p > 0 ? Math.max(MIN_EFFORT_FACTOR, 1 - compress * p) : 1;
    };
  }
  if (gameable && earlyDecision > 0) {
    policy.decideEarly = (_task: TaskView, ctx: PolicyContext): boolean => {
      const p = ctx.pressure;
      return p > 0 && ctx.rng() < earlyDecision * p;
    };
  }
  if (rejectionTarget > 0 && tilt > 0) {
    policy.decisionTilt = (ctx: PolicyContext): number => {
      const gap = rejectionTarget - ctx.measured.rejectionShare; // NaN (not measured) gives no tilt
      return gap > 0 ? -tilt * gap : 0;
    };
  }
  return policy;
}
