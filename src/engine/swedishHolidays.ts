/*
 * Swedish public holidays of one year, plus the three eves on which state offices
 * are closed in practice. The public holidays follow Lag (1989:253) om allmänna
 * helgdagar in the wording in force since 2005 (SFS 2004:1320 made 6 June a holiday
 * and dropped Whit Monday); the same rules are applied to every year, so earlier
 * years are not historically exact. Sundays, which the law also lists, are left out
 * because a working week already closes them.
 */

import { daysFromCivil, formatIsoDate, weekdayOfDays } from "./civilDate";
import { easterSunday } from "./easterSunday";

/** One non-working day of a holiday list. */
export interface Holiday {
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** Swedish name, for example `"midsommardagen"`. */
  name: string;
  /**
   * `"public"` for a holiday under Lag (1989:253) om allmänna helgdagar;
   * `"de facto"` for an eve that is not a holiday in law but is a non-working day
   * for state employees under their collective agreements (Arbetsgivarverket's
   * villkorsavtal treat midsommarafton, julafton and nyårsafton like holidays).
   */
  kind: "public" | "de facto";
}

const SATURDAY = 5; // weekday index with 0 = Monday

/** Day number of the Saturday in the seven days starting at `first`. */
function saturdayFrom(first: number): number {
  return first + ((SATURDAY - weekdayOfDays(first) + 7) % 7);
}

/**
 * Swedish holidays of a year, sorted by date (days with two holidays, such as
 * 2008-05-01 with första maj and Kristi himmelsfärdsdag, keep both entries in the
 * law's order).
 *
 * Public (Lag (1989:253) om allmänna helgdagar, 1 §): nyårsdagen (1 Jan),
 * trettondedag jul (6 Jan), långfredagen (Friday before Easter), påskdagen,
 * annandag påsk (Easter Monday), första maj, Kristi himmelsfärdsdag (Easter + 39
 * days), pingstdagen (Easter + 49 days), nationaldagen (6 Jun), midsommardagen (the
 * Saturday in 20–26 Jun), alla helgons dag (the Saturday in 31 Oct–6 Nov), juldagen
 * (25 Dec), annandag jul (26 Dec).
 *
 * De facto non-working days for state employees: midsommarafton (the Friday in
 * 19–25 Jun), julafton (24 Dec), nyårsafton (31 Dec).
 *
 * @param year - integer year in 1583..9999 (the range where {@link easterSunday} is exact)
 * @throws RangeError when `year` is outside that range or not an integer
 */
export function swedishHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`swedishHolidays: year = ${String(year)} must be an integer in 1583..9999`);
  }
  const e = easterSunday(year);
  const easter = daysFromCivil(year, e.month, e.day);
  const midsummerDay = saturdayFrom(daysFromCivil(year, 6, 20));
  const allSaints = saturdayFrom(daysFromCivil(year, 10, 31));

  const list: Array<[number, string, Holiday["kind"]]> = [
    [daysFromCivil(year, 1, 1), "nyårsdagen", "public"],
    [daysFromCivil(year, 1, 6), "trettondedag jul", "public"],
    [daysFromCivil(year, 5, 1), "första maj", "public"],
    [daysFromCivil(year, 6, 6), "nationaldagen", "public"],
    [daysFromCivil(year, 12, 25), "juldagen", "public"],
    [daysFromCivil(year, 12, 26), "annandag jul", "public"],
    [easter - 2, "långfredagen", "public"],
    [easter, "påskdagen", "public"],
    [easter + 1, "annandag påsk", "public"],
    [easter + 39, "Kristi himmelsfärdsdag", "public"],
    [easter + 49, "pingstdagen", "public"],
    [midsummerDay, "midsommardagen", "public"],
    [allSaints, "alla helgons dag", "public"],
    [midsummerDay - 1, "midsommarafton", "de facto"],
    [daysFromCivil(year, 12, 24), "julafton", "de facto"],
    [daysFromCivil(year, 12, 31), "nyårsafton", "de facto"],
  ];
  // Array.prototype.sort is stable, so same-day entries keep the order above.
  list.sort((x, y) => x[0] - y[0]);
  return list.map(([days, name, kind]) => ({ date: formatIsoDate(days), name, kind }));
}
