/*
 * Dates for time axes: a simulation day turned into a calendar date from the
 * scenario's start date, and the calendar marks drawn behind time series —
 * the public holidays on which the office is closed (when the scenario uses
 * Swedish holidays), and two shaded periods when Swedish offices run thin:
 * Christmas to Epiphany (24 Dec – 6 Jan) and the summer holiday season
 * (midsummer eve to 15 August).
 */
import { daysFromCivil, formatIsoDate, parseIsoDate } from "../engine/civilDate";
import { swedishHolidays } from "../engine/swedishHolidays";

/** A shaded period on a time axis. */
export interface CalendarPeriod {
  /** First day, ISO date. */
  start: string;
  /** Day after the last, ISO date. */
  end: string;
  /** What it is, e.g. "Christmas–New Year". */
  label: string;
}

/** The calendar facts of an office scenario a time axis needs. */
export interface ScenarioCalendar {
  /** Day 0 of the simulation (ISO date). */
  startDate: string;
  /** Whether the office closes on Swedish public holidays. */
  swedishHolidays: boolean;
}

/** The calendar of an office scenario, or undefined for a scenario without a valid `office.startDate`. */
export function scenarioCalendar(scenario: unknown): ScenarioCalendar | undefined {
  const office = typeof scenario === "object" && scenario !== null ? (scenario as Record<string, unknown>)["office"] : undefined;
  if (typeof office !== "object" || office === null) return undefined;
  const start = (office as Record<string, unknown>)["startDate"];
  if (typeof start !== "string" || parseIsoDate(start) === undefined) return undefined;
  return { startDate: start, swedishHolidays: (office as Record<string, unknown>)["holidays"] !== "none" };
}

/** The ISO date of simulation day `day` (fractions are cut: day 3.7 is the fourth calendar day). */
export function dateOfDay(calendar: ScenarioCalendar, day: number): string {
  return formatIsoDate(parseIsoDate(calendar.startDate)! + Math.floor(day));
}

/** Public holidays (and the eves offices close on) between simulation days `fromDay` and `toDay`. */
export function holidaysBetween(calendar: ScenarioCalendar, fromDay: number, toDay: number): Array<{ date: string; name: string }> {
  if (!calendar.swedishHolidays) return [];
  const first = parseIsoDate(calendar.startDate)! + fromDay;
  const last = parseIsoDate(calendar.startDate)! + toDay;
  const out: Array<{ date: string; name: string }> = [];
  for (let y = yearOf(first); y <= yearOf(last); y++) {
    for (const h of swedishHolidays(y)) {
      const d = parseIsoDate(h.date)!;
      if (d >= first && d <= last) out.push({ date: h.date, name: h.name });
    }
  }
  return out;
}

/** Christmas–New Year and summer periods overlapping simulation days `fromDay` to `toDay`, clipped to them. */
export function holidayPeriods(calendar: ScenarioCalendar, fromDay: number, toDay: number): CalendarPeriod[] {
  const first = parseIsoDate(calendar.startDate)! + fromDay;
  const last = parseIsoDate(calendar.startDate)! + toDay;
  const out: CalendarPeriod[] = [];
  for (let y = yearOf(first) - 1; y <= yearOf(last); y++) {
    const midsummerEve = swedishHolidays(y).find((h) => h.name === "midsommarafton");
    const periods: Array<[number, number, string]> = [
      [daysFromCivil(y, 12, 24), daysFromCivil(y + 1, 1, 7), "Christmas–New Year"],
      [midsummerEve === undefined ? daysFromCivil(y, 6, 19) : parseIsoDate(midsummerEve.date)!, daysFromCivil(y, 8, 16), "summer holidays"],
    ];
    for (const [a, b, label] of periods) {
      const s = Math.max(a, first);
      const e = Math.min(b, last);
      if (e > s) out.push({ start: formatIsoDate(s), end: formatIsoDate(e), label });
    }
  }
  return out;
}

function yearOf(days: number): number {
  return Number(formatIsoDate(days).slice(0, 4));
}
