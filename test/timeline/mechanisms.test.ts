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
import { simulateOffice, type OfficeRun } from "../../src/organisation/Office";
import type { Reorganisation } from "../../src/organisation/reorganisationTime";
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
  /** No reorganisation time: the tests of the dip and of improvement time isolate those. */
  const noReorganisation = { hoursPerWeek: 0, weeks: 0 };
  const office = (to: ReturnType<typeof teamUnit> | null, reorganisation: Partial<Reorganisation> = noReorganisation) =>
    officeConfig({
      units: [standardisedUnit({ handlers: 16 })],
      world,
      ...(to === null ? {} : { timeline: [{ change: "regime" as const, at: 177, unit: 0, to, reorganisation }] }),
    });
  // runs are kept by variant, replication and horizon, so that tests of the same runs do not repeat them
  const runs = new Map<string, OfficeRun>();
  const run = (name: string, cfg: ReturnType<typeof office>, r: number, horizonDays: number): OfficeRun => {
    const key = `${name}/${r}/${horizonDays}`;
    let res = runs.get(key);
    if (res === undefined) {
      res = simulateOffice(cfg, { seed: pinnedSeed(21), replication: r, horizonDays, warmupDays: 28, periods: "quarter" });
      runs.set(key, res);
    }
    return res;
  };
  /** Mean lead time of the decisions made in the chosen quarters. */
  const leadTime = (res: OfficeRun, labels: string[]): number => {
    const chosen = res.periods!.filter((p) => labels.includes(p.label));
    return chosen.reduce((a, p) => a + p.leadTimeDays.mean * p.decided, 0) / chosen.reduce((a, p) => a + p.decided, 0);
  };
  const firstQuarter = ["2026-Q3"];
  const year2 = ["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"];

  /**
   * The reorganisation level of the tests below: 8 hours per person a week for the 13 weeks after the
   * switch — a test scenario value, four times the default (2 h for 13 weeks, an assumption). Chosen
   * as the lowest level of the measured grid (0, 2, 4, 8, 16 h for 8 or 13 weeks; docs/model-card.md
   * "What the model shows about a switch") at which this office's first quarter after the switch is
   * slower than staying; at the default it is not.
   */
  const REORGANISATION = { hoursPerWeek: 8, weeks: 13 };
  const dip = office(teamUnit({ transitionDip: 0.3, policies: [trustBasedSteering()] }));
  it("starts its transition dip at the switch: the first quarter after it is slower than with no dip", async () => {
    const none = office(teamUnit({ transitionDip: 0, policies: [trustBasedSteering()] }));
    const d: number[] = [];
    // lead times react multiplicatively (near a queue's saturation), so the paired difference is taken on the log scale
    // 4 replications (were 6, before that 8): t 6.5–16.3 with 6 at seed shifts 0–5 (docs/testing.md), t 22.4 with 6 at
    // shift 0 after the reorganisation mechanism was added; 4 to pay for the reorganisation tests below
    for (let r = 0; r < 4; r++) {
      d.push(Math.log(leadTime(run("dip", dip, r, 269), firstQuarter) / leadTime(run("none", none, r, 269), firstQuarter)));
      await yieldToEventLoop();
    }
    expect(tStat(d), JSON.stringify(d)).toBeGreaterThan(3);
  });

  it("takes the reorganisation's own time from casework: fewer casework hours and a slower first quarter than without it", async () => {
    // the same switch (dip 0.3, protected improvement time) with and without the reorganisation's hours
    const reorganised = office(teamUnit({ transitionDip: 0.3, policies: [trustBasedSteering()] }), REORGANISATION);
    const casework = { improvement: [] as number[], casework: [] as number[], lead: [] as number[] };
    // 4 replications, reusing the dip test's runs as the base: with 6, t 97 (reorganisation share), −35
    // (casework share) and 11.8 (log lead time of the first quarter)
    for (let r = 0; r < 4; r++) {
      const a = run("dip", dip, r, 269);
      const b = run("reorganised", reorganised, r, 269);
      const share = (x: OfficeRun) => x.metrics.timeShare.value + x.metrics.timeShare.failure + x.metrics.timeShare.handoffs;
      casework.improvement.push(b.metrics.timeShare.improvement - a.metrics.timeShare.improvement);
      casework.casework.push(share(b) - share(a));
      casework.lead.push(Math.log(leadTime(b, firstQuarter) / leadTime(a, firstQuarter)));
      await yieldToEventLoop();
    }
    expect(tStat(casework.improvement), JSON.stringify(casework)).toBeGreaterThan(3);
    expect(tStat(casework.casework), JSON.stringify(casework)).toBeLessThan(-3);
    expect(tStat(casework.lead), JSON.stringify(casework)).toBeGreaterThan(3);
  });

  describe(`with ${REORGANISATION.hoursPerWeek} hours per person a week of reorganisation for ${REORGANISATION.weeks} weeks (a test value, not the default)`, () => {
    const stay = office(null);
    const protectedTime = office(teamUnit({ policies: [trustBasedSteering()] }), REORGANISATION);
    const noTime = office(teamUnit({ policies: [trustBasedSteering({ improvementShare: 0 })] }), REORGANISATION);
    // Year two against staying is the noisy comparison (staying runs into winter queues in some
    // replications and not in others): with 4 replications t −2.9, so 6 for staying and the switch
    // with protected improvement time; the comparisons without improvement time use the first 4.
    const R = 6;
    const R_NO_TIME = 4;

    it("the first quarter after the switch is slower than staying and year two faster (a J-curve)", async () => {
      const d = { first: [] as number[], year2: [] as number[] };
      for (let r = 0; r < R; r++) {
        const s = run("stay", stay, r, 725);
        const v = run("protected", protectedTime, r, 725);
        d.first.push(Math.log(leadTime(v, firstQuarter) / leadTime(s, firstQuarter)));
        d.year2.push(Math.log(leadTime(v, year2) / leadTime(s, year2)));
        await yieldToEventLoop();
      }
      expect(tStat(d.first), JSON.stringify(d)).toBeGreaterThan(3);
      expect(tStat(d.year2), JSON.stringify(d)).toBeLessThan(-3);
    });

    it("without improvement time year two is not better than staying", async () => {
      // "not better" at the file's tolerance: the paired difference is not below staying by 3 SE
      const d: number[] = [];
      for (let r = 0; r < R_NO_TIME; r++) {
        d.push(Math.log(leadTime(run("no time", noTime, r, 725), year2) / leadTime(run("stay", stay, r, 725), year2)));
        await yieldToEventLoop();
      }
      expect(tStat(d), JSON.stringify(d)).toBeGreaterThan(-3);
    });

    it("recovers through protected improvement time: year two is faster with it than without", async () => {
      const d: number[] = [];
      for (let r = 0; r < R_NO_TIME; r++) {
        d.push(Math.log(leadTime(run("protected", protectedTime, r, 725), year2) / leadTime(run("no time", noTime, r, 725), year2)));
        await yieldToEventLoop();
      }
      expect(tStat(d), JSON.stringify(d)).toBeLessThan(-3);
    });
  });
});
