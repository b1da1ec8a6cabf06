/*
 * Tests of the working calendar: Easter dates, the Swedish holiday list, hand-checked
 * weeks (Easter, midsummer, weekends, lunch), an independent minute-by-minute oracle,
 * randomised consistency checks with a fixed-seed generator, and option validation.
 * Floating-point comparisons use 1e-9 hours (or 1e-12 days): the arithmetic is a
 * handful of additions on numbers below 1e4, whose rounding error is around 1e-12.
 */

import { describe, expect, it } from "vitest";
import { easterSunday } from "../../src/engine/easterSunday";
import { swedishHolidays } from "../../src/engine/swedishHolidays";
import type { Holiday } from "../../src/engine/swedishHolidays";
import { WorkingCalendar } from "../../src/engine/WorkingCalendar";

/** Fixed-seed 32-bit LCG (Numerical Recipes constants), uniform in [0, 1). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const MS_PER_DAY = 86_400_000;

describe("easterSunday", () => {
  it("gives known Easter dates", () => {
    expect(easterSunday(2024)).toEqual({ month: 3, day: 31 });
    expect(easterSunday(2025)).toEqual({ month: 4, day: 20 });
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ month: 3, day: 28 });
    expect(easterSunday(2038)).toEqual({ month: 4, day: 25 }); // latest possible date
    expect(easterSunday(2285)).toEqual({ month: 3, day: 22 }); // earliest possible date
  });

  it("is always a Sunday between 22 March and 25 April (1583..9999)", () => {
    const bad: number[] = [];
    for (let y = 1583; y <= 9999; y++) {
      const { month, day } = easterSunday(y);
      const date = new Date(Date.UTC(2000, month - 1, day));
      date.setUTCFullYear(y);
      const key = month * 100 + day;
      if (date.getUTCDay() !== 0 || key < 322 || key > 425) bad.push(y);
    }
    expect(bad).toEqual([]);
  });

  it("rejects years outside 1583..9999", () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(10000)).toThrow(/year/);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe("swedishHolidays", () => {
  it("pins the full 2026 list", () => {
    const expected: Holiday[] = [
      { date: "2026-01-01", name: "nyårsdagen", kind: "public" },
      { date: "2026-01-06", name: "trettondedag jul", kind: "public" },
      { date: "2026-04-03", name: "långfredagen", kind: "public" },
      { date: "2026-04-05", name: "påskdagen", kind: "public" },
      { date: "2026-04-06", name: "annandag påsk", kind: "public" },
      { date: "2026-05-01", name: "första maj", kind: "public" },
      { date: "2026-05-14", name: "Kristi himmelsfärdsdag", kind: "public" },
      { date: "2026-05-24", name: "pingstdagen", kind: "public" },
      { date: "2026-06-06", name: "nationaldagen", kind: "public" },
      { date: "2026-06-19", name: "midsommarafton", kind: "de facto" },
      { date: "2026-06-20", name: "midsommardagen", kind: "public" },
      { date: "2026-10-31", name: "alla helgons dag", kind: "public" },
      { date: "2026-12-24", name: "julafton", kind: "de facto" },
      { date: "2026-12-25", name: "juldagen", kind: "public" },
      { date: "2026-12-26", name: "annandag jul", kind: "public" },
      { date: "2026-12-31", name: "nyårsafton", kind: "de facto" },
    ];
    expect(swedishHolidays(2026)).toEqual(expected);
  });

  it("puts midsommar 2027 on 25/26 June and alla helgons dag on 6 November", () => {
    const byName = new Map(swedishHolidays(2027).map((h) => [h.name, h.date]));
    expect(byName.get("midsommarafton")).toBe("2027-06-25");
    expect(byName.get("midsommardagen")).toBe("2027-06-26");
    expect(byName.get("alla helgons dag")).toBe("2027-11-06");
    expect(byName.get("långfredagen")).toBe("2027-03-26");
  });

  it("keeps both entries when two holidays share a date (2008-05-01)", () => {
    const may1 = swedishHolidays(2008).filter((h) => h.date === "2008-05-01");
    expect(may1.map((h) => h.name)).toEqual(["första maj", "Kristi himmelsfärdsdag"]);
  });

  it("always has 16 sorted entries with the movable days on the right weekdays", () => {
    const bad: string[] = [];
    const expectedWeekday: ReadonlyArray<readonly [string, number]> = [
      ["midsommardagen", 6], // 0 = Sunday … 6 = Saturday (Date.getUTCDay)
      ["midsommarafton", 5],
      ["alla helgons dag", 6],
      ["långfredagen", 5],
      ["Kristi himmelsfärdsdag", 4],
      ["pingstdagen", 0],
    ];
    for (let y = 1583; y <= 9999; y += 3) {
      const list = swedishHolidays(y);
      if (list.length !== 16) bad.push(`${y}: ${list.length} entries`);
      for (let i = 1; i < list.length; i++) {
        if (list[i - 1]!.date > list[i]!.date) bad.push(`${y}: unsorted at ${i}`);
      }
      for (const [name, wd] of expectedWeekday) {
        const iso = list.find((h) => h.name === name)!.date;
        const date = new Date(Date.UTC(2000, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
        date.setUTCFullYear(Number(iso.slice(0, 4)));
        if (date.getUTCDay() !== wd) bad.push(`${y}: ${name} ${iso}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("rejects years outside 1583..9999", () => {
    expect(() => swedishHolidays(1500)).toThrow(/year = 1500/);
  });
});

describe("WorkingCalendar: hand-checked weeks", () => {
  it("Easter week 2026: Mon–Thu work 30 h, Good Friday and Easter Monday closed", () => {
    const cal = new WorkingCalendar({ start: "2026-03-30" }); // Monday
    expect(cal.dateOf(0)).toEqual({ year: 2026, month: 3, day: 30, weekday: 0, iso: "2026-03-30", hour: 0 });
    expect(cal.workingHoursBetween(0, 4)).toBe(30); // 4 × 7.5
    expect(cal.workingHoursBetween(0, 8)).toBe(30); // nothing Fri Apr 3 … Mon Apr 6
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((d) => cal.isWorkingDay(d))).toEqual([true, true, true, true, false, false, false, false, true]);
    expect(cal.workingHoursPerDay(3)).toBe(7.5);
    expect(cal.workingHoursPerDay(4)).toBe(0);
    expect(cal.timeOf("2026-04-03")).toBe(4);
    expect(cal.timeOf("2026-04-06")).toBe(7);

    // Thu Apr 2 15:00 + 3 h: 1.5 h until 16:30, then 8:00–9:30 on Tue Apr 7.
    const thu1500 = 3 + 15 / 24;
    const end = cal.addWorkingTime(thu1500, 3);
    expect(end).toBe(8 + 9.5 / 24);
    expect(end).toBe(cal.timeOf("2026-04-07") + 9.5 / 24);
    const date = cal.dateOf(end);
    expect(date.iso).toBe("2026-04-07");
    expect(date.weekday).toBe(1);
    expect(Math.abs(date.hour - 9.5)).toBeLessThan(1e-9);
    // end - 8 is 9.5/24 rounded once at magnitude 8, so within 24 * 2e-15 h of 9.5 h.
    expect(Math.abs(cal.workingHoursBetween(thu1500, end) - 3)).toBeLessThan(1e-12);
  });

  it("midsommar week 2026: Friday 19 June is closed", () => {
    const cal = new WorkingCalendar({ start: "2026-06-15" }); // Monday
    expect(cal.isWorkingDay(4)).toBe(false);
    expect(cal.dateOf(4).iso).toBe("2026-06-19");
    expect(cal.workingHoursBetween(0, 7)).toBe(30);
    // Thu 18 June 15:45 + 1 h: 0.75 h that day, then Mon 22 June 8:00–8:15.
    expect(cal.addWorkingTime(3 + 15.75 / 24, 1)).toBe(7 + 8.25 / 24);
    const none = new WorkingCalendar({ start: "2026-06-15", holidays: "none" });
    expect(none.isWorkingDay(4)).toBe(true);
    expect(none.workingHoursBetween(0, 7)).toBe(37.5);
  });

  it("a Saturday start adds from Monday 08:00; zero hours do not move t", () => {
    const cal = new WorkingCalendar({ start: "2026-03-28" }); // Saturday
    expect(cal.dateOf(0).weekday).toBe(5);
    expect(cal.isWorkingTime(0.5)).toBe(false);
    expect(cal.nextWorkingInstant(0)).toBe(2 + 8 / 24);
    expect(cal.nextWorkingInstant(1.99)).toBe(2 + 8 / 24);
    expect(cal.addWorkingTime(0, 1)).toBe(2 + 9 / 24);
    expect(cal.addWorkingTime(0.3, 7.5)).toBe(2 + 16.5 / 24); // ends at Monday's close, not Tuesday
    expect(cal.addWorkingTime(0.3, 0)).toBe(0.3);
    expect(cal.addWorkingTime(1.75, 0)).toBe(1.75);
  });

  it("respects the lunch gap", () => {
    const cal = new WorkingCalendar({ start: "2026-03-02" }); // Monday
    expect(cal.isWorkingTime(11.99 / 24)).toBe(true);
    expect(cal.isWorkingTime(12 / 24)).toBe(false); // intervals are half-open
    expect(cal.isWorkingTime(12.5 / 24)).toBe(false);
    expect(cal.isWorkingTime(13 / 24)).toBe(true);
    expect(cal.isWorkingTime(16.5 / 24)).toBe(false);
    expect(cal.isWorkingTime(7.99 / 24)).toBe(false);
    expect(cal.nextWorkingInstant(12.5 / 24)).toBe(13 / 24);
    expect(cal.nextWorkingInstant(10 / 24)).toBe(10 / 24);
    // 11:00 + 2 h: 11–12, lunch, 13–14.
    expect(cal.addWorkingTime(11 / 24, 2)).toBe(14 / 24);
    // Work that ends exactly at 12:00 stops there, not at 13:00.
    expect(cal.addWorkingTime(11 / 24, 1)).toBe(12 / 24);
    expect(cal.addWorkingTime(12.25 / 24, 0.5)).toBe(13.5 / 24);
    expect(cal.workingHoursBetween(0, 1)).toBe(7.5);
    expect(cal.workingHoursBetween(11.5 / 24, 13.5 / 24)).toBe(1);
  });

  it("1000 h from Monday 08:00 without holidays ends on day 185 at 10:30", () => {
    // 1000 h = 133 full days of 7.5 h (997.5 h) + 2.5 h. 133 working days are
    // 26 weeks + Mon–Wed, so the 134th working day is Thursday, day index 185.
    const cal = new WorkingCalendar({ start: "2026-01-05", holidays: "none" }); // Monday
    const t = 8 / 24;
    const end = cal.addWorkingTime(t, 1000);
    expect(Math.abs(end - (185 + 10.5 / 24))).toBeLessThan(1e-12);
    expect(cal.dateOf(end).weekday).toBe(3);
    expect(Math.abs(cal.workingHoursBetween(t, end) - 1000)).toBeLessThan(1e-9);
  });

  it("1000 h with Swedish holidays is the inverse of workingHoursBetween", () => {
    const cal = new WorkingCalendar({ start: "2026-01-01" });
    for (const t of [0, 0.3, 4 + 9 / 24, 100.7, 355.5]) {
      const end = cal.addWorkingTime(t, 1000);
      expect(Math.abs(cal.workingHoursBetween(t, end) - 1000)).toBeLessThan(1e-9);
      // Just before the end, 1e-4 days (0.0024 h) of work are still missing.
      expect(Math.abs(cal.workingHoursBetween(t, end - 1e-4) - (1000 - 0.0024))).toBeLessThan(1e-9);
    }
    // Holidays make it later than the holiday-free calendar.
    const none = new WorkingCalendar({ start: "2026-01-01", holidays: "none" });
    expect(cal.addWorkingTime(0, 1000)).toBeGreaterThan(none.addWorkingTime(0, 1000));
  });

  it("closed and open dates override the holiday list", () => {
    const cal = new WorkingCalendar({
      start: "2026-03-30",
      closed: ["2026-04-01"],
      open: ["2026-04-03", "2026-04-05"],
    });
    expect(cal.isWorkingDay(2)).toBe(false); // Wed Apr 1 closed
    expect(cal.workingHoursPerDay(4)).toBe(7.5); // Good Friday kept open
    expect(cal.workingHoursPerDay(6)).toBe(0); // an open Sunday still has no Sunday hours
    expect(cal.workingHoursBetween(0, 8)).toBe(30);
  });

  it("custom hours: a 24/7 calendar maps hours to days linearly", () => {
    const all = Array.from({ length: 7 }, () => [[0, 24]] as const);
    const cal = new WorkingCalendar({ start: "2026-01-01", hours: all, holidays: "none" });
    expect(cal.addWorkingTime(0.25, 36)).toBe(1.75);
    expect(cal.addWorkingTime(0, 24)).toBe(1);
    expect(cal.workingHoursBetween(0.5, 10.5)).toBe(240);
    expect(cal.nextWorkingInstant(3)).toBe(3);
  });

  it("custom hours: a Saturday-only shift", () => {
    const hours = [[], [], [], [], [], [[10, 14]], []] as const;
    const cal = new WorkingCalendar({ start: "2026-03-30", hours, holidays: "none" }); // Monday
    expect(cal.nextWorkingInstant(0)).toBe(5 + 10 / 24);
    expect(cal.addWorkingTime(0, 6)).toBe(12 + 12 / 24); // 4 h on Sat Apr 4, 2 h on Sat Apr 11
  });
});

describe("WorkingCalendar: dates", () => {
  it("dateOf and timeOf agree with Date.UTC over 11 000 days, whatever the host time zone", () => {
    const cal = new WorkingCalendar({ start: "2026-01-01" });
    const base = Date.UTC(2026, 0, 1);
    const bad: string[] = [];
    for (let d = -4000; d < 7000; d++) {
      const js = new Date(base + d * MS_PER_DAY);
      const iso = js.toISOString().slice(0, 10);
      const got = cal.dateOf(d + 0.75);
      const want = {
        year: js.getUTCFullYear(),
        month: js.getUTCMonth() + 1,
        day: js.getUTCDate(),
        weekday: (js.getUTCDay() + 6) % 7,
        iso,
        hour: 18,
      };
      if (JSON.stringify(got) !== JSON.stringify(want) || cal.timeOf(iso) !== d) bad.push(`${d}: ${got.iso}`);
    }
    expect(bad).toEqual([]);
    expect(cal.timeOf("2028-02-29")).toBe(789);
    expect(cal.timeOf("2025-12-31")).toBe(-1);
  });
});

/**
 * Independent oracle for the default hours (8:00–12:00, 13:00–16:30 Mon–Fri): a
 * minute is working when its day is a weekday (by Date.UTC) not in the holiday
 * list and its minute of day is in one of the intervals.
 */
