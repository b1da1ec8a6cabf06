/*
 * The policies in force in one unit, combined into one object that always has
 * every hook. The model calls the set and never checks for "no policy": with an
 * empty list every hook gives the do-nothing answer (no pressure, first-come
 * order, full effort, wait for information, no tilt, no overhead, ordinary calls,
 * no review, no improvement time, no collaboration). An error thrown inside a
 * policy is reported with the policy's name, the hook and the simulation time,
 * and so is every answer outside what the hook promises (see {@link HOOK_RANGES}):
 * a hook that forgets to return, returns NaN, a string, null, an object with a
 * misspelt field or a value out of range stops the run with a PolicyError rather
 * than giving believable wrong numbers.
 *
 * The set is the one door between the model and the policies' code: hooks get
 * read-only views of the context and of tasks (see contextView and taskView),
 * never the unit's context object or a live task or claim.
 */
import type { Task } from "../casework/Task";
import { describeValue } from "../text/describeValue";
import { safeText } from "../text/safeText";
import type { MeasuredFigures, CertificateEffect, ContactEffect, OverheadKind, Policy, PolicyContext, ReviewEffect, TaskView } from "./Policy";
import { contextView, MEASURED_FIGURES } from "./contextView";
import { taskView } from "./taskView";

/** An error thrown by a policy hook, naming the policy, hook and time. */
export class PolicyError extends Error {
  /**
   * @param policyName the policy's name
   * @param hook the hook that threw
   * @param time simulation time (days)
   * @param cause the original error
   */
  constructor(
    readonly policyName: string,
    readonly hook: string,
    readonly time: number,
    override readonly cause: unknown,
  ) {
    super(
      `policy "${safeText(String(policyName))}" failed in ${hook}() at t=${Math.round(time * 1e4) / 1e4} days: ${
        cause instanceof Error ? cause.message : describeValue(cause)
      }`,
    );
    this.name = "PolicyError";
  }
}

/** Allowed range of a number a hook returns (both ends included). */
interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * What each hook may return. Numbers must be finite and inside these ranges (both
 * ends included); the bounds are those documented on {@link Policy}. Fields of the
 * object-returning hooks (contact, review, certificates) may be left out but not be
 * undefined by mistake of spelling: unknown fields are errors.
 */
export const HOOK_RANGES = {
  /** pressure: 0 none, 1 strong; at most 100 */
  pressure: { min: 0, max: 100 },
  /** pressureGain: multiplier of responsiveness, at most 1000 */
  pressureGain: { min: 0, max: 1000 },
  /** effortFactor: 0 (no effort) to 100 times the need */
  effortFactor: { min: 0, max: 100 },
  /** decisionTilt: shift of the decision threshold in units of reading noise */
  decisionTilt: { min: -100, max: 100 },
  /** overheadHours: registration hours per occurrence, at most a working week */
  overheadHours: { min: 0, max: 40 },
  /** periodOverheadHours: hours per handler per week, at most a working week */
  periodOverheadHours: { min: 0, max: 40 },
  /** improvementShare: share of working time */
  improvementShare: { min: 0, max: 1 },
  /** contact fields: multipliers */
  contact: { timeFactor: { min: 0, max: 100 }, resolveFactor: { min: 0, max: 100 } },
  /** review fields: shares and hours per review (at most a working week) */
  review: { share: { min: 0, max: 1 }, catchShare: { min: 0, max: 1 }, hoursPerReview: { min: 0, max: 40 }, calibration: { min: 0, max: 1 } },
  /** certificates fields: a share, a delay multiplier and hours per handler per week */
  certificates: { completenessGain: { min: 0, max: 1 }, answerDelayFactor: { min: 0, max: 100 }, hoursPerHandlerWeek: { min: 0, max: 40 } },
} as const;

/** Names of every hook a policy may have (see {@link Policy}). */
export const POLICY_HOOKS: readonly string[] = [
  "pressure",
  "pressureGain",
  "selectTask",
  "effortFactor",
  "decideEarly",
  "decisionTilt",
  "overheadHours",
  "periodOverheadHours",
  "contact",
  "review",
  "improvementShare",
  "certificates",
  "records",
];

const MEASURED_KEYS: ReadonlySet<string> = new Set<string>(MEASURED_FIGURES);

function rangeText(r: Range): string {
  return `a finite number from ${r.min} to ${r.max}`;
}

/** Several policies acting together; combination rules are documented per method. */
export class PolicySet {
  /** the policies, in the order given */
  readonly policies: readonly Policy[];

  /** whether any policy chooses tasks (otherwise the queue is first come, first served) */
  readonly selects: boolean;

  /** the context last passed in, which the views read */
  private current: PolicyContext | null = null;
  /** the read-only view of `current` the hooks get */
  private liveView: PolicyContext | null = null;
  /** read-only views of tasks, made once per task */
  private readonly views = new WeakMap<Task, TaskView>();
  private readonly clock = (): number => (this.current === null ? NaN : this.current.now);

