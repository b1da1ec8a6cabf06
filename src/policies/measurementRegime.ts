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
import { z } from "zod";
import { lazyDefaults, lazySchema } from "./lazySchema";
import { nonNegative, positive, share, type OptionsOf, type SettingsOf } from "./optionSchemas";
import { parsePolicyOptions } from "./parsePolicyOptions";
import type { MeasuredFigures, ContactEffect, OverheadKind, Policy, PolicyContext } from "./Policy";

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
  heavy: Object.freeze({
    perCaseHours: 0.1,
    perTaskHours: 0.05,
    perContactHours: 0.02,
    perDecisionHours: 0.1,
    perHandlerWeekHours: 2,
    callTargetSeconds: Infinity,
  }),
  pinnjakt: Object.freeze({
    perCaseHours: 0.1,
    perTaskHours: 0.05,
    perContactHours: 0.05,
    perDecisionHours: 0.1,
    perHandlerWeekHours: 2,
    callTargetSeconds: 120,
  }),
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

/**
 * The written form of {@link measurementRegime} (`{ kind: "measurementRegime", ...options }`)
 * and the one description of its options. Cost and call-target options left out
 * take the level's preset ({@link MEASUREMENT_PRESETS}). Built on first call.
 */
export const measurementRegimeSpecSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal("measurementRegime"),
    level: z.enum(MEASUREMENT_LEVELS).default("light").describe("preset of registration costs and call target"),
    perCaseHours: nonNegative(8)
      .optional()
      .describe("registration hours per new claim (default: the level's preset) (at most 8: a working day per occurrence)"),
    perTaskHours: nonNegative(8)
      .optional()
      .describe("registration hours per task of any kind, including calls and reviews (default: the level's preset) (at most 8: a working day per occurrence)"),
    perContactHours: nonNegative(8)
      .optional()
      .describe("extra registration hours per answered call (default: the level's preset) (at most 8: a working day per occurrence)"),
    perDecisionHours: nonNegative(8)
      .optional()
      .describe("extra registration hours per decision (default: the level's preset) (at most 8: a working day per occurrence)"),
    perHandlerWeekHours: nonNegative(40)
      .optional()
      .describe("reporting and follow-up hours per handler per week (default: the level's preset) (at most 40: a full working week)"),
    callTargetSeconds: positive(28800)
      .optional()
      .describe("call-answer-time target in seconds (default: the level's preset; pinnjakt 120, none otherwise) (at most 28800: a working day)"),
    callTimeFactor: z.number().gt(0).max(1).default(0.6).describe("call length multiplier while over the call target (assumption)"),
    callResolveFactor: share().default(0.7).describe("multiplier on the chance a call resolves the matter while over the call target (assumption)"),
  }),
);

/** Options of {@link measurementRegime}, each optional: see {@link measurementRegimeSpecSchema} for meaning, bounds and default. */
export type MeasurementRegimeOptions = OptionsOf<typeof measurementRegimeSpecSchema>;

/** Defaults of the options that do not come from the level: the `.default()` of each in {@link measurementRegimeSpecSchema} (read on first use). */
export const measurementRegimeDefaults: Readonly<SettingsOf<typeof measurementRegimeSpecSchema>> = lazyDefaults(() =>
  parsePolicyOptions("measurementRegime", measurementRegimeSpecSchema(), {}),
);

const NO_CUT: ContactEffect = Object.freeze({ timeFactor: 1, resolveFactor: 1 });

/**
 * A measurement regime. Registration hours are charged per occurrence through
 * `overheadHours` ("case", "task", "contact", "decision") and per handler-week
 * through `periodOverheadHours`. With a call target, each week in which the
 * measured mean call answer time exceeded the target, calls are cut to
 * `callTimeFactor` of their length and resolve a matter `callResolveFactor` as
 * often; otherwise calls are ordinary.
 *
 * @param opts options, read with {@link measurementRegimeSpecSchema}; costs not given come from the level's preset in {@link MEASUREMENT_PRESETS}
 * @throws RangeError naming the option, the value and what is allowed when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function measurementRegime(opts: MeasurementRegimeOptions = {}): Policy {
  const P = "measurementRegime";
  const o = parsePolicyOptions(P, measurementRegimeSpecSchema(), opts);
  const level = o.level;
  const preset = MEASUREMENT_PRESETS[level];
  const perCase = o.perCaseHours ?? preset.perCaseHours;
  const perTask = o.perTaskHours ?? preset.perTaskHours;
  const perContact = o.perContactHours ?? preset.perContactHours;
  const perDecision = o.perDecisionHours ?? preset.perDecisionHours;
  const perWeek = o.perHandlerWeekHours ?? preset.perHandlerWeekHours;
  const callTarget = o.callTargetSeconds ?? preset.callTargetSeconds;
  const timeFactor = o.callTimeFactor;
  const resolveFactor = o.callResolveFactor;
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
  return policy;
}
