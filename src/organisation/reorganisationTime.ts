/*
 * The time a reorganisation itself takes. When Torsby and Göteborg became Trust
 * Lab offices, the staff first had to agree on what the problems were and what
 * to change, and Torsby put much energy into gathering facts (Quist, in Publikt
 * 2017-06-20): meetings, workshops and fact gathering, in working hours. After a
 * regime switch every person of the new unit spends `hoursPerWeek` of each of
 * the first `weeks` weeks on this, taken from casework time as protected
 * improvement time is (owed hours worked between tasks). Unlike improvement time
 * these hours do not raise the unit's capability: they are what it costs to
 * decide how to work, not the improvement of the work. How many hours is not
 * known from any source: both magnitudes are assumptions.
 */
import { describeValue } from "../text/describeValue";

/** The reorganisation that follows a regime switch. */
export interface Reorganisation {
  /** hours per person in a full working week (fewer in a week with fewer working hours). @defaultValue 2 (assumption) */
  hoursPerWeek: number;
  /** weeks from the switch that it lasts (weekly management cycles). @defaultValue 13 (assumption: one quarter) */
  weeks: number;
}

/**
 * Default reorganisation after a switch: 2 hours per person a week for 13 weeks
 * (a weekly two-hour meeting or its equivalent in fact gathering, for one quarter).
 * A modest **assumption**, chosen before any measurement of its effect: the seeds
 * say the time was spent, not how much.
 */
export const DEFAULT_REORGANISATION: Readonly<Reorganisation> = Object.freeze({ hoursPerWeek: 2, weeks: 13 });

/** Bounds: a full working week a week, for at most two years. */
export const REORGANISATION_BOUNDS = Object.freeze({ hoursPerWeek: 40, weeks: 104 });

/**
 * A clear error for a reorganisation outside its bounds, or null.
 *
 * @param r the reorganisation as given
 * @param path where it was given (e.g. "timeline[0].reorganisation")
 */
export function reorganisationError(r: unknown, path: string): string | null {
  if (r === undefined) return null;
  if (typeof r !== "object" || r === null) return `${path}: got ${describeValue(r)}; expected { hoursPerWeek, weeks }`;
  const o = r as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (key !== "hoursPerWeek" && key !== "weeks") return `${path}.${key}: unknown field; expected hoursPerWeek or weeks`;
  }
  for (const key of ["hoursPerWeek", "weeks"] as const) {
    const v = o[key];
    if (v === undefined) continue;
    const max = REORGANISATION_BOUNDS[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > max) {
      return `${path}.${key}: got ${describeValue(v)}; expected a number from 0 to ${max}`;
    }
  }
  return null;
}

/** Weeks still to come, per unit created at a switch. */
const remaining = new WeakMap<object, { hoursPerWeek: number; weeks: number }>();

/**
 * The unit `unit`, created at a switch now, reorganises as `r` says (missing
 * fields take the defaults).
 */
export function startReorganisation(unit: object, r: Partial<Reorganisation> | undefined): void {
  const hoursPerWeek = r?.hoursPerWeek ?? DEFAULT_REORGANISATION.hoursPerWeek;
  const weeks = r?.weeks ?? DEFAULT_REORGANISATION.weeks;
  if (hoursPerWeek > 0 && weeks > 0) remaining.set(unit, { hoursPerWeek, weeks });
}

/**
 * Reorganisation hours each person of `unit` owes for the coming week, at its
 * weekly management cycle (call once a week): `hoursPerWeek`, at most the week's
 * working hours, in each of the first `weeks` cycles after the switch (a
 * fractional last week gives that fraction); 0 for a unit not reorganising.
 */
export function reorganisationHours(unit: object, weekHours: number): number {
  const r = remaining.get(unit);
  if (r === undefined) return 0;
  const part = Math.min(1, r.weeks);
  r.weeks -= part;
  if (r.weeks <= 0) remaining.delete(unit);
  return part * Math.min(r.hoursPerWeek, weekHours);
}
