/*
 * The scenario form of an office's working year (`office.workingYear`): annual
 * leave with the summer weeks, sick absence and parental leave. Left out (or
 * `{ "enabled": false }`), the office has no working year: everyone employed works
 * every working day; written as `{}`, it has the sourced defaults of WorkingYearConfig.
 */
import { z } from "zod";
import { defaultWorkingYear as W } from "../../organisation/WorkingYearConfig";
import { lazyObject, lazySchema } from "../../policies/lazySchema";

const MMDD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day of a non-leap year (0-based) of "MM-DD", or NaN. */
function dayOfYear(mmdd: string): number {
  if (!MMDD.test(mmdd)) return NaN;
  const [m, d] = mmdd.split("-").map(Number) as [number, number];
  if (d > (DAYS_IN_MONTH[m - 1] as number)) return NaN;
  return DAYS_IN_MONTH.slice(0, m - 1).reduce((a, b) => a + b, 0) + d - 1;
}

const monthDay = (d: string, what: string) =>
  z
    .string()
    .refine((s) => !Number.isNaN(dayOfYear(s)), { message: 'a day of the year written "MM-DD" (e.g. "06-20"; 29 February is not allowed)' })
    .default(d)
    .describe(what);

const spells = (d: { share: number; meanDays: number; cv: number }, what: string) =>
  z
    .strictObject({
      share: z
        .number()
        .min(0)
        .max(0.5)
        .default(d.share)
        .describe(`share of staff time away on ${what} (0 to 0.5: beyond half the staff away it is not an office that works)`),
      meanDays: z.number().gt(0).max(730).default(d.meanDays).describe(`mean length of a spell of ${what}, calendar days (at most 730: two years)`),
      cv: z.number().min(0).max(10).default(d.cv).describe(`coefficient of variation of the spell length (lognormal; at most 10)`),
    })
    .prefault({});

function buildWorkingYearSchema() {
  const leave = z
    .strictObject({
      days: z
        .number()
        .min(0)
        .max(60)
        .default(W.leave.days)
        .describe("days of annual leave a year, working days (0 to 60: Semesterlagen gives 25, state agreements up to 35)"),
      summerWeeks: z
        .number()
        .min(0)
        .max(8)
        .default(W.leave.summerWeeks)
        .describe("weeks taken together in the summer window, part of days (0 to 8; Semesterlagen 12 §: at least 4 in June–August)"),
      summerShare: z
        .number()
        .min(0)
        .max(1)
        .default(W.leave.summerShare)
        .describe("share of staff who take their summer weeks in the window; the others take them at another time of year"),
      summerFrom: monthDay(W.leave.summerFrom, "first day of the summer window"),
      summerUntil: monthDay(W.leave.summerUntil, "last day of the summer window"),
    })
    .superRefine((l, ctx) => {
      if (5 * l.summerWeeks > l.days) {
        ctx.addIssue({
          code: "custom",
          path: ["summerWeeks"],
          message: `a number of weeks ≤ days / 5 (${l.days / 5}): the summer weeks are part of the annual leave`,
          input: l.summerWeeks,
        });
      }
      const from = dayOfYear(l.summerFrom);
      const until = dayOfYear(l.summerUntil);
      if (!Number.isNaN(from) && !Number.isNaN(until) && until - from + 1 < 7 * l.summerWeeks + 6) {
        ctx.addIssue({
          code: "custom",
          path: ["summerUntil"],
          message: `a day at least ${7 * l.summerWeeks + 6} days after summerFrom (${l.summerFrom}), inclusive, so that ${l.summerWeeks} weeks starting on a Monday fit in the window`,
          input: l.summerUntil,
        });
      }
    })
    .prefault({});
  return z
    .strictObject({
      enabled: z.boolean().default(true).describe("false switches the working year off, as leaving it out does: everyone employed works every working day"),
      leave,
      sickness: spells(W.sickness, "sick leave"),
      parentalLeave: spells(W.parentalLeave, "parental leave"),
    })
    .superRefine((w, ctx) => {
      const inRange = (x: number): boolean => x >= 0 && x <= 0.5;
      // (zod runs this check also when a share is out of range by itself: that error is enough)
      if (inRange(w.sickness.share) && inRange(w.parentalLeave.share) && w.sickness.share + w.parentalLeave.share > 0.5) {
        ctx.addIssue({
          code: "custom",
          path: ["parentalLeave", "share"],
          message: `a share ≤ ${Math.round((0.5 - w.sickness.share) * 1e6) / 1e6}, so that sickness.share + parentalLeave.share ≤ 0.5`,
          input: w.parentalLeave.share,
        });
      }
    })
    .optional()
    .describe(
      "leave, sick absence and parental leave of the staff; {} gives the sourced defaults (each part can be overridden); left out, everyone employed works every working day",
    );
}

/** The schema of {@link workingYearSchema} itself, built on the first call (the scenario schema is made of it). */
export const getWorkingYearSchema = lazySchema(buildWorkingYearSchema);

/** The working year of an office file. */
export const workingYearSchema = lazyObject(() => getWorkingYearSchema());
