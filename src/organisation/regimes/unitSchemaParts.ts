/*
 * The pieces scenario-file schemas are built from: bounded numbers with a
 * default and a description saying why the bound is where it is, and the
 * settings every unit has whatever its regime, with that regime's defaults (so
 * a team unit written in a file takes the team defaults, a standardised one the
 * standardised defaults).
 */
import { z } from "zod";
import { wholeNumber } from "../../experiment/wholeNumber";
import { policySpecSchema } from "../../policies/policySchemas";
import type { CommonUnitConfig } from "../UnitConfig";

/** A share 0..1 with default `d`. */
export const share = (d: number, what: string) => z.number().min(0).max(1).default(d).describe(what);
// Every number has an upper bound, and the description says why it is where it is:
// past it the figure no longer describes an office (and values like 1e308 overflow).
/** A number > 0 and at most `max`, with default `d`. */
export const pos = (d: number, what: string, max: number, why: string) => z.number().gt(0).max(max).default(d).describe(`${what} (at most ${max}: ${why})`);
/** A number ≥ 0 and at most `max`, with default `d`. */
export const nonNeg = (d: number, what: string, max: number, why: string) => z.number().min(0).max(max).default(d).describe(`${what} (at most ${max}: ${why})`);
/** A relative weight (normalised over its group), bounded so that sums stay exact. */
export const weight = () => z.number().min(0).max(1000);
/** Why a bound is a full working week. */
export const WEEK = "a full working week";
/** Why a bound is a working day. */
export const DAY = "a working day";
/** Why a bound is a year. */
export const YEAR = "a year";

/**
 * The settings every unit has, as written in a scenario file, with the defaults
 * `d` of its regime; and, when the regime has specialists (its defaults have a
 * `specialisationGain`), their speed gain (in this order: it is the order of the
 * keys in parsed scenarios and results).
 */
export function commonUnitShape(d: Readonly<CommonUnitConfig & { specialisationGain?: number }>) {
  const specialists =
    d.specialisationGain === undefined
      ? {}
      : {
          specialisationGain: nonNeg(d.specialisationGain, "speed gain of specialists at their own step", 10, "specialists eleven times faster at their step"),
        };
  return {
    name: z.string().min(1).max(100).optional().describe("unit name (default: the regime's)"),
    caseShare: z
      .number()
      .min(0)
      .max(1000)
      .default(d.caseShare)
      .describe("share of new claims routed to this unit (a relative weight, normalised over units; at most 1000)"),
    handlers: wholeNumber()
      .min(1)
      .max(100_000)
      .default(d.handlers)
      .describe("staff of the unit (at most 100000, a whole agency; the run budget limits staff over all units)"),
    rereadHours: nonNeg(d.rereadHours, "re-reading after a handover, hours", 40, WEEK),
    handoffLossShare: share(d.handoffLossShare, "chance a detail is lost at a handover"),
    policies: z.array(policySpecSchema()).max(20).default([]).describe("management policies in force (at most 20; there are 9 kinds)"),
    capabilityMax: pos(d.capabilityMax, "productivity reachable by improvement", 10, "ten times the established productivity"),
    improvementHoursToGain: pos(d.improvementHoursToGain, "improvement hours per head for ~63% of the gain", 20000, "about twelve working years per head"),
    ...specialists,
    overtimeThresholdWeeks: nonNeg(
      d.overtimeThresholdWeeks,
      "queued work per head (weeks) above which overtime is ordered",
      52,
      "a year of queued work per head",
    ),
    overtimeHoursPerWeek: z.number().min(0).max(40).default(d.overtimeHoursPerWeek).describe("overtime hours per person in a week when ordered (0 to 40)"),
    overtimeHoursPerYear: z.number().min(0).max(2000).default(d.overtimeHoursPerYear).describe("most overtime hours per person in a year (0 to 2000)"),
    borrowThresholdWeeks: nonNeg(
      d.borrowThresholdWeeks,
      "queued work per head (weeks) above which handlers are borrowed from other units",
      52,
      "a year of queued work per head",
    ),
    borrowShare: z.number().min(0).max(1).default(d.borrowShare).describe("handlers borrowed, as a share of the unit's staff"),
    borrowedProductivity: share(d.borrowedProductivity, "productivity of a borrowed handler"),
    discretion: share(d.discretion, "how much personal leanings show in decisions"),
    autonomy: share(d.autonomy, "autonomy felt by staff"),
    transitionDip: z.number().min(0).lt(1).default(d.transitionDip).describe("initial productivity loss of a new way of working"),
  };
}
