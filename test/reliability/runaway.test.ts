/*
 * Runs that cannot settle must end cleanly and say why. Demand above capacity
 * runs to the horizon, is flagged unstable and holds memory in proportion to
 * its backlog; a zero-time livelock and an exhausted event budget stop with a
 * SimulationError naming the time; an error thrown inside a user-written policy
 * names the policy, the hook and the simulation time. The memory check runs
 * the built library (dist/) in child processes with --expose-gc, so it needs
 * `npm run build` first (the pretest script).
 */
import { describe, expect, it } from "vitest";
import { SimulationError } from "../../src/engine/SimulationError";
import { simulateOffice } from "../../src/organisation/Office";
import { officeConfig } from "../../src/organisation/OfficeConfig";
import { standardisedUnit, teamUnit } from "../../src/organisation/UnitConfig";
import type { Policy } from "../../src/policies/Policy";
import { PolicyError } from "../../src/policies/PolicySet";
import { productionTarget } from "../../src/policies/productionTarget";
import { expectFreshBuild } from "./expectFreshBuild";
import { heapProbe, type HeapFigures } from "./heapProbe";

/** Every cause in an error's chain, the error first. */
function causes(err: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e = err; e !== undefined && e !== null && out.length < 10; e = (e as { cause?: unknown }).cause) out.push(e);
  return out;
}

describe("demand above capacity", () => {
  // 3 handlers for 60 claims a week: capacity is about a third of demand
  const overloaded = officeConfig({ world: { demand: { casesPerWeek: 60 } }, units: [teamUnit({ handlers: 3 })] });

  it("runs to the horizon and is reported unstable, with every case accounted for", () => {
    const run = simulateOffice(overloaded, { seed: 3, horizonDays: 182, warmupDays: 28 });
    const m = run.metrics;
    expect(m.unstable).toBe(1);
    expect(run.series.day.at(-1)).toBeGreaterThanOrEqual(182 - 7); // the weekly cycle reached the last week
    expect(m.totals.arrived).toBe(m.totals.decided + m.totals.withdrawn + m.totals.open);
    expect(m.backlogEnd).toBeGreaterThan(0.5 * m.totals.arrived); // most of the demand is still waiting
    // the same office with enough staff is stable
    const staffed = officeConfig({ world: { demand: { casesPerWeek: 60 } }, units: [teamUnit({ handlers: 14 })] });
    expect(simulateOffice(staffed, { seed: 3, horizonDays: 182, warmupDays: 28 }).metrics.unstable).toBe(0);
  });

  it("holds memory in proportion to its backlog, not to the events processed", async () => {
    expectFreshBuild();
    // Live heap (after gc) is sampled every 4 simulated weeks inside the run, with the open cases at
    // that moment. The bytes held per open case are the Theil–Sen slope of heap on backlog (the median
    // of the slopes between every pair of samples), so one noisy sample cannot move it and it cannot
    // come out negative while the heap grows with the backlog. (An earlier version divided the
    // difference of two single samples — the last in the run and one after it, in the same process —
    // by the backlog; a stray few MB in the after-run sample made it negative in about 1 run in 6.)
    const opts = { casesPerWeek: 60, handlers: 3, everyWeeks: 4 };
    // the two probes run side by side in their own processes (each measures only itself)
    const [one, two] = await Promise.all([heapProbe({ ...opts, horizonDays: 364 }), heapProbe({ ...opts, horizonDays: 728 })]);
    const firstYear = bytesPerOpenCase(two.series.filter(([day]) => day < 364));
    const secondYear = bytesPerOpenCase(two.series.filter(([day]) => day >= 364));
    console.log(
      `overloaded office: 1 year backlog ${one.backlogEnd}, ${one.events} events, ${(bytesPerOpenCase(one.series) / 1024).toFixed(2)} KiB per open case; ` +
        `2 years backlog ${two.backlogEnd}, ${two.events} events; within the 2-year run ${(firstYear / 1024).toFixed(2)} KiB per open case ` +
        `in year 1 and ${(secondYear / 1024).toFixed(2)} KiB in year 2`,
    );
    expect(one.unstable).toBe(1);
    expect(two.unstable).toBe(1);
    expect(two.series.length).toBeGreaterThanOrEqual(24);
    expect(two.backlogEnd).toBeGreaterThan(1.7 * one.backlogEnd); // the backlog roughly doubles …
    expect(two.events).toBeGreaterThan(3 * one.events); // … while the events more than triple (chasing grows with the backlog's age)
    // Memory follows the backlog: the bytes per added open case in the second year are 0.4–1.5 times
    // those of the first (measured: 1.5 KiB in year 1, 1.0–1.1 KiB in year 2, ratio 0.68–0.71; year 1
    // also pays for the run's own growing structures, so the ratio sits below 1 and the lower bound
    // leaves room for it). In year 2 each added open case comes with about 3 times as many
    // events as in year 1 ((two.events − one.events) / (backlog added in year 2) against
    // one.events / one.backlogEnd), so memory that grew with the events would give a ratio near 3.
    const eventsPerAddedCase = (two.events - one.events) / (two.backlogEnd - one.backlogEnd) / (one.events / one.backlogEnd);
    expect(eventsPerAddedCase).toBeGreaterThan(2.5);
    const ratio = secondYear / firstYear;
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(1.5);
    // and an open case costs little: under 4 KiB with its tasks, its timers and its share of the queues
    expect(bytesPerOpenCase(two.series)).toBeGreaterThan(0);
    expect(bytesPerOpenCase(two.series)).toBeLessThan(4 * 1024);
  });
});

