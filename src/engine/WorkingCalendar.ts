/*
 * A working calendar: which moments are working time, and how working hours map
 * onto calendar time. Simulation time t is a number of calendar days since the
 * start date at 00:00, so t = 2.5 is noon on the third day; the day index of t is
 * Math.floor(t). Time is civil time with no time zones and no daylight saving: every
 * day has exactly 24 hours, and the host's time zone never matters because dates
 * are handled as whole day numbers. Work durations are in hours.
 *
 * Working intervals are half-open, [start, end): the instant a working interval ends
 * is not working time. The working pattern of each day is worked out once, on first
 * use, and cached by day index (an array for days from the start onwards, a Map for
 * days before it), so queries cost one cached lookup per day spanned.
 */

import { civilFromDays, formatIsoDate, parseIsoDate, weekdayOfDays } from "./civilDate";
import { swedishHolidays } from "./swedishHolidays";

/** Options of a {@link WorkingCalendar}. */
export interface WorkingCalendarOptions {
  /** ISO date YYYY-MM-DD of t = 0 (00:00 on that day). Required. */
  start: string;
  /**
   * Working intervals per weekday in hours of day, index 0 = Monday … 6 = Sunday.
   * Each interval is `[start, end]` with 0 ≤ start < end ≤ 24; the intervals of a day
   * must be ascending and must not overlap (touching is allowed). The week must
   * hold at least one working hour.
   * Default: Monday–Friday `[[8, 12], [13, 16.5]]` (7.5 h a day, lunch 12–13),
   * Saturday and Sunday closed.
   */
  hours?: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /**
   * Which holidays close the office: `"SE"` closes Swedish public holidays and the
   * de facto eves of {@link swedishHolidays}; `"none"` closes none.
   * Default: `"SE"`.
   */
  holidays?: "SE" | "none";
  /** Extra closed dates, YYYY-MM-DD. Default: none. */
  closed?: readonly string[];
  /**
   * Dates kept open despite a holiday, YYYY-MM-DD; such a day follows its weekday's
   * hours (so an open Sunday still has no hours if Sunday has none). A date may not
   * be both open and closed. Default: none.
   */
  open?: readonly string[];
}

/**
 * Working intervals of one day, flattened with stride 4 as
 * [s0, e0, s0/24, e0/24, s1, e1, …]: hours of day, then the same as day fractions.
 */
interface DayPattern {
  /** Working hours in the day. */
  readonly total: number;
  readonly iv: Float64Array;
}

const CLOSED_DAY: DayPattern = { total: 0, iv: new Float64Array(0) };

/**
 * Remaining work (hours) below which a working interval counts as finished, so sums
 * like 0.1 + 0.2 that land a hair past the end of an interval stop at its end
 * rather than spill into the next one. 1e-10 h is 0.36 µs.
 */
const SNAP_HOURS = 1e-10;

const DEFAULT_DAY: ReadonlyArray<readonly [number, number]> = [
  [8, 12],
  [13, 16.5],
];
const DEFAULT_HOURS: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = [DEFAULT_DAY, DEFAULT_DAY, DEFAULT_DAY, DEFAULT_DAY, DEFAULT_DAY, [], []];

/** Day indices below this (about 2870 years) are cached in a dense array, others in a Map. */
const DENSE_DAYS = 1 << 20;

const FIRST_HOLIDAY_YEAR = 1583;
const LAST_HOLIDAY_YEAR = 9999;

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) {
    try {
      return JSON.stringify(value);
    } catch {
      return "an array";
    }
  }
  return String(value);
}

function buildPattern(day: ReadonlyArray<readonly [number, number]>): DayPattern {
  if (day.length === 0) return CLOSED_DAY;
  const iv = new Float64Array(day.length * 4);
  let total = 0;
  day.forEach(([s, e], i) => {
    iv[4 * i] = s;
    iv[4 * i + 1] = e;
    iv[4 * i + 2] = s / 24;
    iv[4 * i + 3] = e / 24;
    total += e - s;
  });
  return { total, iv };
}

