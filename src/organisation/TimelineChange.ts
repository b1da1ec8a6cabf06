/*
 * A dated change to a running office: the way a unit works (its regime), the
 * management policies in force, its staffing, the demand it meets, the quality of
 * what healthcare sends, or the office hours. A timeline is a list of such
 * changes; each takes effect at its day (days after the start date) and is kept
 * until a later change says otherwise or, for the temporary ones, until `until`.
 */
import type { WorkingCalendarOptions } from "../engine/WorkingCalendar";
import type { Policy } from "../policies/Policy";
import type { Reorganisation } from "./reorganisationTime";
import type { UnitConfig } from "./UnitConfig";

/** A day of the run: days after the start date (0 = the start date), or an ISO date "YYYY-MM-DD". */
export type Day = number | string;

/** A unit named as in `OfficeConfig.units`: its name, or its position (0-based). */
export type UnitRef = string | number;

/** The unit switches to another way of working (standardised ↔ teams) at `at`; open claims, staff and their state carry over. */
export interface RegimeChange {
  /** what changes */
  change: "regime";
  /** day of the change (days after the start date) */
  at: Day;
  /** the unit that switches */
  unit: UnitRef;
  /** the new organisation (its `handlers` are the people already employed, so it is taken from the old unit; its transition dip starts at the switch) */
  to: UnitConfig;
  /** the time the reorganisation itself takes from casework after the switch (see reorganisationTime). @defaultValue 2 hours per person a week for 13 weeks (assumption) */
  reorganisation?: Partial<Reorganisation>;
}

/** Policies are added, removed or re-set in a unit at `at`. */
export interface PolicyChange {
  /** what changes */
  change: "policies";
  /** day of the change */
  at: Day;
  /** the unit */
  unit: UnitRef;
  /** policies to put in force; one whose name is already in force replaces it (changed options). @defaultValue [] */
  add?: Policy[];
  /** names of policies to withdraw (e.g. "productionTarget"). @defaultValue [] */
  remove?: string[];
}

/** Staff join, leave or are not replaced in a unit. */
export interface StaffingChange {
  /** what changes */
  change: "staffing";
  /** day of the change */
  at: Day;
  /** the unit */
  unit: UnitRef;
  /** new positions filled at once by new hires (permanent). @defaultValue 0 */
  hire?: number;
  /** people who leave at `at` (as soon as their task in hand is done); their positions are closed. @defaultValue 0 */
  leave?: number;
  /** no vacancy is filled from `at` until this day (a hiring freeze); filling resumes after it. */
  freezeUntil?: Day;
  /** extra people (e.g. borrowed from another office, experienced) from `at` until `until`. */
  reinforce?: { handlers: number; until: Day };
}

/** New claims arrive at `factor` times the usual rate from `at` until `until` (a surge or a dip). */
export interface DemandChange {
  /** what changes */
  change: "demand";
  /** day of the change */
  at: Day;
  /** multiplier of the arrival rate (0 = no new claims) */
  factor: number;
  /** day the usual rate returns. @defaultValue the horizon */
  until?: Day;
}

/** What healthcare sends changes from `at` (until `until`, if given). */
export interface UpstreamChange {
  /** what changes */
  change: "upstream";
  /** day of the change */
  at: Day;
  /** share of certificates complete on arrival from now on (world.certificates.completeShare) */
  completeShare?: number;
  /** healthcare's mean answer delay to a completion request, days (world.certificates.answerDelayDays) */
  answerDelayDays?: number;
  /** day the earlier values return. @defaultValue never */
  until?: Day;
}

/** The office hours change at `at` (work already started keeps the hours it was planned with). */
export interface OfficeHoursChange {
  /** what changes */
  change: "officeHours";
  /** day of the change */
  at: Day;
  /** working intervals per weekday, Monday first, as `OfficeConfig.officeHours` */
  hours: NonNullable<WorkingCalendarOptions["hours"]>;
}

/** One dated change. */
export type TimelineChange = RegimeChange | PolicyChange | StaffingChange | DemandChange | UpstreamChange | OfficeHoursChange;
