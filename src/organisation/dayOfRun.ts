/*
 * Where a dated change falls on the run's time axis: a day number as given, or
 * an ISO date counted in days from the office's start date.
 */
import { parseIsoDate } from "../engine/civilDate";
import type { Day } from "./TimelineChange";

/**
 * The day of the run `day` names.
 *
 * @param day days after the start date, or an ISO date "YYYY-MM-DD"
 * @param startDate the office's start date (ISO)
 * @throws RangeError when `day` is not a finite number or a valid ISO date
 */
export function dayOfRun(day: Day, startDate: string): number {
  if (typeof day === "number") {
    if (!Number.isFinite(day)) throw new RangeError(`timeline: day ${day} must be a finite number`);
    return day;
  }
  const d = parseIsoDate(day);
  const s = parseIsoDate(startDate);
  if (d === undefined || s === undefined) throw new RangeError(`timeline: ${JSON.stringify(day)} is not a valid date YYYY-MM-DD`);
  return d - s;
}