/**
 * Bytes of live heap per open case: the Theil–Sen slope (median of pairwise slopes) of the heap
 * samples against the open cases at the same moments. Robust to a minority of outlying samples.
 */
function bytesPerOpenCase(series: HeapFigures["series"]): number {
  const slopes: number[] = [];
  for (let i = 0; i < series.length; i++) {
    for (let j = i + 1; j < series.length; j++) {
      const dCases = series[j]![2] - series[i]![2];
      if (dCases > 0) slopes.push((series[j]![1] - series[i]![1]) / dCases);
    }
  }
  if (slopes.length === 0) throw new Error("no two heap samples with different backlogs");
  slopes.sort((a, b) => a - b);
  const mid = slopes.length >> 1;
  return slopes.length % 2 === 1 ? slopes[mid]! : (slopes[mid - 1]! + slopes[mid]!) / 2;
}

describe("runaway guards", () => {
  it("refuses a configuration that would livelock, before it runs (the kernel's guard is tested in test/engine)", () => {
    // Every handover loses a detail, every lost detail is asked for again, the citizen answers at
    // once and re-reading takes no time: the claim would go round in zero time. The library now
    // checks with the scenario schema (handoffLossShare × reaskShareOfLost ≤ 0.9), as files are.
    expect(() =>
      officeConfig({
        world: { demand: { casesPerWeek: 20 }, citizens: { reaskShareOfLost: 1, replyDays: 0 } },
        units: [standardisedUnit({ handlers: 8, handoffLossShare: 1, rereadHours: 0 })],
      }),
    ).toThrow(/units\[0\]\.handoffLossShare: got 1; expected a number ≤ 0\.9/);
  });

  it("stops a run over its event budget with a SimulationError naming the budget and the time", () => {
    const cfg = officeConfig({ world: { demand: { casesPerWeek: 60 } }, units: [teamUnit({ handlers: 6 })] });
    const full = simulateOffice(cfg, { seed: 2, horizonDays: 91 });
    expect(full.events).toBeGreaterThan(5000);
    let err: unknown;
    try {
      simulateOffice(cfg, { seed: 2, horizonDays: 91, eventBudget: 5000 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SimulationError);
    const e = err as SimulationError;
    expect(e.message).toMatch(/^event budget exhausted: 5000 events processed by t=\d+(\.\d+)? \(raise eventBudget/);
    expect(e.time).toBeGreaterThan(0);
    expect(e.time).toBeLessThan(91);
    // a budget the run fits in changes nothing
    expect(simulateOffice(cfg, { seed: 2, horizonDays: 91, eventBudget: full.events }).metrics).toEqual(full.metrics);
  });

  it("names the policy, the hook and the simulation time when a user-written policy throws", () => {
    // breaks in the weekly management review of week 3 (day 21)
    const broken: Policy = {
      name: "my broken target",
      pressure(ctx) {
        if (ctx.now >= 21) throw new Error("target table not found");
        return 0;
      },
    };
    const cfg = officeConfig({ world: { demand: { casesPerWeek: 30 } }, units: [standardisedUnit({ handlers: 10, policies: [productionTarget(), broken] })] });
    let err: unknown;
    try {
      simulateOffice(cfg, { seed: 4, horizonDays: 91 });
    } catch (e) {
      err = e;
    }
    const policyError = causes(err).find((c) => c instanceof PolicyError);
    expect(policyError, String(err)).toBeDefined();
    expect(policyError!.policyName).toBe("my broken target");
    expect(policyError!.hook).toBe("pressure");
    expect(policyError!.time).toBe(21);
    expect(policyError!.message).toBe('policy "my broken target" failed in pressure() at t=21 days: target table not found');
    // what reaches the user says it too
    expect((err as Error).message).toContain('policy "my broken target" failed in pressure() at t=21 days');
  });

  it("names the policy when a user-written policy returns a number that is not finite", () => {
    const nan: Policy = { name: "effort by formula", effortFactor: () => Number.NaN };
    const cfg = officeConfig({ world: { demand: { casesPerWeek: 30 } }, units: [teamUnit({ handlers: 4, policies: [nan] })] });
    let err: unknown;
    try {
      simulateOffice(cfg, { seed: 4, horizonDays: 28 });
    } catch (e) {
      err = e;
    }
    const policyError = causes(err).find((c) => c instanceof PolicyError);
    expect(policyError, String(err)).toBeDefined();
    expect(policyError!.message).toMatch(
      /^policy "effort by formula" failed in effortFactor\(\) at t=\d+(\.\d+)? days: returned NaN; a finite number from 0 to 100 is required$/,
    );
    expect((err as Error).message).toContain('policy "effort by formula" failed in effortFactor()');
  });
});