function oracleWorkingMinutes(startUtc: number, closedIso: Set<string>, days: number): Uint8Array {
  const working = new Uint8Array(days * 1440);
  for (let d = 0; d < days; d++) {
    const js = new Date(startUtc + d * MS_PER_DAY);
    const wd = js.getUTCDay();
    if (wd === 0 || wd === 6 || closedIso.has(js.toISOString().slice(0, 10))) continue;
    working.fill(1, d * 1440 + 480, d * 1440 + 720);
    working.fill(1, d * 1440 + 780, d * 1440 + 990);
  }
  return working;
}

describe("WorkingCalendar: minute-by-minute oracle", () => {
  it("matches the oracle on 2000 random (start, hours) pairs over spring 2026", () => {
    const startUtc = Date.UTC(2026, 2, 16); // Monday 16 March 2026
    const closedIso = new Set(swedishHolidays(2026).map((h) => h.date));
    const working = oracleWorkingMinutes(startUtc, closedIso, 120);
    const cal = new WorkingCalendar({ start: "2026-03-16" });
    const rng = lcg(20260316);
    const bad: string[] = [];
    for (let k = 0; k < 2000; k++) {
      const m0 = Math.floor(rng() * 90 * 1440); // start minute within 90 days
      const work = Math.floor(rng() * 40 * 60); // up to 40 h, whole minutes
      let m = m0;
      let done = 0;
      while (done < work) {
        done += working[m]!;
        m++;
      }
      const got = cal.addWorkingTime(m0 / 1440, work / 60);
      // Tolerance 1e-12 days (≈ 0.1 µs): exact up to rounding of t = m/1440.
      if (Math.abs(got - m / 1440) >= 1e-12) bad.push(`add(${m0}/1440, ${work}/60) = ${got * 1440} min, want ${m}`);
      const mid = (m0 + 0.5) / 1440;
      if (cal.isWorkingTime(mid) !== (working[m0] === 1)) bad.push(`isWorkingTime at minute ${m0}`);
      // Working minutes in [m0, m0 + 2000 min] must match the oracle's count.
      let count = 0;
      for (let j = m0; j < m0 + 2000; j++) count += working[j]!;
      const between = cal.workingHoursBetween(m0 / 1440, (m0 + 2000) / 1440);
      if (Math.abs(between - count / 60) >= 1e-9) bad.push(`between from minute ${m0}: ${between * 60} min, want ${count}`);
    }
    expect(bad).toEqual([]);
  });
});

