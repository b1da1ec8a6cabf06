/*
 * Changes over time as properties of mechanisms, each a paired comparison on
 * common random numbers (same seed and replication indices) that must exceed 3
 * standard errors in the stated direction. Offices are small and runs short to
 * keep the suite quick.
 */
import { describe, expect, it } from "vitest";
import { recoveryTime } from "../../src/experiment/recoveryTime";
import { runReplications } from "../../src/experiment/runReplications";
import { officeConfig } from "../../src/organisation/OfficeConfig";
import { teamUnit } from "../../src/organisation/UnitConfig";
import { simulateOffice } from "../../src/organisation/Office";

/** Paired t statistic of differences. */
function tStat(d: number[]): number {
  const n = d.length;
  const mean = d.reduce((a, x) => a + x, 0) / n;
  const sd = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  return mean / (sd / Math.sqrt(n));
}

describe("a demand surge", () => {
  // +30% new claims for 8 weeks from day 84 (30 March 2026) to day 140
  const surge = { change: "demand" as const, at: 84, until: 140, factor: 1.3 };
  const base = officeConfig({ units: [teamUnit({ handlers: 16 })], world: { demand: { casesPerWeek: 105 } } });
  const surged = officeConfig({ units: [teamUnit({ handlers: 16 })], world: { demand: { casesPerWeek: 105 } }, timeline: [surge] });
  const R = { replications: 6, horizonDays: 224, warmupDays: 28 };

  it("raises the backlog and failure demand while it lasts (paired, > 3 SE)", () => {
    const months = ["2026-04", "2026-05", "2026-06"]; // the surge and the month after it
    const d = { backlog: [] as number[], failure: [] as number[] };
    for (let r = 0; r < 8; r++) {
      const opts = { seed: 11, replication: r, horizonDays: 224, warmupDays: 28, periods: "month" as const };
      const figures = (cfg: typeof base) => simulateOffice(cfg, opts).periods!.filter((p) => months.includes(p.label));
      const b = figures(base);
      const v = figures(surged);
      d.backlog.push(v.reduce((a, p) => a + p.backlogMean, 0) - b.reduce((a, p) => a + p.backlogMean, 0));
      d.failure.push(v.reduce((a, p) => a + p.failureContactsPerWeek, 0) - b.reduce((a, p) => a + p.failureContactsPerWeek, 0));
    }
    expect(tStat(d.backlog), JSON.stringify(d)).toBeGreaterThan(3);
    expect(tStat(d.failure), JSON.stringify(d)).toBeGreaterThan(3);
  });

  it("is followed by a recovery time that the results report", async () => {
    const scenario = (timeline: unknown[]) => ({
      office: { units: [{ regime: "team", handlers: 16 }], world: { demand: { casesPerWeek: 105 } }, timeline },
      run: { horizonDays: 224, warmupDays: 28 },
    });
    const opts = { replications: 6, rootSeed: 11, workers: 1, keepSeries: true };
    const b = await runReplications("office", scenario([]), opts);
    const v = await runReplications("office", scenario([surge]), opts);
    const r = recoveryTime(b, v, { after: 140 });
    // the backlog built up in the surge is still there when it ends, and is worked off later
    const atEnd = r.excess[0]!;
    expect(atEnd.excess).toBeGreaterThan(0.5 * atEnd.base);
    expect(r.days).not.toBeNull();
    expect(r.days!).toBeGreaterThan(0);
    expect(r.days!).toBeLessThan(84);
    expect(r.text).toBe(`${r.days} days`);
  });
});
