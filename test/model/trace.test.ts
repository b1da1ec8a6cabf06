/*
 * Tiny hand-checkable scenarios: every time below was worked out by hand from the
 * office hours (Mon–Fri 8–12 and 13–16.5), the step shares (0.1, 0.1, 0.45, 0.15,
 * 0.2 of the need), the switch cost (0.05 h when a handler moves to another claim
 * plus 0.05 h when the kind of task changes) and the letter (0.1 h at the decision
 * in a team).
 */
import { describe, expect, it } from "vitest";
import { simulateOffice } from "../../src/organisation/Office";
import { standardisedUnit, teamUnit } from "../../src/organisation/UnitConfig";
import { at, quietOffice } from "./helpers";

const events = (trace: { t: number; caseId: number; event: string }[] | undefined, id: number): [number, string][] =>
  (trace ?? []).filter((e) => e.caseId === id).map((e) => [Math.round(e.t * 24 * 60 * 1000) / 1000 / 60 / 24, e.event]);

function close(actual: [number, string][], expected: [number, string][]): void {
  expect(actual.map((e) => e[1])).toEqual(expected.map((e) => e[1]));
  actual.forEach((e, i) => expect(e[0]).toBeCloseTo((expected[i] as [number, string])[0], 6));
}

describe("one handler, three claims (team of one)", () => {
  const cfg = quietOffice({ units: [teamUnit({ handlers: 1, teamSize: 1, transitionDip: 0, proactiveContact: false })] });
  // Monday 2026-01-05 is day 0. Claim 0 (2 h) at 09:00, claim 1 (1 h) at 09:30, claim 2 (4 h) on Thursday 15:00 (Tuesday 6 January is trettondedag jul, a holiday).
  const run = simulateOffice(cfg, {
    seed: 1,
    horizonDays: 14,
    trace: true,
    script: [
      { arrival: at(0, 9), needHours: 2 },
      { arrival: at(0, 9.5), needHours: 1 },
      { arrival: at(3, 15), needHours: 4 },
    ],
  });

  it("claim 0 is worked straight through by its owner", () => {
    // register 0.1+0.2 → 9.3; certificate 0.05+0.2 → 9.55; assess 0.05+0.9 → 10.5; decide 0.05+0.3+0.1 → 10.95; pay 0.05+0.4 → 11.4
    close(events(run.trace, 0), [
      [at(0, 9), "arrive"],
      [at(0, 9), "start:register:owner#0"],
      [at(0, 9.3), "end:register:owner#0"],
      [at(0, 9.3), "start:certificate:owner#0"],
      [at(0, 9.55), "end:certificate:owner#0"],
      [at(0, 9.55), "start:assess:owner#0"],
      [at(0, 10.5), "end:assess:owner#0"],
      [at(0, 10.5), "start:decide:owner#0"],
      [at(0, 10.95), "end:decide:owner#0"],
      [at(0, 10.95), "decide:grant:right"],
      [at(0, 10.95), "start:pay:owner#0"],
      [at(0, 11.4), "end:pay:owner#0"],
      [at(0, 11.4), "paid"],
    ]);
  });

  it("claim 1 waits for claim 0, then runs over lunch", () => {
    // register 0.1+0.1 → 11.6; certificate 0.05+0.1 → 11.75; assess 0.05+0.45 → 12.25 = 13.25 after lunch; decide 0.05+0.15+0.1 → 13.55; pay 0.05+0.2 → 13.8
    close(events(run.trace, 1), [
      [at(0, 9.5), "arrive"],
      [at(0, 11.4), "start:register:owner#0"],
      [at(0, 11.6), "end:register:owner#0"],
      [at(0, 11.6), "start:certificate:owner#0"],
      [at(0, 11.75), "end:certificate:owner#0"],
      [at(0, 11.75), "start:assess:owner#0"],
      [at(0, 13.25), "end:assess:owner#0"],
      [at(0, 13.25), "start:decide:owner#0"],
      [at(0, 13.55), "end:decide:owner#0"],
      [at(0, 13.55), "decide:grant:right"],
      [at(0, 13.55), "start:pay:owner#0"],
      [at(0, 13.8), "end:pay:owner#0"],
      [at(0, 13.8), "paid"],
    ]);
  });

  it("claim 2 arrives late on Thursday and is finished on Friday morning", () => {
    // register 0.1+0.4 → 15.5; certificate 0.05+0.4 → 15.95; assess 0.05+1.8 → 16.5 (0.55) + 1.3 next day → 9.3;
    // decide 0.05+0.6+0.1 → 10.05; pay 0.05+0.8 → 10.9 (hours of Thursday, then Friday)
    close(events(run.trace, 2), [
      [at(3, 15), "arrive"],
      [at(3, 15), "start:register:owner#0"],
      [at(3, 15.5), "end:register:owner#0"],
      [at(3, 15.5), "start:certificate:owner#0"],
      [at(3, 15.95), "end:certificate:owner#0"],
      [at(3, 15.95), "start:assess:owner#0"],
      [at(4, 9.3), "end:assess:owner#0"],
      [at(4, 9.3), "start:decide:owner#0"],
      [at(4, 10.05), "end:decide:owner#0"],
      [at(4, 10.05), "decide:grant:right"],
      [at(4, 10.05), "start:pay:owner#0"],
      [at(4, 10.9), "end:pay:owner#0"],
      [at(4, 10.9), "paid"],
    ]);
    expect(run.metrics.totals).toEqual({ arrived: 3, decided: 3, withdrawn: 0, open: 0 });
  });
});

