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
import { standardisedUnit, teamUnit } from "../../src/organisation/UnitConfig";
import { trustBasedSteering } from "../../src/policies/trustBasedSteering";
import { simulateOffice } from "../../src/organisation/Office";
import { pinnedSeed } from "../pinnedSeed";
import { yieldToEventLoop } from "../yieldToEventLoop";
// Registers the built-in models ("office", "mm1"), as importing caseflow from its root does.
import "../../src/models/builtinModels";

/** Paired t statistic of differences. */
function tStat(d: number[]): number {
  const n = d.length;
  const mean = d.reduce((a, x) => a + x, 0) / n;
  const sd = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  const t = mean / (sd / Math.sqrt(n));
  // logged so that scripts/reseed-tests.sh can tabulate each test's margin in standard errors
  console.log(`paired over ${n} replications: ${mean.toPrecision(3)} (SE ${(sd / Math.sqrt(n)).toPrecision(2)}, t ${t.toFixed(2)})`);
  return t;
}

describe("a demand surge", () => {
  // +30% new claims for 8 weeks from day 84 (30 March 2026) to day 140
  const surge = { change: "demand" as const, at: 84, until: 140, factor: 1.3 };
  const base = officeConfig({ units: [teamUnit({ handlers: 16 })], world: { demand: { casesPerWeek: 105 } } });
  const surged = officeConfig({ units: [teamUnit({ handlers: 16 })], world: { demand: { casesPerWeek: 105 } }, timeline: [surge] });

  it("raises the backlog and failure demand while it lasts (paired, > 3 SE)", async () => {
    // 16 replications (were 8): with 8 the failure-contact difference had t 2.7 and 4.2 at seed
    // shifts 3 and 4 (scripts/reseed-tests.sh; the backlog's t 15–22), so the stated 3 SE held at
    // some seeds only. With 16, t 4.5–9.6 for failure contacts and 22–28 for the backlog at seed
    // shifts 0–5.
    // The runs end at day 182 (were 224), soon after the months read, April–June (1 July is day
    // 177). The horizon does move those months' figures a little (the run is not cut at a month's
    // end only), so the t values above and in docs/testing.md are the ones measured at day 182.
    const months = ["2026-04", "2026-05", "2026-06"]; // the surge and the month after it
    const d = { backlog: [] as number[], failure: [] as number[] };
    for (let r = 0; r < 16; r++) {
      const opts = { seed: pinnedSeed(11), replication: r, horizonDays: 182, warmupDays: 28, periods: "month" as const };
      const figures = (cfg: typeof base) => simulateOffice(cfg, opts).periods!.filter((p) => months.includes(p.label));
      const b = figures(base);
      const v = figures(surged);
      d.backlog.push(v.reduce((a, p) => a + p.backlogMean, 0) - b.reduce((a, p) => a + p.backlogMean, 0));
      d.failure.push(v.reduce((a, p) => a + p.failureContactsPerWeek, 0) - b.reduce((a, p) => a + p.failureContactsPerWeek, 0));
      await yieldToEventLoop();
    }
    expect(tStat(d.backlog), JSON.stringify(d)).toBeGreaterThan(3);
    expect(tStat(d.failure), JSON.stringify(d)).toBeGreaterThan(3);
  });

  it("is followed by a recovery time that the results report", async () => {
    // Follow-ups of ongoing claims are switched off here: the surge's extra granted claims stay
    // ongoing for months and their monthly follow-ups take the slack the office would use to work
    // off the surge's backlog, so with them the excess does not fall to a quarter within the
    // horizon (a real effect of the calibrated model, measured: excess 178 at day 140, still 113
    // at day 217). This test is about the backlog the surge leaves and the recovery time the
    // results report, not about the ongoing-case load.
    const scenario = (timeline: unknown[]) => ({
      office: { units: [{ regime: "team", handlers: 16 }], world: { demand: { casesPerWeek: 105 }, caseMix: { followUpHours: 0 } }, timeline },
      run: { horizonDays: 224, warmupDays: 28 },
    });
    const opts = { replications: 6, rootSeed: pinnedSeed(11), workers: 1, keepSeries: true };
    const b = await runReplications("office", scenario([]), opts);
    const v = await runReplications("office", scenario([surge]), opts);
    const r = recoveryTime(b, v, { after: 140 });
    // the backlog built up in the surge is still there when it ends, and is worked off later
    const atEnd = r.excess[0]!;
    console.log(
      `surge excess at its end ${atEnd.excess.toFixed(1)} on a base of ${atEnd.base.toFixed(1)} (must exceed half); recovery time ${r.days} days (must lie in (0, 84))`,
    );
    expect(atEnd.excess).toBeGreaterThan(0.5 * atEnd.base);
    expect(r.days).not.toBeNull();
    expect(r.days!).toBeGreaterThan(0);
    expect(r.days!).toBeLessThan(84);
    expect(r.text).toBe(`${r.days} days`);
  });
});

describe("a switch from pools to teams in mid-stream", () => {
  // a plain standardised office of 16 that switches to teams on 1 July 2026 (day 177)
  const world = { demand: { casesPerWeek: 100 } };
  const office = (to: ReturnType<typeof teamUnit> | null) =>
    officeConfig({
      units: [standardisedUnit({ handlers: 16 })],
      world,
      ...(to === null ? {} : { timeline: [{ change: "regime" as const, at: 177, unit: 0, to }] }),
    });
  const figure = (cfg: ReturnType<typeof office>, r: number, horizonDays: number, labels: string[]): number => {
    const periods = simulateOffice(cfg, { seed: pinnedSeed(21), replication: r, horizonDays, warmupDays: 28, periods: "quarter" }).periods!;
    const chosen = periods.filter((p) => labels.includes(p.label));
    // lead time of the decisions made in the chosen quarters
    return chosen.reduce((a, p) => a + p.leadTimeDays.mean * p.decided, 0) / chosen.reduce((a, p) => a + p.decided, 0);
  };

  it("starts its transition dip at the switch: the first quarter after it is slower than with no dip", async () => {
    const dip = office(teamUnit({ transitionDip: 0.3, policies: [trustBasedSteering()] }));
    const none = office(teamUnit({ transitionDip: 0, policies: [trustBasedSteering()] }));
    const d: number[] = [];
    // lead times react multiplicatively (near a queue's saturation), so the paired difference is taken on the log scale
    // 6 replications (were 8): t 6.5–16.3 with 6 at seed shifts 0–5 (docs/testing.md), beyond 3
    for (let r = 0; r < 6; r++) {
      d.push(Math.log(figure(dip, r, 269, ["2026-Q3"]) / figure(none, r, 269, ["2026-Q3"])));
      await yieldToEventLoop();
    }
    expect(tStat(d), JSON.stringify(d)).toBeGreaterThan(3);
  });

  it("recovers through protected improvement time: year two is faster with it than without", async () => {
    const year2 = ["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"];
    const protectedTime = office(teamUnit({ transitionDip: 0.3, policies: [trustBasedSteering()] }));
    const noTime = office(teamUnit({ transitionDip: 0.3, policies: [trustBasedSteering({ improvementShare: 0 })] }));
    const d: number[] = [];
    // 4 replications (were 6; the two-year runs are the file's largest cost): t −7.2 to −14.5 with 4
    // at seed shifts 0–5 (docs/testing.md), beyond 3
    for (let r = 0; r < 4; r++) {
      d.push(Math.log(figure(protectedTime, r, 725, year2) / figure(noTime, r, 725, year2)));
      await yieldToEventLoop();
    }
    expect(tStat(d), JSON.stringify(d)).toBeLessThan(-3);
  });
});
