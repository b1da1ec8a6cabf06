/*
 * Results over time: calendar periods, per-period figures that add up to the
 * whole-window figures, and the payback rule.
 */
import { describe, expect, it } from "vitest";
import type { ExperimentResult } from "../../src/experiment/ExperimentResult";
import { payback, periodLabels, periodRows, toPeriodCSV } from "../../src/experiment/periodResults";
import { runReplications } from "../../src/experiment/runReplications";
import { simulateOffice } from "../../src/organisation/Office";
import { officeConfig } from "../../src/organisation/OfficeConfig";
import { calendarPeriods } from "../../src/organisation/PeriodRecorder";
import { teamUnit } from "../../src/organisation/UnitConfig";
// Registers the built-in models ("office", "mm1"), as importing caseflow from its root does.
import "../../src/models/builtinModels";

describe("calendar periods", () => {
  it("are calendar quarters and months clipped to the window", () => {
    // 2026-01-05 is day 0; 1 April 2026 is day 86, 1 July day 177
    expect(calendarPeriods("2026-01-05", "quarter", 28, 200)).toEqual([
      { label: "2026-Q1", start: 28, end: 86 },
      { label: "2026-Q2", start: 86, end: 177 },
      { label: "2026-Q3", start: 177, end: 200 },
    ]);
    const months = calendarPeriods("2026-01-05", "month", 0, 60);
    expect(months.map((m) => m.label)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(months[1]).toEqual({ label: "2026-02", start: 27, end: 55 });
  });
});

describe("per-period figures", () => {
  it("count the window's decisions, arrivals and leavers exactly once", () => {
    const cfg = officeConfig({ units: [teamUnit({ handlers: 12 })], world: { demand: { casesPerWeek: 80 } } });
    const run = simulateOffice(cfg, { seed: 5, horizonDays: 240, warmupDays: 30, periods: "month" });
    const p = run.periods!;
    expect(p.length).toBe(8); // February to September
    const sum = (f: (x: (typeof p)[number]) => number): number => p.reduce((a, x) => a + f(x), 0);
    expect(sum((x) => x.decided)).toBe(run.metrics.decided);
    expect(sum((x) => x.arrived)).toBe(run.metrics.arrived);
    // the decision-weighted mean of the periods' lead times is the window's
    expect(sum((x) => x.leadTimeDays.mean * x.decided) / run.metrics.decided).toBeCloseTo(run.metrics.leadTimeDays.mean, 9);
    // the time-weighted mean of the periods' backlog is the window's
    expect(sum((x) => x.backlogMean * (x.endDay - x.startDay)) / 210).toBeCloseTo(run.metrics.backlogMean, 6);
    expect(p[p.length - 1]!.backlogEnd).toBe(run.metrics.openEnd);
    // and asking for periods does not change the run
    const plain = simulateOffice(cfg, { seed: 5, horizonDays: 240, warmupDays: 30 });
    expect(plain.metrics).toEqual(run.metrics);
  });

  it("of the past do not depend on the horizon, except the cohort figures, which are censored at it", () => {
    // A month's figures are final when the month ends: running on longer must not change them
    // (a stream drawn ahead to the horizon, or a schedule built from it, would). Working year and a
    // dated change are on, so their draws are covered too. Only the cohort figures may differ: they
    // count the claims of the month decided by the horizon (cohortDecidedShare says how many were).
    const cfg = officeConfig({
      units: [teamUnit({ handlers: 10 })],
      world: { demand: { casesPerWeek: 70 } },
      workingYear: {},
      timeline: [{ change: "demand", at: 100, factor: 1.3, until: 130 }],
    });
    const short = simulateOffice(cfg, { seed: 8, horizonDays: 150, warmupDays: 28, periods: "month" });
    const long = simulateOffice(cfg, { seed: 8, horizonDays: 230, warmupDays: 28, periods: "month" });
    // months that ended before day 150 (the last, clipped month of the short run is not closed)
    const closed = short.periods!.filter((p) => long.periods!.some((q) => q.label === p.label && q.endDay === p.endDay));
    expect(closed.length).toBeGreaterThanOrEqual(3);
    let cohortDiffers = 0;
    for (const p of closed) {
      const q = long.periods!.find((x) => x.label === p.label)!;
      const { cohortLeadTimeDays, cohortDecidedShare, ...rest } = p;
      const { cohortLeadTimeDays: lc, cohortDecidedShare: ls, ...restLong } = q;
      expect(restLong, p.label).toEqual(rest);
      if (lc !== cohortLeadTimeDays || ls !== cohortDecidedShare) cohortDiffers += 1;
      expect(ls).toBeGreaterThanOrEqual(cohortDecidedShare);
    }
    // the last closed month's claims are not all decided by day 150: its cohort figures must move
    expect(cohortDiffers).toBeGreaterThan(0);
  });

  it("are tidy rows with intervals across replications", async () => {
    const scenario = {
      office: { units: [{ regime: "team", handlers: 10 }], world: { demand: { casesPerWeek: 60 } } },
      run: { horizonDays: 182, warmupDays: 28, periods: "quarter" },
    };
    const base = await runReplications("office", scenario, { replications: 3, rootSeed: 3, workers: 1 });
    expect(periodLabels(base)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
    const rows = periodRows(base).filter((r) => r.metric === "leadTimeDays.mean");
    expect(rows.map((r) => [r.period, r.startDay, r.endDay])).toEqual([
      ["2026-Q1", 28, 86],
      ["2026-Q2", 86, 177],
      ["2026-Q3", 177, 182],
    ]);
    for (const r of rows) expect(r.lower).toBeLessThan(r.upper);
    const csv = toPeriodCSV(base).split("\r\n");
    expect(csv[0]).toBe("period,startDay,endDay,metric,mean,lower,upper,n");
    expect(csv.some((line) => line.startsWith("2026-Q2,86,177,leadTimeDays.mean,"))).toBe(true);
  });
});

describe("payback", () => {
  // three replications, four quarters; lead time of base and variant per replication
  const result = (lead: number[][]): ExperimentResult<unknown> => {
    const labels = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"];
    const records = [0, 1, 2].map((i) => {
      const r: Record<string, number> = {};
      labels.forEach((l, q) => {
        r[`period.${l}.startDay`] = q * 91;
        r[`period.${l}.endDay`] = (q + 1) * 91;
        r[`period.${l}.leadTimeDays.mean`] = lead[q]![i]!;
      });
      return r;
    });
    const summary: ExperimentResult<unknown>["summary"] = {};
    for (const k of Object.keys(records[0]!)) {
      const v = records.map((r) => r[k]!);
      const mean = v.reduce((a, b) => a + b, 0) / 3;
      summary[k] = { mean, sd: 0, n: 3, halfWidth: 0, lower: mean, upper: mean, level: 0.95, excluded: 0 };
    }
    return { schemaVersion: 1, model: "office", scenario: {}, rootSeed: 1, replications: [0, 1, 2], records, summary };
  };
  const base = result([
    [10, 11, 12],
    [10, 11, 12],
    [10, 11, 12],
    [10, 11, 12],
  ]);

  it("is the first period from which the variant stays better (paired interval excludes 0)", () => {
    // worse in Q1 (the dip), better by 1 ± 0.1 from Q2 on
    const variant = result([
      [12, 13, 14],
      [9, 10.1, 10.9],
      [9.1, 9.9, 11],
      [9, 10, 11],
    ]);
    const p = payback(base, variant, { metric: "leadTimeDays.mean", after: 0, better: "lower" });
    expect(p.period).toBe("2026-Q2");
    expect(p.text).toBe("from 2026-Q2 (day 91)");
    expect(p.differences.map((d) => d.better)).toEqual([false, true, true, true]);
  });

  it("is not within the horizon when the last period is not better, even if earlier ones were", () => {
    const variant = result([
      [9, 10, 11],
      [9, 10, 11],
      [9, 10, 11],
      [10, 11, 12.5],
    ]);
    const p = payback(base, variant, { metric: "leadTimeDays.mean", after: 0, better: "lower" });
    expect(p.period).toBeNull();
    expect(p.text).toBe("not within the horizon");
    // periods before the change are not candidates
    expect(payback(base, variant, { metric: "leadTimeDays.mean", after: 100, better: "lower" }).differences.map((d) => d.period)).toEqual([
      "2026-Q3",
      "2026-Q4",
    ]);
  });

  it("refuses results that are not paired", () => {
    const other = { ...base, rootSeed: 2 };
    expect(() => payback(base, other, { metric: "leadTimeDays.mean", after: 0, better: "lower" })).toThrow(/same seed/);
  });
});
