/*
 * A measurement regime: what management has staff record, and what recording
 * costs. Every registration — a code per task, a log line per call, a form per
 * decision, the weekly report and follow-up meeting — takes working time from
 * case work. A target on how fast calls are answered shifts attention to what
 * is measured: when the measured answer time is over the target, calls are cut
 * short, fewer matters are resolved, and the unresolved ones come back as
 * repeat calls (failure demand). "Pinnjakt" is measuring for its own sake, at
 * worst second by second at the customer centre.
 *
 * The office measures its figures (decisions, lead time, call answer time,
 * audited accuracy, rejections, backlog) in every regime; this policy models
 * the cost of recording and the call target, not which figures other policies
 * may see.
 */
import { checkChoice, checkNumber, resolveOptions } from "./checkOptions";
import type {
  MeasuredFigures, ContactEffect, OverheadKind, Policy, PolicyContext } from "./Policy";

/** The measurement levels, lightest first. */
export const MEASUREMENT_LEVELS = ["none", "light", "heavy", "pinnjakt"] as const;

/** How much is measured. */
export type MeasurementLevel = (typeof MEASUREMENT_LEVELS)[number];

/** Registration costs of one level, in working hours. */
export interface MeasurementCosts {
  /** hours per new claim */
  perCaseHours: number;
  /** hours per task of any kind (case steps, calls, checkpoints, reviews) */
  perTaskHours: number;
  /** extra hours per answered call */
  perContactHours: number;
  /** extra hours per decision */
  perDecisionHours: number;
  /** hours per handler per week (reports, follow-up meetings) */
  perHandlerWeekHours: number;
  /** call-answer-time target in seconds (Infinity = none) */
  callTargetSeconds: number;
}

/**
 * The presets. All figures are assumptions (no public source gives registration
 * times): "light" is a decision code and half an hour of weekly reporting;
 * "heavy" adds time reporting per task and per call and two hours a week of
 * follow-up; "pinnjakt" is heavy plus a three-minute log per call and a
 * two-minute answer-time target at the customer centre.
 */
export const MEASUREMENT_PRESETS: Readonly<Record<MeasurementLevel, Readonly<MeasurementCosts>>> = Object.freeze({
  none: Object.freeze({ perCaseHours: 0, perTaskHours: 0, perContactHours: 0, perDecisionHours: 0, perHandlerWeekHours: 0, callTargetSeconds: Infinity }),
  light: Object.freeze({ perCaseHours: 0, perTaskHours: 0, perContactHours: 0, perDecisionHours: 0.05, perHandlerWeekHours: 0.5, callTargetSeconds: Infinity }),
  heavy: Object.freeze({ perCaseHours: 0.1, perTaskHours: 0.05, perContactHours: 0.02, perDecisionHours: 0.1, perHandlerWeekHours: 2, callTargetSeconds: Infinity }),
  pinnjakt: Object.freeze({ perCaseHours: 0.1, perTaskHours: 0.05, perContactHours: 0.05, perDecisionHours: 0.1, perHandlerWeekHours: 2, callTargetSeconds: 120 }),
});

/**
 * The figures each level records (what management can see): "none" still counts
 * decisions and the backlog (the agency's basic statistics); "light" adds lead
 * times and the rejection share; "heavy" and "pinnjakt" add call-answer times.
 * Audited accuracy is seen whenever decisions are reviewed.
 */
export const MEASUREMENT_RECORDS: Readonly<Record<MeasurementLevel, readonly (keyof MeasuredFigures)[]>> = Object.freeze({
  none: ["decisionsPerHandlerWeek", "backlogPerHandler"],
  light: ["decisionsPerHandlerWeek", "backlogPerHandler", "leadTimeDays", "rejectionShare"],
  heavy: ["decisionsPerHandlerWeek", "backlogPerHandler", "leadTimeDays", "rejectionShare", "callAnswerSeconds"],
  pinnjakt: ["decisionsPerHandlerWeek", "backlogPerHandler", "leadTimeDays", "rejectionShare", "callAnswerSeconds"],
});