describe("a handoff between pools", () => {
  // seven people: one per pool. Templates equal the mean step need (mean need 2 h), specialists are
  // 30% faster, every handover costs 0.1 h of re-reading (need = mean, so √(need/mean) = 1) plus the switch.
  const cfg = quietOffice({ units: [standardisedUnit({ handlers: 7, handoffLossShare: 0 })] });
  const run = simulateOffice(cfg, { seed: 1, horizonDays: 7, trace: true, script: [{ arrival: at(0, 9), needHours: 2 }] });

  it("each step is done by another pool, each after a re-read", () => {
    const f = 1 / 1.3;
    const t1 = 9 + 0.1 + 0.2 * f; // first step: switch only (nobody read it before)
    const t2 = t1 + 0.2 + 0.2 * f; // re-read 0.1 + switch 0.1 + template
    const t3 = t2 + 0.2 + 0.9 * f;
    const t4 = t3 + 0.2 + 0.3 * f;
    const t5 = t4 + 0.2 + 0.4 * f;
    const ev = events(run.trace, 0);
    expect(ev.map((e) => e[1])).toEqual([
      "arrive",
      "start:register:register#0",
      "end:register:register#0",
      "start:certificate:certificate#1",
      "end:certificate:certificate#1",
      "start:assess:assess#2",
      "end:assess:assess#2",
      "start:decide:decide#3",
      "end:decide:decide#3",
      "decide:grant:right",
      "start:pay:pay#4",
      "end:pay:pay#4",
      "paid",
    ]);
    const ends = ev.filter((e) => e[1].startsWith("end:")).map((e) => e[0]);
    [t1, t2, t3, t4, t5].forEach((h, i) => expect(ends[i]).toBeCloseTo(at(0, h), 6));
    expect(run.metrics.timeShare.handoffs).toBeGreaterThan(0);
  });
});

describe("a completion request to healthcare", () => {
  const cfg = quietOffice({
    world: { ...{ certificates: { answerDelayDays: 3, answerDelayCv: 0, stillIncompleteShare: 0 } } },
    units: [teamUnit({ handlers: 1, teamSize: 1, transitionDip: 0, proactiveContact: false })],
  });
  const run = simulateOffice(cfg, {
    seed: 1,
    horizonDays: 14,
    trace: true,
    script: [{ arrival: at(0, 9), needHours: 2, certificateComplete: false }],
  });

  it("waits three calendar days for the answer, then re-checks and decides", () => {
    // register → 9.3, certificate → 9.55: request sent; answer Thu 9.55; re-check 0.1 (same claim, same kind:
    // no switch) → 9.65; assess 0.05+0.9 → 10.6; decide 0.05+0.3+0.1 → 11.05
    const ev = events(run.trace, 0);
    const names = ev.map((e) => e[1]);
    expect(names.slice(0, 6)).toEqual([
      "arrive",
      "start:register:owner#0",
      "end:register:owner#0",
      "start:certificate:owner#0",
      "end:certificate:owner#0",
      "completion-request",
    ]);
    const completed = ev.find((e) => e[1] === "certificate-completed");
    expect(completed?.[0]).toBeCloseTo(at(3, 9.55), 6);
    const decided = ev.find((e) => e[1].startsWith("decide:"));
    expect(decided?.[0]).toBeCloseTo(at(3, 11.05), 6);
  });
});

describe("a checkpoint that falls on a weekend", () => {
  // arrival Mon 5 Jan 09:00 on sick day 14, so day 90 of the spell is day 76.375: Sunday 22 March 09:00.
  const script = [{ arrival: at(0, 9), needHours: 2, sickDays: 120 }];
  const unit = teamUnit({ handlers: 1, teamSize: 1, transitionDip: 0, proactiveContact: false });

  it("is late when it only becomes workable the day before (Saturday)", () => {
    const cfg = quietOffice({ world: { caseMix: { checkpointLeadDays: 1, checkpointInfoShare: 0 } }, units: [unit] });
    const run = simulateOffice(cfg, { seed: 1, horizonDays: 100, trace: true, script });
    const done = events(run.trace, 0).find((e) => e[1].startsWith("checkpoint-done"));
    // workable Saturday 21 March 09:00 → first office hour Monday 23 March 08:00 (day 77)
    expect(done?.[0]).toBeGreaterThan(at(77, 8));
    expect(done?.[0]).toBeLessThan(at(77, 12));
    expect(run.metrics.checkpointsOnTimeShare).toBe(0);
  });

  it("is on time when it becomes workable three weeks ahead", () => {
    const cfg = quietOffice({ world: { caseMix: { checkpointLeadDays: 21, checkpointInfoShare: 0 } }, units: [unit] });
    const run = simulateOffice(cfg, { seed: 1, horizonDays: 100, trace: true, script });
    expect(run.metrics.checkpointsOnTimeShare).toBe(1);
  });
});