describe("WorkingCalendar: randomised consistency", () => {
  it("addWorkingTime inverts workingHoursBetween and is monotone in hours (20 000 pairs)", () => {
    const cal = new WorkingCalendar({ start: "2026-01-01" });
    const rng = lcg(12345);
    const bad: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      const day = Math.floor(rng() * 800) - 10;
      // A quarter of the starts sit exactly on interval boundaries.
      const t = rng() < 0.25 ? day + [8, 12, 13, 16.5][Math.floor(rng() * 4)]! / 24 : day + rng();
      const h = rng() < 0.05 ? 0 : rng() * 300;
      const where = `t = ${t}, h = ${h}`;
      const end = cal.addWorkingTime(t, h);
      if (!(end >= t)) bad.push(`${where}: end ${end} < t`);
      // 1e-9 h: rounding of sums of at most a few hundred day totals below 1e4.
      if (!(Math.abs(cal.workingHoursBetween(t, end) - h) < 1e-9)) bad.push(`${where}: between != h`);
      if (!(cal.addWorkingTime(t, h + rng() * 5) >= end)) bad.push(`${where}: not monotone (+5)`);
      if (!(cal.addWorkingTime(t, h + 1e-7) >= end)) bad.push(`${where}: not monotone (+1e-7)`);
      const next = cal.nextWorkingInstant(t);
      if (!(next >= t) || !cal.isWorkingTime(next) || cal.workingHoursBetween(t, next) !== 0) {
        bad.push(`${where}: nextWorkingInstant ${next}`);
      }
      // Work begins at the next working instant.
      if (h > 0 && cal.addWorkingTime(next, h) !== end) bad.push(`${where}: start at next differs`);
      // Working time is additive: h1 then h2 ends where h1 + h2 does.
      const h1 = h * rng();
      const split = cal.addWorkingTime(cal.addWorkingTime(t, h1), h - h1);
      if (!(Math.abs(cal.workingHoursBetween(end < split ? end : split, end < split ? split : end)) < 1e-9)) {
        bad.push(`${where}: split at ${h1} ends elsewhere`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("WorkingCalendar: validation", () => {
  it("rejects bad options, naming the field", () => {
    const week = (day2: ReadonlyArray<readonly [number, number]>) => [[[8, 16]], [[8, 16]], day2, [[8, 16]], [[8, 16]], [], []] as const;
    expect(() => new WorkingCalendar({ start: "2026-02-30" })).toThrow(/start = "2026-02-30"/);
    expect(() => new WorkingCalendar({ start: "26-01-01" })).toThrow(RangeError);
    expect(() => new WorkingCalendar({ start: 20260101 as unknown as string })).toThrow(TypeError);
    expect(() => new WorkingCalendar({ start: "2026-01-01", hours: week([[13, 12]]) })).toThrow(/hours\[2\]\[0\]/);
    expect(() => new WorkingCalendar({ start: "2026-01-01", hours: week([[-1, 12]]) })).toThrow(/hours\[2\]\[0\]/);
    expect(() => new WorkingCalendar({ start: "2026-01-01", hours: week([[8, 25]]) })).toThrow(/hours\[2\]\[0\]/);
    expect(() => new WorkingCalendar({ start: "2026-01-01", hours: week([[8, NaN]]) })).toThrow(/hours\[2\]\[0\]/);
    expect(
      () =>
        new WorkingCalendar({
          start: "2026-01-01",
          hours: week([
            [8, 12],
            [11, 14],
          ]),
        }),
    ).toThrow(/hours\[2\]\[1\].*non-overlapping/);
    expect(
      () =>
        new WorkingCalendar({
          start: "2026-01-01",
          hours: week([
            [13, 16],
            [8, 12],
          ]),
        }),
    ).toThrow(/hours\[2\]\[1\]/);
    expect(() => new WorkingCalendar({ start: "2026-01-01", hours: [[[8, 16]]] })).toThrow(/hours has 1 entries/);
    expect(() => new WorkingCalendar({ start: "2026-01-01", hours: [[], [], [], [], [], [], []] })).toThrow(/hours has no working time/);
    expect(() => new WorkingCalendar({ start: "2026-01-01", holidays: "DE" as unknown as "SE" })).toThrow(/holidays = "DE"/);
    expect(() => new WorkingCalendar({ start: "2026-01-01", closed: ["2026-13-01"] })).toThrow(/closed\[0\]/);
    expect(() => new WorkingCalendar({ start: "2026-01-01", open: ["2026-01-01", "x"] })).toThrow(/open\[1\]/);
    expect(() => new WorkingCalendar({ start: "2026-01-01", closed: ["2026-05-05"], open: ["2026-05-05"] })).toThrow(/2026-05-05.*both open and closed/);
    // Touching intervals are allowed.
    expect(
      new WorkingCalendar({
        start: "2026-01-01",
        hours: week([
          [8, 12],
          [12, 16],
        ]),
        holidays: "none",
      }).workingHoursPerDay(6),
    ).toBe(8); // day 6 = Wed 7 Jan 2026 (weekday 2): 4 h + 4 h
  });

  it("rejects bad method arguments", () => {
    const cal = new WorkingCalendar({ start: "2026-01-01" });
    expect(() => cal.addWorkingTime(0, -1)).toThrow(/hours = -1/);
    expect(() => cal.addWorkingTime(0, Infinity)).toThrow(RangeError);
    expect(() => cal.addWorkingTime(NaN, 1)).toThrow(/t = NaN/);
    expect(() => cal.workingHoursBetween(2, 1)).toThrow(/a = 2 must be <= b = 1/);
    expect(() => cal.workingHoursPerDay(1.5)).toThrow(/day = 1.5/);
    expect(() => cal.isWorkingDay(NaN)).toThrow(RangeError);
    expect(() => cal.isWorkingTime(Infinity)).toThrow(RangeError);
    expect(() => cal.timeOf("2026-02-29")).toThrow(/iso = "2026-02-29"/);
  });

  it("names the year when a time falls outside the holiday range", () => {
    const cal = new WorkingCalendar({ start: "9999-12-30" });
    expect(() => cal.addWorkingTime(0, 100)).toThrow(/year 10000/);
  });
});