function checkHours(hours: unknown): ReadonlyArray<ReadonlyArray<readonly [number, number]>> {
  if (!Array.isArray(hours)) {
    throw new TypeError(`WorkingCalendar: hours = ${show(hours)} must be an array of 7 weekdays (0 = Monday … 6 = Sunday)`);
  }
  if (hours.length !== 7) {
    throw new RangeError(`WorkingCalendar: hours has ${hours.length} entries; it must have exactly 7 (0 = Monday … 6 = Sunday)`);
  }
  let week = 0;
  for (let w = 0; w < 7; w++) {
    const day: unknown = hours[w];
    if (!Array.isArray(day)) {
      throw new TypeError(`WorkingCalendar: hours[${w}] = ${show(day)} must be an array of [start, end] intervals (use [] for a closed day)`);
    }
    let prevEnd = -Infinity;
    for (let j = 0; j < day.length; j++) {
      const iv: unknown = day[j];
      const field = `hours[${w}][${j}]`;
      if (!Array.isArray(iv) || iv.length !== 2 || typeof iv[0] !== "number" || typeof iv[1] !== "number") {
        throw new TypeError(`WorkingCalendar: ${field} = ${show(iv)} must be a pair [start, end] of numbers`);
      }
      const s: number = iv[0];
      const e: number = iv[1];
      if (!Number.isFinite(s) || !Number.isFinite(e) || s < 0 || e > 24 || !(s < e)) {
        throw new RangeError(`WorkingCalendar: ${field} = ${show(iv)} is not a working interval; it needs 0 <= start < end <= 24 (hours of day)`);
      }
      if (s < prevEnd) {
        throw new RangeError(
          `WorkingCalendar: ${field} = ${show(iv)} starts before the previous interval hours[${w}][${j - 1}] ends (${prevEnd}); intervals must be ascending and non-overlapping`,
        );
      }
      prevEnd = e;
      week += e - s;
    }
  }
  if (!(week > 0)) {
    throw new RangeError("WorkingCalendar: hours has no working time; the week needs at least one working hour");
  }
  return hours as ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
}

function checkDates(dates: unknown, field: "closed" | "open"): Set<number> {
  if (!Array.isArray(dates)) {
    throw new TypeError(`WorkingCalendar: ${field} = ${show(dates)} must be an array of YYYY-MM-DD dates`);
  }
  const set = new Set<number>();
  dates.forEach((d: unknown, i) => {
    const days = typeof d === "string" ? parseIsoDate(d) : undefined;
    if (days === undefined) {
      throw new RangeError(`WorkingCalendar: ${field}[${i}] = ${show(d)} is not a valid date YYYY-MM-DD`);
    }
    set.add(days);
  });
  return set;
}

/**
 * Office hours on a day-number time axis: answers whether an instant is working
 * time, and converts between working hours and calendar time.
 *
 * Time t is in calendar days since `start` at 00:00 (civil time, no time zones, no
 * daylight saving); durations of work are in hours. Working intervals are half-open.
 * Negative t (before the start date) is allowed.
 *
 * Floating point: the interval bounds the calendar returns are always computed as
 * `d + hour / 24` for day index d, and every test of "inside or outside" compares
 * against that same number, so an instant the calendar returned (or one written the
 * same way, like `3 + 13 / 24`) classifies exactly. For any t and h ≥ 0,
 * `workingHoursBetween(t, addWorkingTime(t, h))` equals h to within about 1e-10 h.
 *
 * @example
 * ```ts
 * const cal = new WorkingCalendar({ start: "2026-03-30" }); // a Monday
 * cal.addWorkingTime(3 + 15 / 24, 3); // Thu 2 Apr 15:00 + 3 h → Tue 7 Apr 09:30 = 8 + 9.5 / 24
 * ```
 */
export class WorkingCalendar {
  /** ISO date of t = 0. */
  readonly start: string;
  /** Day number (days since 1970-01-01) of t = 0. */
  private readonly startDays: number;
  private readonly weekPatterns: readonly DayPattern[];
  private readonly useSwedishHolidays: boolean;
  private readonly closed: Set<number>;
  private readonly open: Set<number>;
  /** Day pattern by day index for 0 <= d < DENSE_DAYS, filled lazily (an array lookup is the hot path). */
  private readonly dense: Array<DayPattern | undefined> = [];
  /** Day pattern by day index for other days (before the start, or far ahead), filled lazily. */
  private readonly days = new Map<number, DayPattern>();
  /** Closed holiday day numbers by year, filled lazily. */
  private readonly holidayYears = new Map<number, Set<number>>();

  /**
   * @param options - see {@link WorkingCalendarOptions}; defaults: Monday–Friday
   *   8–12 and 13–16.5, Swedish holidays, no extra closed or open dates
   * @throws TypeError or RangeError naming the offending field (for example
   *   `hours[2][0]`) when an option is malformed
   */
  constructor(options: WorkingCalendarOptions) {
    if (typeof options !== "object" || options === null) {
      throw new TypeError(`WorkingCalendar: options = ${show(options)} must be an object with at least { start }`);
    }
    const start: unknown = options.start;
    if (typeof start !== "string") {
      throw new TypeError(`WorkingCalendar: start = ${show(start)} must be a date string YYYY-MM-DD`);
    }
    const startDays = parseIsoDate(start);
    if (startDays === undefined) {
      throw new RangeError(`WorkingCalendar: start = ${show(start)} is not a valid date YYYY-MM-DD`);
    }
    const hours = options.hours === undefined ? DEFAULT_HOURS : checkHours(options.hours);
    const holidays: unknown = options.holidays ?? "SE";
    if (holidays !== "SE" && holidays !== "none") {
      throw new RangeError(`WorkingCalendar: holidays = ${show(holidays)} must be "SE" or "none"`);
    }
    const closed = options.closed === undefined ? new Set<number>() : checkDates(options.closed, "closed");
    const open = options.open === undefined ? new Set<number>() : checkDates(options.open, "open");
    for (const d of open) {
      if (closed.has(d)) {
        throw new RangeError(`WorkingCalendar: date ${formatIsoDate(d)} is in both open and closed; a date can be only one of them`);
      }
    }
    this.start = start;
    this.startDays = startDays;
    this.weekPatterns = hours.map(buildPattern);
    this.useSwedishHolidays = holidays === "SE";
    this.closed = closed;
    this.open = open;
  }

