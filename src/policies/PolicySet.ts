/*
 * The policies in force in one unit, combined into one object that always has
 * every hook. The model calls the set and never checks for "no policy": with an
 * empty list every hook gives the do-nothing answer (no pressure, first-come
 * order, full effort, wait for information, no tilt, no overhead, ordinary calls,
 * no review, no improvement time, no collaboration). An error thrown inside a
 * policy is reported with the policy's name, the hook and the simulation time.
 */
import type {
  MeasuredFigures,
  CertificateEffect,
  ContactEffect,
  OverheadKind,
  Policy,
  PolicyContext,
  ReviewEffect,
  TaskView,
} from "./Policy";

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
      `policy "${policyName}" failed in ${hook}() at t=${Math.round(time * 1e4) / 1e4} days: ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
    );
    this.name = "PolicyError";
  }
}

/** Several policies acting together; combination rules are documented per method. */
export class PolicySet {
  /** the policies, in the order given */
  readonly policies: readonly Policy[];

  /** whether any policy chooses tasks (otherwise the queue is first come, first served) */
  readonly selects: boolean;

  /** @param policies the policies in force (may be empty) */
  constructor(policies: readonly Policy[]) {
    this.policies = policies;
    this.selects = policies.some((p) => p.selectTask !== undefined);
  }

  private call<R>(p: Policy, hook: string, ctx: PolicyContext, f: () => R): R {
    let r: R;
    try {
      r = f();
    } catch (err) {
      if (err instanceof PolicyError) throw err;
      throw new PolicyError(p.name, hook, ctx.now, err);
    }
    if (typeof r === "number" && !Number.isFinite(r)) {
      throw new PolicyError(p.name, hook, ctx.now, new RangeError(`returned ${String(r)}; a finite number is required`));
    }
    return r;
  }

  /** Sum of the policies' pressures times the product of their gains (≥ 0). */
  pressure(ctx: PolicyContext): number {
    let sum = 0;
    let gain = 1;
    for (const p of this.policies) {
      if (p.pressure) sum += Math.max(0, this.call(p, "pressure", ctx, () => p.pressure!(ctx)));
      if (p.pressureGain) gain *= Math.max(0, this.call(p, "pressureGain", ctx, () => p.pressureGain!(ctx)));
    }
    return sum * gain;
  }

  /** The first policy with an opinion picks; otherwise the first task (first come). */
  selectTask(tasks: readonly TaskView[], ctx: PolicyContext): number {
    for (const p of this.policies) {
      if (!p.selectTask) continue;
      const i = this.call(p, "selectTask", ctx, () => p.selectTask!(tasks, ctx));
      if (i >= 0) {
        if (!Number.isInteger(i) || i >= tasks.length) {
          throw new PolicyError(p.name, "selectTask", ctx.now, new RangeError(`returned index ${i} for ${tasks.length} tasks`));
        }
        return i;
      }
    }
    return 0;
  }

  /** Product of the effort factors, never below 0. */
  effortFactor(task: TaskView, ctx: PolicyContext): number {
    let f = 1;
    for (const p of this.policies) {
      if (p.effortFactor) f *= Math.max(0, this.call(p, "effortFactor", ctx, () => p.effortFactor!(task, ctx)));
    }
    return f;
  }

  /** True if any policy decides early. */
  decideEarly(task: TaskView, ctx: PolicyContext): boolean {
    for (const p of this.policies) {
      if (p.decideEarly && this.call(p, "decideEarly", ctx, () => p.decideEarly!(task, ctx))) return true;
    }
    return false;
  }

  /** Union of the figures recorded by the policies that say; null when none says (everything is recorded). */
  recorded(ctx: PolicyContext): ReadonlySet<keyof MeasuredFigures> | null {
    let out: Set<keyof MeasuredFigures> | null = null;
    for (const p of this.policies) {
      if (!p.records) continue;
      out ??= new Set();
      for (const k of this.call(p, "records", ctx, () => p.records!(ctx))) out.add(k);
    }
    return out;
  }

  /** Sum of the decision tilts. */
  decisionTilt(ctx: PolicyContext): number {
    let t = 0;
    for (const p of this.policies) if (p.decisionTilt) t += this.call(p, "decisionTilt", ctx, () => p.decisionTilt!(ctx));
    return t;
  }

  /** Sum of the registration hours per occurrence (≥ 0). */
  overheadHours(kind: OverheadKind, ctx: PolicyContext): number {
    let h = 0;
    for (const p of this.policies) {
      if (p.overheadHours) h += Math.max(0, this.call(p, "overheadHours", ctx, () => p.overheadHours!(kind, ctx)));
    }
    return h;
  }

  /** Sum of the per-handler weekly registration hours (≥ 0). */
  periodOverheadHours(ctx: PolicyContext): number {
    let h = 0;
    for (const p of this.policies) {
      if (p.periodOverheadHours) h += Math.max(0, this.call(p, "periodOverheadHours", ctx, () => p.periodOverheadHours!(ctx)));
    }
    return h;
  }

  /** Products of the call-time and resolution factors. */
  contact(ctx: PolicyContext): ContactEffect {
    let timeFactor = 1;
    let resolveFactor = 1;
    for (const p of this.policies) {
      if (!p.contact) continue;
      const e = this.call(p, "contact", ctx, () => p.contact!(ctx));
      timeFactor *= Math.max(0, e.timeFactor ?? 1);
      resolveFactor *= Math.max(0, e.resolveFactor ?? 1);
    }
    return { timeFactor, resolveFactor };
  }

  /** The strongest review in force (largest sampled share); none when no policy reviews. */
  review(ctx: PolicyContext): ReviewEffect {
    let best: ReviewEffect = { share: 0, catchShare: 0, hoursPerReview: 0, calibration: 0 };
    for (const p of this.policies) {
      if (!p.review) continue;
      const e = this.call(p, "review", ctx, () => p.review!(ctx));
      const share = clamp01(e.share ?? 0);
      if (share > best.share) {
        best = {
          share,
          catchShare: clamp01(e.catchShare ?? 0),
          hoursPerReview: Math.max(0, e.hoursPerReview ?? 0),
          calibration: clamp01(e.calibration ?? 0),
        };
      }
    }
    return best;
  }

  /** Sum of protected improvement shares, capped at 0.5 of working time. */
  improvementShare(ctx: PolicyContext): number {
    let s = 0;
    for (const p of this.policies) {
      if (p.improvementShare) s += Math.max(0, this.call(p, "improvementShare", ctx, () => p.improvementShare!(ctx)));
    }
    return Math.min(0.5, s);
  }

  /** Combined healthcare-collaboration effects (gains add, delay factors multiply, hours add). */
  certificates(ctx: PolicyContext): CertificateEffect {
    let completenessGain = 0;
    let answerDelayFactor = 1;
    let hoursPerHandlerWeek = 0;
    for (const p of this.policies) {
      if (!p.certificates) continue;
      const e = this.call(p, "certificates", ctx, () => p.certificates!(ctx));
      completenessGain += e.completenessGain ?? 0;
      answerDelayFactor *= Math.max(0, e.answerDelayFactor ?? 1);
      hoursPerHandlerWeek += Math.max(0, e.hoursPerHandlerWeek ?? 0);
    }
    return { completenessGain: clamp01(completenessGain), answerDelayFactor, hoursPerHandlerWeek };
  }
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
