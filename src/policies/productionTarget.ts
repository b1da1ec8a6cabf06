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
import { checkBoolean, checkChoice, checkNumber, resolveOptions, type FilledOptions } from "./checkOptions";
import type { Policy, PolicyContext, TaskView } from "./Policy";

/** The figures a production target can be set on. */
export const TARGET_FIGURES = ["decisions", "leadTime", "auditedAccuracy"] as const;

/** The figure a production target is set on. */
export type TargetFigure = (typeof TARGET_FIGURES)[number];

/** Options of {@link productionTarget}. The response strengths are assumptions. */
export interface ProductionTargetOptions {
  /** the measured figure the target is set on (see the module comment for which can be gamed). @defaultValue "decisions" */
  figure?: TargetFigure | undefined;
  /** target for "decisions": decisions per handler per week (> 0). @defaultValue 10 (assumption; no public figure found) */
  perHandlerWeek?: number | undefined;
  /** target for "leadTime": measured mean days from complete documents to decision at most (> 0). @defaultValue 10 (assumption) */
  leadTimeDaysAtMost?: number | undefined;
  /** target for "auditedAccuracy": share of audited decisions found right at least (0 < x ≤ 1). @defaultValue 0.95 (assumption) */
  auditedAccuracyAtLeast?: number | undefined;
  /** pressure per unit of relative shortfall against the target (≥ 0). @defaultValue 1 */
  strength?: number | undefined;
  /** under pressure p, the chance of picking the task with the smallest expected hours is min(1, selectEasy × p) (≥ 0). @defaultValue 0.5 (assumption) */
  selectEasy?: number | undefined;
  /** whether handlers can choose among waiting tasks at all (false: no selection response). @defaultValue true */
  roomToSelect?: boolean | undefined;
  /** under pressure p, effort is multiplied by max(0.3, 1 − compress × p) (≥ 0). @defaultValue 0.3 (assumption) */
  compress?: number | undefined;
  /** under pressure p, the chance of deciding without waiting for a missing certificate is min(1, earlyDecision × p) (≥ 0). @defaultValue 0.2 (assumption) */
  earlyDecision?: number | undefined;
  /** outcome target: share of decisions that are rejections at least (0..1; 0 = no outcome target). @defaultValue 0 */
  rejectionShareAtLeast?: number | undefined;
  /** decision-threshold shift per unit of shortfall against the rejection target (≥ 0). @defaultValue 5 (assumption; merit is on a standard-normal scale) */
  tilt?: number | undefined;
}

/** Defaults of {@link productionTarget}. */
export const productionTargetDefaults: Readonly<FilledOptions<ProductionTargetOptions>> = Object.freeze({
  figure: "decisions",
  perHandlerWeek: 10,
  leadTimeDaysAtMost: 10,
  auditedAccuracyAtLeast: 0.95,
  strength: 1,
  selectEasy: 0.5,
  roomToSelect: true,
  compress: 0.3,
  earlyDecision: 0.2,
  rejectionShareAtLeast: 0,
  tilt: 5,
});

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
 * @param opts options over {@link productionTargetDefaults}
 * @throws RangeError naming the option when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function productionTarget(opts: ProductionTargetOptions = {}): Policy {
  const P = "productionTarget";
  const o = resolveOptions<FilledOptions<ProductionTargetOptions>>(P, productionTargetDefaults, opts);
  const figure = checkChoice(P, "figure", o.figure, TARGET_FIGURES);
  const perHandlerWeek = checkNumber(P, "perHandlerWeek", o.perHandlerWeek, { min: 0, minOpen: true });
  const leadTarget = checkNumber(P, "leadTimeDaysAtMost", o.leadTimeDaysAtMost, { min: 0, minOpen: true });
  const accTarget = checkNumber(P, "auditedAccuracyAtLeast", o.auditedAccuracyAtLeast, { min: 0, max: 1, minOpen: true });
  const strength = checkNumber(P, "strength", o.strength, { min: 0 });
  const selectEasy = checkNumber(P, "selectEasy", o.selectEasy, { min: 0 });
  const roomToSelect = checkBoolean(P, "roomToSelect", o.roomToSelect);
  const compress = checkNumber(P, "compress", o.compress, { min: 0 });
  const earlyDecision = checkNumber(P, "earlyDecision", o.earlyDecision, { min: 0 });
  const rejectionTarget = checkNumber(P, "rejectionShareAtLeast", o.rejectionShareAtLeast, { min: 0, max: 1 });
  const tilt = checkNumber(P, "tilt", o.tilt, { min: 0 });

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
  return policy as Policy;
}