  /**
   * Whether t falls inside a working interval (intervals are half-open: their end
   * instant is not working).
   *
   * @throws RangeError when t is not finite
   */
  isWorkingTime(t: number): boolean {
    checkTime(t, "isWorkingTime", "t");
    const d = Math.floor(t);
    const iv = this.day(d).iv;
    for (let i = 0; i < iv.length; i += 4) {
      if (t < d + iv[i + 3]!) return t >= d + iv[i + 2]!;
    }
    return false;
  }

  /**
   * t itself when it is working time, else the start of the next working interval.
   *
   * @throws RangeError when t is not finite
   */
  nextWorkingInstant(t: number): number {
    checkTime(t, "nextWorkingInstant", "t");
    for (let d = Math.floor(t); ; d++) {
      const iv = this.day(d).iv;
      for (let i = 0; i < iv.length; i += 4) {
        if (t < d + iv[i + 3]!) {
          const start = d + iv[i + 2]!;
          return t >= start ? t : start;
        }
      }
    }
  }

  /**
   * Calendar time at which `hours` of working time are done when work starts at t.
   * Work happens only inside working intervals; when t is outside working time,
   * work starts at the next working instant. `hours = 0` returns t unchanged. When
   * the work ends at the end of an interval (within 1e-10 h), the result is that
   * end, not the start of the next interval. Cost: one cached lookup per day spanned.
   *
   * @param t - start time in days since the start date
   * @param hours - working hours to do, finite and ≥ 0
   * @throws RangeError when t is not finite or `hours` is negative or not finite
   */
  addWorkingTime(t: number, hours: number): number {
    checkTime(t, "addWorkingTime", "t");
    if (!(hours >= 0) || hours === Infinity) {
      throw new RangeError(`WorkingCalendar.addWorkingTime: hours = ${String(hours)} must be a finite number >= 0`);
    }
    if (hours === 0) return t;
    let rem = hours;
    // First day: t may sit anywhere in it.
    let d = Math.floor(t);
    const iv0 = this.day(d).iv;
    for (let i = 0; i < iv0.length; i += 4) {
      const e = iv0[i + 1]!;
      if (t >= d + iv0[i + 3]!) continue; // interval already over
      let from = iv0[i]!;
      if (t > d + iv0[i + 2]!) {
        const h = (t - d) * 24; // t is inside this interval
        from = h < e ? h : e;
      }
      const avail = e - from;
      if (rem <= avail + SNAP_HOURS) return atLeast(t, d + (from + rem < e ? from + rem : e) / 24);
      rem -= avail;
    }
    // Later days start at 00:00.
    for (;;) {
      d++;
      const p = this.day(d);
      if (p.total === 0) continue;
      if (rem > p.total + SNAP_HOURS) {
        rem -= p.total; // the whole day is worked: skip it
        continue;
      }
      const iv = p.iv;
      for (let i = 0; i < iv.length; i += 4) {
        const s = iv[i]!;
        const e = iv[i + 1]!;
        const avail = e - s;
        if (rem <= avail + SNAP_HOURS) return atLeast(t, d + (s + rem < e ? s + rem : e) / 24);
        rem -= avail;
      }
      // Only reached when rounding leaves rem a hair above the day's intervals.
    }
  }

  /**
   * Working hours inside [a, b].
   *
   * @throws RangeError when a or b is not finite or a > b
   */
  workingHoursBetween(a: number, b: number): number {
    checkTime(a, "workingHoursBetween", "a");
    checkTime(b, "workingHoursBetween", "b");
    if (a > b) {
      throw new RangeError(`WorkingCalendar.workingHoursBetween: a = ${a} must be <= b = ${b}`);
    }
    const da = Math.floor(a);
    const db = Math.floor(b);
    if (da === db) return overlap(this.day(da), da, a, b);
    let sum = overlap(this.day(da), da, a, da + 1);
    for (let d = da + 1; d < db; d++) sum += this.day(d).total;
    return sum + overlap(this.day(db), db, db, b);
  }

