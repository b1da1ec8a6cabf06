/*
 * Every hook's answer is checked against what the hook promises (type and range,
 * src/policies/PolicySet.ts HOOK_RANGES): a user policy that forgets to return,
 * returns NaN, null, a string or an object with a misspelt field stops the run
 * with a PolicyError naming the policy, the hook, the value and the simulation
 * time — these used to give believable wrong numbers (accuracy 0.099 instead of
 * 0.94, 0 decisions, accuracy 1.00) or an internal TypeError.
 */
import { describe, expect, it } from "vitest";
import { simulateOffice } from "../../src/organisation/Office";
import { officeConfig } from "../../src/organisation/OfficeConfig";
import { standardisedUnit, teamUnit } from "../../src/organisation/UnitConfig";
import type { Policy } from "../../src/policies/Policy";
import { PolicyError } from "../../src/policies/PolicySet";

/** Runs a small office with `policy` in a unit of each regime; returns the PolicyError in the chain. */
function policyErrorOf(policy: Policy, regime: "standardised" | "team" = "team"): PolicyError {
  const unit = regime === "team" ? teamUnit({ handlers: 6, policies: [policy] }) : standardisedUnit({ handlers: 10, policies: [policy] });
  const cfg = officeConfig({ world: { demand: { casesPerWeek: 30 } }, units: [unit] });
  let err: unknown;
  try {
    simulateOffice(cfg, { seed: 1, horizonDays: 56 });
  } catch (e) {
    err = e;
  }
  for (let e = err; e !== undefined && e !== null; e = (e as { cause?: unknown }).cause) if (e instanceof PolicyError) return e;
  throw new Error(`expected a PolicyError, got ${String(err)}`);
}

const cases: Array<[string, Record<string, unknown>, "standardised" | "team", RegExp]> = [
  [
    "effortFactor forgets to return",
    { effortFactor() {} },
    "team",
    /effortFactor\(\) at t=[\d.]+ days: returned undefined; a finite number from 0 to 100 is required/,
  ],
  ["decisionTilt returns undefined", { decisionTilt: () => undefined }, "team", /decisionTilt\(\) .*returned undefined; a finite number from -100 to 100/],
  ["overheadHours returns undefined", { overheadHours: () => undefined }, "team", /overheadHours\(\) .*returned undefined/],
  ["overheadHours returns a string", { overheadHours: () => "0.1" }, "standardised", /overheadHours\(\) .*returned "0.1"; a finite number from 0 to 40/],
  ["pressure returns a negative number", { pressure: () => -1 }, "team", /pressure\(\) .*returned -1; a finite number from 0 to 100/],
  [
    "contact returns {timeFactor: NaN}",
    { contact: () => ({ timeFactor: NaN }) },
    "standardised",
    /contact\(\) .*returned timeFactor: NaN; a finite number from 0 to 100/,
  ],
  ["contact returns null", { contact: () => null }, "team", /contact\(\) .*returned null; an object with any of timeFactor, resolveFactor is required/],
  [
    "contact misspells a field",
    { contact: () => ({ timefactor: 0.5 }) },
    "team",
    /contact\(\) .*returned unknown field "timefactor" \(value 0.5\); allowed fields: timeFactor, resolveFactor/,
  ],
  ["review returns {hoursPerReview: NaN}", { review: () => ({ share: 0.1, hoursPerReview: NaN }) }, "team", /review\(\) .*returned hoursPerReview: NaN/],
  ["review returns null", { review: () => null }, "team", /review\(\) .*returned null/],
  ["review share as a percentage", { review: () => ({ share: 10 }) }, "team", /review\(\) .*returned share: 10; a finite number from 0 to 1/],
  ["certificates returns null", { certificates: () => null }, "team", /certificates\(\) .*returned null/],
  [
    "certificates answerDelayFactor 1e308",
    { certificates: () => ({ answerDelayFactor: 1e308 }) },
    "team",
    /certificates\(\) .*answerDelayFactor: 1e\+308; a finite number from 0 to 100/,
  ],
  ["records returns null", { records: () => null }, "team", /records\(\) .*returned null; an array of figure names/],
  ["records names an unknown figure", { records: () => ["leadTime"] }, "team", /records\(\) .*returned "leadTime"; a figure name/],
  ["decideEarly returns a number", { decideEarly: () => 1 }, "standardised", /decideEarly\(\) .*returned 1; true or false is required/],
  ["selectTask returns a fraction", { selectTask: () => 0.5 }, "standardised", /selectTask\(\) .*returned 0.5; a whole number from -1/],
  ["improvementShare above 1", { improvementShare: () => 2 }, "team", /improvementShare\(\) .*returned 2; a finite number from 0 to 1/],
];

describe("policy hook answers are checked", () => {
  it.each(cases)("%s: PolicyError naming the policy, the hook, the value and the time", (_what, hooks, regime, message) => {
    const err = policyErrorOf({ name: "my\u001b[2Jpolicy", ...hooks }, regime);
    expect(err.message).toMatch(/^policy "my\\u001b\[2Jpolicy" failed in /); // the name is printed safely
    expect(err.message).toMatch(message);
    expect(err.time).toBeGreaterThanOrEqual(0);
  });

  it("well-behaved answers run as before (fields left out take the do-nothing value)", () => {
    const polite: Policy = {
      name: "polite",
      contact: () => ({}),
      review: () => ({ share: 0.05 }),
      certificates: () => ({ hoursPerHandlerWeek: 0.5 }),
      records: () => ["leadTimeDays"],
    };
    const cfg = officeConfig({ world: { demand: { casesPerWeek: 30 } }, units: [teamUnit({ handlers: 6, policies: [polite] })] });
    const m = simulateOffice(cfg, { seed: 1, horizonDays: 56 }).metrics;
    expect(m.decided).toBeGreaterThan(0);
    expect(m.decisionAccuracy).toBeGreaterThan(0.8);
  });
});

describe("metrics with nothing to measure are NaN, never 0", () => {
  it("a window with no claims gives NaN accuracy, uniformity, contacts per case and failure-demand share", () => {
    const cfg = officeConfig({ world: { demand: { casesPerWeek: 0 } }, units: [teamUnit({ handlers: 3 })] });
    const m = simulateOffice(cfg, { seed: 1, horizonDays: 28 }).metrics;
    expect(m.decided).toBe(0);
    for (const x of [m.decisionAccuracy, m.uniformity, m.reworkShare, m.reconsiderationShare, m.contactsPerCase, m.failureDemandShare, m.abandonedCallShare]) {
      expect(x).toBeNaN();
    }
    expect(m.decisionsPerWeek).toBe(0); // a rate over weeks that did pass: 0 is measured
  });
});