/** Options of {@link measurementRegime}. Cost and call-target options left out take the level's preset. */
export interface MeasurementRegimeOptions {
  /** preset level. @defaultValue "light" */
  level?: MeasurementLevel | undefined;
  /** hours per new claim (≥ 0). @defaultValue the level's preset */
  perCaseHours?: number | undefined;
  /** hours per task of any kind, including calls and reviews (≥ 0). @defaultValue the level's preset */
  perTaskHours?: number | undefined;
  /** extra hours per answered call (≥ 0). @defaultValue the level's preset */
  perContactHours?: number | undefined;
  /** extra hours per decision (≥ 0). @defaultValue the level's preset */
  perDecisionHours?: number | undefined;
  /** hours per handler per week (≥ 0). @defaultValue the level's preset */
  perHandlerWeekHours?: number | undefined;
  /** call-answer-time target in seconds (> 0; Infinity, in code only, for none). @defaultValue the level's preset (120 for "pinnjakt", none otherwise) */
  callTargetSeconds?: number | undefined;
  /** call length multiplier while over the call target (0 < x ≤ 1). @defaultValue 0.6 (assumption) */
  callTimeFactor?: number | undefined;
  /** multiplier on the chance a call resolves the matter while over the call target (0..1). @defaultValue 0.7 (assumption) */
  callResolveFactor?: number | undefined;
}

/** Defaults of the options that do not come from the level. */
export const measurementRegimeDefaults: Readonly<{ level: MeasurementLevel; callTimeFactor: number; callResolveFactor: number }> = Object.freeze({
  level: "light",
  callTimeFactor: 0.6,
  callResolveFactor: 0.7,
});

const NO_CUT: ContactEffect = Object.freeze({ timeFactor: 1, resolveFactor: 1 });

/**
 * A measurement regime. Registration hours are charged per occurrence through
 * `overheadHours` ("case", "task", "contact", "decision") and per handler-week
 * through `periodOverheadHours`. With a call target, each week in which the
 * measured mean call answer time exceeded the target, calls are cut to
 * `callTimeFactor` of their length and resolve a matter `callResolveFactor` as
 * often; otherwise calls are ordinary.
 *
 * @param opts options; costs not given come from the level's preset in {@link MEASUREMENT_PRESETS}
 * @throws RangeError naming the option when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function measurementRegime(opts: MeasurementRegimeOptions = {}): Policy {
  const P = "measurementRegime";
  // cost options may be left out (undefined): they then come from the level's preset
  const allowed: MeasurementRegimeOptions = {
    ...measurementRegimeDefaults,
    perCaseHours: undefined,
    perTaskHours: undefined,
    perContactHours: undefined,
    perDecisionHours: undefined,
    perHandlerWeekHours: undefined,
    callTargetSeconds: undefined,
  };
  const o = resolveOptions<MeasurementRegimeOptions>(P, allowed, opts);
  const level = checkChoice(P, "level", o.level, MEASUREMENT_LEVELS);
  const preset = MEASUREMENT_PRESETS[level];
  const nonNegative = { min: 0 };
  const perCase = checkNumber(P, "perCaseHours", o.perCaseHours ?? preset.perCaseHours, nonNegative);
  const perTask = checkNumber(P, "perTaskHours", o.perTaskHours ?? preset.perTaskHours, nonNegative);
  const perContact = checkNumber(P, "perContactHours", o.perContactHours ?? preset.perContactHours, nonNegative);
  const perDecision = checkNumber(P, "perDecisionHours", o.perDecisionHours ?? preset.perDecisionHours, nonNegative);
  const perWeek = checkNumber(P, "perHandlerWeekHours", o.perHandlerWeekHours ?? preset.perHandlerWeekHours, nonNegative);
  const target = o.callTargetSeconds ?? preset.callTargetSeconds;
  const callTarget = target === Infinity ? Infinity : checkNumber(P, "callTargetSeconds", target, { min: 0, minOpen: true });
  const timeFactor = checkNumber(P, "callTimeFactor", o.callTimeFactor, { min: 0, max: 1, minOpen: true });
  const resolveFactor = checkNumber(P, "callResolveFactor", o.callResolveFactor, { min: 0, max: 1 });
  const cut: ContactEffect = Object.freeze({ timeFactor, resolveFactor });
  // a call target needs the call-answer time measured
  const recorded: readonly (keyof MeasuredFigures)[] =
    callTarget < Infinity && !MEASUREMENT_RECORDS[level].includes("callAnswerSeconds")
      ? [...MEASUREMENT_RECORDS[level], "callAnswerSeconds"]
      : MEASUREMENT_RECORDS[level];

  const policy: { -readonly [K in keyof Policy]: Policy[K] } = {
    name: P,
    overheadHours(kind: OverheadKind): number {
      switch (kind) {
        case "case":
          return perCase;
        case "task":
          return perTask;
        case "contact":
          return perContact;
        case "decision":
          return perDecision;
        default:
          return 0;
      }
    },
    periodOverheadHours(): number {
      return perWeek;
    },
    records(): readonly (keyof MeasuredFigures)[] {
      return recorded;
    },
  };
  if (callTarget < Infinity) {
    policy.contact = (ctx: PolicyContext): ContactEffect => (ctx.measured.callAnswerSeconds > callTarget ? cut : NO_CUT);
  }
  return policy as Policy;
}