  /**
   * Working hours on a day (0 on a closed day).
   *
   * @param day - integer day index (days since the start date)
   * @throws RangeError when `day` is not an integer
   */
  workingHoursPerDay(day: number): number {
    checkDay(day, "workingHoursPerDay");
    return this.day(day).total;
  }

  /**
   * Whether a day has any working time.
   *
   * @param day - integer day index (days since the start date)
   * @throws RangeError when `day` is not an integer
   */
  isWorkingDay(day: number): boolean {
    checkDay(day, "isWorkingDay");
    return this.day(day).total > 0;
  }

  /**
   * Calendar date and hour of day of time t. `weekday` is 0 = Monday … 6 = Sunday;
   * `hour` is the fractional hour of day in [0, 24) (floating point, so 9:30 may
   * read 9.4999999999).
   *
   * @throws RangeError when t is not finite
   */
  dateOf(t: number): { year: number; month: number; day: number; weekday: number; iso: string; hour: number } {
    checkTime(t, "dateOf", "t");
    const d = Math.floor(t);
    const days = this.startDays + d;
    const { year, month, day } = civilFromDays(days);
    return { year, month, day, weekday: weekdayOfDays(days), iso: formatIsoDate(days), hour: (t - d) * 24 };
  }

  /**
   * Time of a date at 00:00, in days since the start date (an integer, negative
   * before the start).
   *
   * @param iso - date YYYY-MM-DD
   * @throws RangeError when `iso` is not a valid date
   */
  timeOf(iso: string): number {
    const days = typeof iso === "string" ? parseIsoDate(iso) : undefined;
    if (days === undefined) {
      throw new RangeError(`WorkingCalendar.timeOf: iso = ${show(iso)} is not a valid date YYYY-MM-DD`);
    }
    return days - this.startDays;
  }

  /** Cached working pattern of day index d. */
  private day(d: number): DayPattern {
    if (d >= 0 && d < DENSE_DAYS) {
      const q = this.dense[d];
      if (q !== undefined) return q;
      const built = this.buildDay(d);
      while (this.dense.length < d) this.dense.push(undefined);
      this.dense[d] = built;
      return built;
    }
    let p = this.days.get(d);
    if (p === undefined) {
      p = this.buildDay(d);
      this.days.set(d, p);
    }
    return p;
  }

  private buildDay(d: number): DayPattern {
    const days = this.startDays + d;
    if (this.closed.has(days)) return CLOSED_DAY;
    if (this.useSwedishHolidays && !this.open.has(days) && this.holidaysOf(civilFromDays(days).year).has(days)) {
      return CLOSED_DAY;
    }
    return this.weekPatterns[weekdayOfDays(days)]!;
  }

  private holidaysOf(year: number): Set<number> {
    let set = this.holidayYears.get(year);
    if (set === undefined) {
      if (year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
        throw new RangeError(
          `WorkingCalendar: a time in year ${year} was asked for; Swedish holidays (holidays: "SE") are defined for ${FIRST_HOLIDAY_YEAR}..${LAST_HOLIDAY_YEAR}`,
        );
      }
      set = new Set(swedishHolidays(year).map((h) => parseIsoDate(h.date)!));
      this.holidayYears.set(year, set);
    }
    return set;
  }
}

/**
 * Working hours of day d (pattern p) inside the instants [a, b], both within day d
 * or at its ends. Interval bounds are compared as instants d + s/24, the same
 * numbers the other methods return, so a boundary counts exactly; partial
 * intervals are measured in hours of day as (t - d) * 24.
 */
function overlap(p: DayPattern, d: number, a: number, b: number): number {
  const iv = p.iv;
  let sum = 0;
  for (let i = 0; i < iv.length; i += 4) {
    const endT = d + iv[i + 3]!;
    if (a >= endT) continue;
    const startT = d + iv[i + 2]!;
    if (b <= startT) break;
    const lo = a > startT ? (a - d) * 24 : iv[i]!;
    const hi = b < endT ? (b - d) * 24 : iv[i + 1]!;
    if (hi > lo) sum += hi - lo;
  }
  return sum;
}

/** r, but never earlier than t (guards against rounding a hair below the start). */
function atLeast(t: number, r: number): number {
  return r > t ? r : t;
}

function checkTime(t: number, method: string, name: string): void {
  if (!Number.isFinite(t)) {
    throw new RangeError(`WorkingCalendar.${method}: ${name} = ${String(t)} must be a finite number (days since start)`);
  }
}

function checkDay(day: number, method: string): void {
  if (!Number.isInteger(day)) {
    throw new RangeError(`WorkingCalendar.${method}: day = ${String(day)} must be an integer day index`);
  }
}
