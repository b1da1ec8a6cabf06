/*
 * Invariants that must hold on every office run, whatever its regimes: claims
 * are conserved, no figure is negative or infinite and shares stay in [0, 1],
 * staff time adds up, and the same seed gives the same result.
 */
import { expect, it } from "vitest";
import { simulateOffice } from "../../src/organisation/Office";
import type { OfficeConfig } from "../../src/organisation/OfficeConfig";
import type { OfficeMetrics } from "../../src/organisation/OfficeMetrics";

function numbers(m: OfficeMetrics, prefix = ""): [string, number][] {
  const out: [string, number][] = [];
  for (const [k, v] of Object.entries(m)) {
    if (typeof v === "number") out.push([prefix + k, v]);
    else if (typeof v === "object" && v !== null) out.push(...numbers(v, `${prefix}${k}.`));
  }
  return out;
}

/** Register the invariant tests of one office (run once, on a quarter with seed 5). */
export function officeInvariants(cfg: OfficeConfig): void {
  const run = simulateOffice(cfg, { seed: 5, horizonDays: 91, warmupDays: 14 });
  const m = run.metrics;

  it("conserves cases: arrived = decided + open + withdrawn", () => {
    expect(m.totals.arrived).toBe(m.totals.decided + m.totals.open + m.totals.withdrawn);
    expect(m.totals.arrived).toBeGreaterThan(0);
  });

  it("has no negative durations and shares in [0, 1]", () => {
    for (const [k, v] of numbers(m)) {
      if (Number.isNaN(v)) continue; // NaN = not measured (e.g. no reviews)
      expect(Number.isFinite(v), k).toBe(true);
      expect(v, k).toBeGreaterThanOrEqual(0);
      if (/Share|share|accuracy|Accuracy|uniformity|utilisation|timeShare\./.test(k)) expect(v, k).toBeLessThanOrEqual(1);
    }
  });

  it("splits staff time into shares that add to 1", () => {
    const s = m.timeShare;
    const sum = s.value + s.failure + s.measurement + s.handoffs + s.improvement + s.idle;
    expect(sum).toBeCloseTo(1, 9);
  });

  it("gives identical results for the same seed", () => {
    expect(simulateOffice(cfg, { seed: 5, horizonDays: 91, warmupDays: 14 }).metrics).toEqual(m);
  });
}
