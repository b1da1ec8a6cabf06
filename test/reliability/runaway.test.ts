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

  it("holds memory in proportion to its backlog, not to the events processed", () => {
    expectFreshBuild();
    // live heap (after gc) near the end of a 1-year and a 2-year overloaded run, less the live heap
    // after the run (the same process with only the result left: code, modules and caches)
    const opts = { casesPerWeek: 60, handlers: 3, everyWeeks: 4 };
    const one = heapProbe({ ...opts, horizonDays: 364 });
    const two = heapProbe({ ...opts, horizonDays: 728 });
    const perCase = (f: HeapFigures): number => (f.last - f.after) / f.backlogEnd;
    console.log(
      `overloaded office: 1 year backlog ${one.backlogEnd}, ${one.events} events, ${(perCase(one) / 1024).toFixed(2)} KiB per open case; ` +
        `2 years backlog ${two.backlogEnd}, ${two.events} events, ${(perCase(two) / 1024).toFixed(2)} KiB per open case`,
    );
    expect(one.unstable).toBe(1);
    expect(two.unstable).toBe(1);
    expect(two.backlogEnd).toBeGreaterThan(1.7 * one.backlogEnd); // the backlog roughly doubles …
    expect(two.events).toBeGreaterThan(3 * one.events); // … while the events more than triple (chasing grows with the backlog's age)
    // Memory follows the backlog: the bytes held per open case agree within −30%/+40% (measured over
    // four seeds: 1.2–1.4 KiB per case in both; heap noise between processes is a few hundred KB
    // against 3.5–7 MB held). Memory that grew with the events instead would hold about
    // 4.2 / 2.05 ≈ 2 times as many bytes per case in the 2-year run.
    const ratio = perCase(two) / perCase(one);
    expect(ratio).toBeGreaterThan(0.7);
    expect(ratio).toBeLessThan(1.4);
    // and an open case costs little: under 4 KiB with its tasks, its timers and its share of the queues
    expect(perCase(two)).toBeLessThan(4 * 1024);
  });
});

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
    const policyError = causes(err).find((c) => c instanceof PolicyError) as PolicyError | undefined;
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
    const policyError = causes(err).find((c) => c instanceof PolicyError) as PolicyError | undefined;
    expect(policyError, String(err)).toBeDefined();
    expect(policyError!.message).toMatch(/^policy "effort by formula" failed in effortFactor\(\) at t=\d+(\.\d+)? days: returned NaN; a finite number from 0 to 100 is required$/);
    expect((err as Error).message).toContain('policy "effort by formula" failed in effortFactor()');
  });
});