  /** @param policies the policies in force (may be empty) */
  constructor(policies: readonly Policy[]) {
    this.policies = policies;
    this.selects = policies.some((p) => p.selectTask !== undefined);
  }

  /** The read-only view of `ctx` (the unit passes the same context object every time, refreshed). */
  private view(ctx: PolicyContext): PolicyContext {
    if (ctx !== this.current || this.liveView === null) {
      this.current = ctx;
      this.liveView = contextView(() => this.current as PolicyContext);
    }
    return this.liveView;
  }

  /** The read-only view of `task`. */
  private viewOf(task: Task): TaskView {
    let v = this.views.get(task);
    if (v === undefined) {
      v = taskView(task, this.clock);
      this.views.set(task, v);
    }
    return v;
  }

  private call<R>(p: Policy, hook: string, ctx: PolicyContext, f: () => R): R {
    try {
      return f();
    } catch (err) {
      if (err instanceof PolicyError) throw err;
      throw new PolicyError(p.name, hook, ctx.now, err);
    }
  }

  private fail(p: Policy, hook: string, ctx: PolicyContext, value: unknown, allowed: string): never {
    throw new PolicyError(p.name, hook, ctx.now, new RangeError(`returned ${describeValue(value)}; ${allowed} is required`));
  }

  /** The hook's number, checked against its promised range. */
  private num(p: Policy, hook: keyof typeof HOOK_RANGES, ctx: PolicyContext, f: () => unknown): number {
    const x = this.call(p, hook, ctx, f);
    const r = HOOK_RANGES[hook] as Range;
    if (typeof x !== "number" || !(x >= r.min && x <= r.max)) this.fail(p, hook, ctx, x, rangeText(r));
    return x;
  }

  /** The hook's object, each field checked against its range; fields left out are undefined. */
  private fields<K extends "contact" | "review" | "certificates">(
    p: Policy,
    hook: K,
    ctx: PolicyContext,
    f: () => unknown,
  ): Partial<Record<keyof (typeof HOOK_RANGES)[K], number>> {
    const e = this.call(p, hook, ctx, f);
    const ranges = HOOK_RANGES[hook] as Record<string, Range>;
    const names = Object.keys(ranges);
    if (typeof e !== "object" || e === null || Array.isArray(e)) {
      this.fail(p, hook, ctx, e, `an object with any of ${names.join(", ")}`);
    }
    for (const [k, v] of Object.entries(e)) {
      const r = ranges[k];
      if (r === undefined) {
        throw new PolicyError(
          p.name,
          hook,
          ctx.now,
          new RangeError(`returned unknown field ${describeValue(k)} (value ${describeValue(v)}); allowed fields: ${names.join(", ")}`),
        );
      }
      if (v !== undefined && (typeof v !== "number" || !(v >= r.min && v <= r.max))) {
        throw new PolicyError(p.name, hook, ctx.now, new RangeError(`returned ${k}: ${describeValue(v)}; ${rangeText(r)} is required`));
      }
    }
    return e;
  }

  /** Sum of the policies' pressures times the product of their gains (≥ 0). */
  pressure(live: PolicyContext): number {
    const ctx = this.view(live);
    let sum = 0;
    let gain = 1;
    for (const p of this.policies) {
      if (p.pressure) sum += this.num(p, "pressure", ctx, () => p.pressure!(ctx));
      if (p.pressureGain) gain *= this.num(p, "pressureGain", ctx, () => p.pressureGain!(ctx));
    }
    return sum * gain;
  }

  /** The first policy with an opinion picks; otherwise the first task (first come). */
  selectTask(waiting: readonly Task[], live: PolicyContext): number {
    const ctx = this.view(live);
    const tasks: readonly TaskView[] = Object.freeze(waiting.map((t) => this.viewOf(t)));
    for (const p of this.policies) {
      if (!p.selectTask) continue;
      const i: unknown = this.call(p, "selectTask", ctx, () => p.selectTask!(tasks, ctx));
      if (typeof i !== "number" || !Number.isInteger(i) || i < -1 || i >= tasks.length) {
        this.fail(p, "selectTask", ctx, i, `a whole number from -1 (no opinion) to ${tasks.length - 1} (index of one of the ${tasks.length} tasks)`);
      }
      if (i >= 0) return i;
    }
    return 0;
  }

  /** Product of the effort factors, never below 0. */
  effortFactor(live: Task, liveCtx: PolicyContext): number {
    const ctx = this.view(liveCtx);
    const task = this.viewOf(live);
    let f = 1;
    for (const p of this.policies) {
      if (p.effortFactor) f *= this.num(p, "effortFactor", ctx, () => p.effortFactor!(task, ctx));
    }
    return f;
  }

