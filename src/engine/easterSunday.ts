/*
 * Date of Easter Sunday in the Gregorian calendar. It uses the anonymous
 * Gregorian algorithm (Meeus/Jones/Butcher), which is exact for every year from
 * 1583, the first full year of the Gregorian calendar, up to 9999.
 */

/**
 * Month (3 = March, 4 = April) and day of Easter Sunday in a Gregorian year.
 *
 * @param year - integer year in 1583..9999
 * @throws RangeError when `year` is not an integer in 1583..9999
 */
export function easterSunday(year: number): { month: number; day: number } {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`easterSunday: year = ${String(year)} must be an integer in 1583..9999`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { month: Math.floor(n / 31), day: (n % 31) + 1 };
}
