/*
 * The contract every shipped policy must keep in a regime: the same seed gives
 * the same run, no time or effort is negative, time shares add to one, claims
 * are conserved, and every metric is finite where it is defined.
 */
import { describe, expect, it } from "vitest";
import type { DurationSummary, OfficeMetrics } from "../../src/index";
import { runOffice, type Regime, type TestOffice } from "./helpers";
import { POLICY_CASES } from "./policyCases";

/** A small, short office: the contract is about invariants, not effect sizes. */
const SMALL: TestOffice = { staff: 12, casesPerWeek: 100, horizonDays: 91, warmupDays: 28 };

/** Every number in `x`, with its path. */
function numbers(x: unknown, path: string, out: Array<[string, number]>): Array<[string, number]> {
  if (typeof x === "number") out.push([path, x]);
  else if (typeof x === "object" && x !== null) for (const [k, v] of Object.entries(x)) numbers(v, `${path}.${k}`, out);
  return out;
}

function durations(m: OfficeMetrics): Array<[string, DurationSummary]> {
  const b = m.leadTimeDays.byComplexity;
  return [
    ["leadTimeDays", m.leadTimeDays],
    ["leadTimeDays.simple", b.simple],
    ["leadTimeDays.standard", b.standard],
    ["leadTimeDays.complex", b.complex],
    ["daysToFirstPayment", m.daysToFirstPayment],
  ];
}

/** Register the contract tests for every policy case in `regime`. */
export function contractSuite(regime: Regime): void {
  describe(`policy contract in the ${regime} regime`, () => {
    for (const c of POLICY_CASES) {
      it(c.label, () => {
        const a = runOffice(regime, c.make(), 11, 3, SMALL);
        const b = runOffice(regime, c.make(), 11, 3, SMALL);
        // deterministic for a fixed seed and replication
        expect(b).toEqual(a);
        const m = a.metrics;
        expect(m.decided).toBeGreaterThan(0);
        // time: every share non-negative, and they add to 1 (float sums of six terms: 1e-9 is ample)
        const ts = Object.values(m.timeShare);
        for (const s of ts) expect(s).toBeGreaterThanOrEqual(0);
        expect(Math.abs(ts.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-9);
        expect(m.utilisation).toBeGreaterThanOrEqual(0);
        expect(m.utilisation).toBeLessThanOrEqual(1 + 1e-12);
        // durations non-negative and ordered where defined
        for (const [name, d] of durations(m)) {
          for (const v of [d.mean, d.p50, d.p90, d.p99]) if (!Number.isNaN(v)) expect(v, name).toBeGreaterThanOrEqual(0);
          if (!Number.isNaN(d.p90)) expect(d.p90, name).toBeGreaterThanOrEqual(d.p50);
        }
        // conservation of claims, all time
        const t = m.totals;
        expect(t.arrived).toBe(t.decided + t.withdrawn + t.open);
        expect(t.open).toBe(m.openEnd);
        // finite where defined: NaN marks "not defined", infinities never appear
        for (const [path, v] of numbers(m, "metrics", [])) {
          if (!Number.isNaN(v)) expect(Number.isFinite(v), `${path} = ${v}`).toBe(true);
        }
        for (const v of [m.decisionAccuracy, m.failureDemandShare, m.uniformity, m.hoursPerCorrectDecision, m.stressMean]) {
          expect(Number.isFinite(v)).toBe(true);
        }
        for (const v of [m.decisionAccuracy, m.failureDemandShare, m.uniformity, m.reworkShare]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      });
    }
  });
}
