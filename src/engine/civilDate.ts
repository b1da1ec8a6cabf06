/*
 * Civil-date arithmetic on whole day numbers in the proleptic Gregorian calendar.
 * A day number counts days since 1970-01-01 (day 0), so dates convert to plain
 * integers and back without the Date object, the host time zone or daylight saving.
 * The conversions follow Howard Hinnant's public-domain "days_from_civil" algorithms.
 */

/** A calendar date split into parts; `month` is 1–12 and `day` is 1–31. */
export interface CivilDate {
  /** Full year, for example 2026. */
  readonly year: number;
  /** Month of the year, 1 = January … 12 = December. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
}

/**
 * Day number (days since 1970-01-01) of a Gregorian date. The arguments are not
 * checked; pass a real date (see {@link parseIsoDate} for a checked path).
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // year of era, 0..399
  const mp = (month + 9) % 12; // March = 0 … February = 11
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1; // day of year from 1 March
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Gregorian date of a day number (days since 1970-01-01); the inverse of {@link daysFromCivil}. */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // 0..146096
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Weekday of a day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDays(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** Number of days in a month of a Gregorian year (leap years included). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO text `YYYY-MM-DD` of a day number; years are written with four digits (0000–9999). */
export function formatIsoDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day number of an ISO date `YYYY-MM-DD`, or `undefined` when the text is not
 * exactly that shape or names no real date (e.g. `2026-02-30`).
 */
export function parseIsoDate(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}