  /** True if any policy decides early. */
  decideEarly(live: Task, liveCtx: PolicyContext): boolean {
    const ctx = this.view(liveCtx);
    const task = this.viewOf(live);
    for (const p of this.policies) {
      if (!p.decideEarly) continue;
      const early: unknown = this.call(p, "decideEarly", ctx, () => p.decideEarly!(task, ctx));
      if (typeof early !== "boolean") this.fail(p, "decideEarly", ctx, early, "true or false");
      if (early) return true;
    }
    return false;
  }

  /** Union of the figures recorded by the policies that say; null when none says (everything is recorded). */
  recorded(live: PolicyContext): ReadonlySet<keyof MeasuredFigures> | null {
    const ctx = this.view(live);
    let out: Set<keyof MeasuredFigures> | null = null;
    for (const p of this.policies) {
      if (!p.records) continue;
      out ??= new Set();
      const keys: unknown = this.call(p, "records", ctx, () => p.records!(ctx));
      if (!Array.isArray(keys)) this.fail(p, "records", ctx, keys, `an array of figure names (${[...MEASURED_KEYS].join(", ")})`);
      const names: readonly unknown[] = keys;
      for (const k of names) {
        if (typeof k !== "string" || !MEASURED_KEYS.has(k)) this.fail(p, "records", ctx, k, `a figure name (one of ${[...MEASURED_KEYS].join(", ")})`);
        out.add(k as keyof MeasuredFigures);
      }
    }
    return out;
  }

  /** Sum of the decision tilts. */
  decisionTilt(live: PolicyContext): number {
    const ctx = this.view(live);
    let t = 0;
    for (const p of this.policies) if (p.decisionTilt) t += this.num(p, "decisionTilt", ctx, () => p.decisionTilt!(ctx));
    return t;
  }

  /** Sum of the registration hours per occurrence (≥ 0). */
  overheadHours(kind: OverheadKind, live: PolicyContext): number {
    const ctx = this.view(live);
    let h = 0;
    for (const p of this.policies) {
      if (p.overheadHours) h += this.num(p, "overheadHours", ctx, () => p.overheadHours!(kind, ctx));
    }
    return h;
  }

  /** Sum of the per-handler weekly registration hours (≥ 0). */
  periodOverheadHours(live: PolicyContext): number {
    const ctx = this.view(live);
    let h = 0;
    for (const p of this.policies) {
      if (p.periodOverheadHours) h += this.num(p, "periodOverheadHours", ctx, () => p.periodOverheadHours!(ctx));
    }
    return h;
  }

  /** Products of the call-time and resolution factors. */
  contact(live: PolicyContext): ContactEffect {
    const ctx = this.view(live);
    let timeFactor = 1;
    let resolveFactor = 1;
    for (const p of this.policies) {
      if (!p.contact) continue;
      const e = this.fields(p, "contact", ctx, () => p.contact!(ctx));
      timeFactor *= e.timeFactor ?? 1;
      resolveFactor *= e.resolveFactor ?? 1;
    }
    return { timeFactor, resolveFactor };
  }

  /** The strongest review in force (largest sampled share); none when no policy reviews. */
  review(live: PolicyContext): ReviewEffect {
    const ctx = this.view(live);
    let best: ReviewEffect = { share: 0, catchShare: 0, hoursPerReview: 0, calibration: 0 };
    for (const p of this.policies) {
      if (!p.review) continue;
      const e = this.fields(p, "review", ctx, () => p.review!(ctx));
      const share = e.share ?? 0;
      if (share > best.share) {
        best = {
          share,
          catchShare: e.catchShare ?? 0,
          hoursPerReview: e.hoursPerReview ?? 0,
          calibration: e.calibration ?? 0,
        };
      }
    }
    return best;
  }

  /** Sum of protected improvement shares, capped at 0.5 of working time. */
  improvementShare(live: PolicyContext): number {
    const ctx = this.view(live);
    let s = 0;
    for (const p of this.policies) {
      if (p.improvementShare) s += this.num(p, "improvementShare", ctx, () => p.improvementShare!(ctx));
    }
    return Math.min(0.5, s);
  }

  /** Combined healthcare-collaboration effects (gains add, delay factors multiply, hours add). */
  certificates(live: PolicyContext): CertificateEffect {
    const ctx = this.view(live);
    let completenessGain = 0;
    let answerDelayFactor = 1;
    let hoursPerHandlerWeek = 0;
    for (const p of this.policies) {
      if (!p.certificates) continue;
      const e = this.fields(p, "certificates", ctx, () => p.certificates!(ctx));
      completenessGain += e.completenessGain ?? 0;
      answerDelayFactor *= e.answerDelayFactor ?? 1;
      hoursPerHandlerWeek += e.hoursPerHandlerWeek ?? 0;
    }
    return { completenessGain: clamp01(completenessGain), answerDelayFactor, hoursPerHandlerWeek };
  }
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
