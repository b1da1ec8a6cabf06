/*
 * Mechanisms tested one at a time, each by an exact trace of a hand-made scenario or
 * by a paired comparison on common random numbers, so that breaking the mechanism
 * fails a behaviour test and not only the golden bit-for-bit check. Each test names
 * the mutation it kills ("kills: …"); docs/testing.md records the manual check
 * (mutation applied in src by hand, this file run and seen to fail, change reverted).
 *
 * Every scenario sets the levels its mechanism needs explicitly (contact and switch
 * hours, letter hours, capability, completeness, …) rather than relying on the
 * defaults, which are being recalibrated; the checks are properties of mechanisms.
 */
import { describe, expect, it } from "vitest";
import { WorkingCalendar } from "../../src/engine/WorkingCalendar";
import { simulateOffice, type OfficeRun, type TraceEntry } from "../../src/organisation/Office";
import { officeConfig, type OfficeInput } from "../../src/organisation/OfficeConfig";
import { standardisedUnit, teamUnit } from "../../src/organisation/UnitConfig";
import { healthcareCollaboration } from "../../src/policies/healthcareCollaboration";
import { measurementRegime } from "../../src/policies/measurementRegime";
import type { Policy, PolicyContext, TaskView } from "../../src/policies/Policy";
import { productionTarget } from "../../src/policies/productionTarget";
import { qualityReview } from "../../src/policies/qualityReview";
import { queueDiscipline, type QueueRule } from "../../src/policies/queueDiscipline";
import { rewardStructure } from "../../src/policies/rewardStructure";
import { at, quietOffice } from "./helpers";
import { pinnedSeed } from "../pinnedSeed";

/** Contact, switch and letter costs stated here so the hand-worked times do not move with the defaults. */
const COSTS = { contacts: { contactHours: 0.15, switchHours: 0.1 } } as const;
/** A team of one that does nothing but the claims it is given. */
const soloTeam = (policies: Policy[] = [], extra: Partial<Parameters<typeof teamUnit>[0]> = {}) =>
  teamUnit({ handlers: 1, teamSize: 1, transitionDip: 0, proactiveContact: false, letterHours: 0.1, policies, ...extra });
const quiet = (input: OfficeInput) => quietOffice({ ...input, world: { ...COSTS, ...(input.world ?? {}) } });

/** The trace lines of one claim. */
const linesOf = (run: OfficeRun, id: number): TraceEntry[] => (run.trace ?? []).filter((e) => e.caseId === id);
/** Time of the first trace line of claim `id` whose event starts with `prefix`. */
function timeOf(run: OfficeRun, id: number, prefix: string): number {
  const e = linesOf(run, id).find((l) => l.event.startsWith(prefix));
  if (e === undefined)
    throw new Error(
      `claim ${id} has no "${prefix}" in its trace: ${linesOf(run, id)
        .map((l) => l.event)
        .join(", ")}`,
    );
  return e.t;
}
const calendar = new WorkingCalendar({ start: "2026-01-05", holidays: "SE" });

describe("quality review in isolation (no calibration effect)", () => {
  // One claim from a claimant who is not entitled, decided by a handler whom a policy tilts towards
  // granting: the decision is wrong. Review samples every decision (share 1; a scripted claim's review
  // luck is 0.5) and catches every wrong one (catchShare 1), with calibration 0, so only the
  // correction itself can change the outcome.
  const grantAll: Policy = { name: "grant everything", decisionTilt: () => 5 };
  const script = [{ arrival: at(7, 9), needHours: 2, entitled: false }];
  const run = (policies: Policy[]) => simulateOffice(quiet({ units: [soloTeam(policies)] }), { seed: 1, horizonDays: 21, trace: true, script });

  it("a scripted wrong decision is caught and flipped (kills: review costs time but never corrects a decision)", () => {
    const without = run([grantAll]);
    const withReview = run([grantAll, qualityReview({ share: 1, catchShare: 1, hoursPerReview: 0.5, calibration: 0 })]);
    expect(linesOf(without, 0).map((l) => l.event)).toContain("decide:grant:wrong");
    expect(without.metrics.decisionAccuracy).toBe(0);
    expect(linesOf(withReview, 0).map((l) => l.event)).toContain("decide:reject:right");
    expect(withReview.metrics.decisionAccuracy).toBe(1);
    // the review cost its hours (measurement time), the claim is not paid
    expect(withReview.metrics.timeShare.measurement).toBeGreaterThan(0);
    expect(linesOf(withReview, 0).map((l) => l.event)).not.toContain("paid");
    // and a reviewer who catches nothing leaves it wrong, at the same cost
    const blind = run([grantAll, qualityReview({ share: 1, catchShare: 0, hoursPerReview: 0.5, calibration: 0 })]);
    expect(linesOf(blind, 0).map((l) => l.event)).toContain("decide:grant:wrong");
    expect(blind.metrics.timeShare.measurement).toBeCloseTo(withReview.metrics.timeShare.measurement, 12);
  });
});

describe("a call to the responsible handler in a team", () => {
  // Claim 0 (40 h) keeps the owner busy for days from Monday 12 January 09:00. Claim 1 (2 h) waits
  // behind it; its claimant expects a decision within a day and calls to chase on Tuesday or
  // Wednesday, in the middle of claim 0's work. In the twin run claim 1's claimant expects to wait
  // 1000 days and never calls.
  const run = (expectedDays: number) =>
    simulateOffice(quiet({ units: [soloTeam()] }), {
      seed: 3,
      horizonDays: 28,
      trace: true,
      script: [
        { arrival: at(7, 9), needHours: 40 },
        { arrival: at(7, 9.5), needHours: 2, expectedDays },
      ],
    });

  it("interrupts the work in hand: answered at once, and the step in hand ends 0.15 + 0.1 h later (kills: team calls that do not interrupt the owner's work)", () => {
    const calls = run(1);
    const quietTwin = run(1000);
    const callAt = timeOf(calls, 1, "contact:chasing");
    // the step of claim 0 that was in hand when the phone rang
    const steps = linesOf(quietTwin, 0).filter((l) => l.event.startsWith("end:"));
    const starts = linesOf(quietTwin, 0).filter((l) => l.event.startsWith("start:"));
    const i = starts.findIndex((s, k) => s.t <= callAt && callAt < (steps[k] as TraceEntry).t);
    expect(i, `call at ${callAt} falls inside a step of claim 0`).toBeGreaterThanOrEqual(0);
    const kind = (steps[i] as TraceEntry).event;
    const endWith = linesOf(calls, 0).find((l) => l.event === kind)!.t;
    // answered with no wait: the call was not queued behind the work
    expect(calls.metrics.measured.callAnswerSeconds.true).toBe(0);
    expect(linesOf(calls, 1).map((l) => l.event)).not.toContain("start:contact:owner#0");
    // the interrupted step ends exactly contactHours + switchHours of working time later
    expect(endWith).toBeCloseTo(calendar.addWorkingTime((steps[i] as TraceEntry).t, 0.25), 9);
  });
});

describe("an office trace across Easter", () => {
  // Maundy Thursday 2 April 2026 is day 87; Good Friday (3 Apr) and Easter Monday (6 Apr) close the office.
  const script = [{ arrival: at(87, 15), needHours: 4 }];
  const run = (holidays: "SE" | "none") => simulateOffice(quiet({ holidays, units: [soloTeam()] }), { seed: 1, horizonDays: 100, trace: true, script });

  it("work left on Maundy Thursday goes on on Tuesday after Easter (kills: an office built without holidays)", () => {
    // register 0.1 + 0.4 → 15.5; certificate 0.05 + 0.4 → 15.95; assess 0.05 + 1.8: 0.55 h to 16.5, then
    // 1.3 h from 08:00 on the next working day
    const easter = run("SE");
    expect(timeOf(easter, 0, "end:certificate")).toBeCloseTo(at(87, 15.95), 9);
    expect(timeOf(easter, 0, "end:assess")).toBeCloseTo(at(92, 9.3), 9);
    // the same office with holidays switched off works on Good Friday
    expect(timeOf(run("none"), 0, "end:assess")).toBeCloseTo(at(88, 9.3), 9);
  });
});

describe("office-level common random numbers", () => {
  /** A policy that notes, for each claim, the handler's estimate of its registration hours (need × visibility). */
  const needProbe = (seen: Map<number, number>): Policy => ({
    name: "need probe",
    effortFactor(task: TaskView): number {
      if (task.kind === "register" && !seen.has(task.caseId)) seen.set(task.caseId, task.expectedHours);
      return 1;
    },
  });
  const arm = (extra: Policy[]) => {
    const seen = new Map<number, number>();
    const cfg = officeConfig({ world: { demand: { casesPerWeek: 160 } }, units: [standardisedUnit({ handlers: 20, policies: [needProbe(seen), ...extra] })] });
    return { run: simulateOffice(cfg, { seed: 8, horizonDays: 91, trace: true }), seen };
  };

  it("base and a policy-only variant on one seed see identical arrival times, claim count and needs (kills: arrivals drawn from a stream that depends on behaviour)", () => {
    const base = arm([]);
    // the variant changes behaviour a lot: a gamed quota, heavy measurement and shortest-first work
    const variant = arm([
      productionTarget({ perHandlerWeek: 12, strength: 1, compress: 1, earlyDecision: 0.5 }),
      measurementRegime({ level: "heavy" }),
      queueDiscipline({ rule: "shortest-expected-first" }),
    ]);
    // it does behave differently (otherwise the check would prove nothing)
    expect(variant.run.metrics.totals.decided).not.toBe(base.run.metrics.totals.decided);
    expect(variant.run.events).not.toBe(base.run.events);
    const arrivals = (r: OfficeRun) => (r.trace ?? []).filter((e) => e.event === "arrive").map((e) => [e.caseId, e.t]);
    const a = arrivals(base.run);
    expect(a.length).toBeGreaterThan(1500);
    expect(arrivals(variant.run)).toEqual(a);
    expect(variant.run.metrics.totals.arrived).toBe(base.run.metrics.totals.arrived);
    // the first 500 claims registered in both runs have the same (estimated) need
    const common = [...base.seen.keys()]
      .filter((id) => variant.seen.has(id))
      .sort((x, y) => x - y)
      .slice(0, 500);
    expect(common.length).toBe(500);
    for (const id of common) expect(variant.seen.get(id), `claim ${id}`).toBe(base.seen.get(id));
  });
});

describe("healthcare collaboration's completeness gain", () => {
  // A team office that is not overloaded; 70% of certificates complete. The collaboration adds 0.2
  // to that share and nothing else (answers no faster, no staff time), from the first weekly cycle.
  const arm = (policies: Policy[]) =>
    simulateOffice(
      officeConfig({
        world: { demand: { casesPerWeek: 100 }, certificates: { completeShare: 0.7, stillIncompleteShare: 0 } },
        units: [teamUnit({ handlers: 20, policies })],
      }),
      { seed: 5, horizonDays: 91, trace: true },
    );

  it("turns the claims whose draw lies in [0.7, 0.9) complete: a third as many completion requests, all among the base's (kills: completeness gain ignored)", () => {
    const base = arm([]);
    const variant = arm([healthcareCollaboration({ completenessGain: 0.2, answerDelayFactor: 1, hoursPerHandlerWeek: 0 })]);
    const requested = (r: OfficeRun, checked: Set<number>) =>
      new Set((r.trace ?? []).filter((e) => e.event === "completion-request" && checked.has(e.caseId)).map((e) => e.caseId));
    const checkedIn = (r: OfficeRun) => new Set((r.trace ?? []).filter((e) => e.event.startsWith("end:certificate")).map((e) => e.caseId));
    const arrivedAfterWeek1 = new Set((base.trace ?? []).filter((e) => e.event === "arrive" && e.t > 7 && e.t < 70).map((e) => e.caseId));
    const checked = new Set([...checkedIn(base)].filter((id) => arrivedAfterWeek1.has(id) && checkedIn(variant).has(id)));
    expect(checked.size).toBeGreaterThan(800);
    const b = requested(base, checked);
    const v = requested(variant, checked);
    // the same claim has the same certificate draw in both runs: every claim still incomplete with
    // the collaboration was incomplete without it
    for (const id of v) expect(b.has(id), `claim ${id}`).toBe(true);
    // incomplete share 0.3 → 0.1: among the base's requests a third remain, binomial with n = |b|;
    // the bounds are 3 standard errors
    const ratio = v.size / b.size;
    const se = Math.sqrt(((1 / 3) * (2 / 3)) / b.size);
    expect(b.size / checked.size).toBeGreaterThan(0.3 - 3 * Math.sqrt((0.3 * 0.7) / checked.size));
    expect(ratio, `${v.size} of ${b.size}`).toBeGreaterThan(1 / 3 - 3 * se);
    expect(ratio, `${v.size} of ${b.size}`).toBeLessThan(1 / 3 + 3 * se);
  });
});

describe("improvement time", () => {
  // A handler of a unit starting at capability 0.9 (transition dip 0.1) that can reach 1.1, with 40
  // improvement hours closing 63% of the gap. With a fifth of working time protected for improvement
  // (7.5 h a week), four weeks' worth (30 h) is done before the claim of 5 February is started.
  const improve: Policy = { name: "protected improvement", improvementShare: () => 0.2 };
  const unit = (policies: Policy[]) => soloTeam(policies, { transitionDip: 0.1, capabilityMax: 1.1, improvementHoursToGain: 40 });
  const script = [{ arrival: at(28, 9), needHours: 20 }];
  const run = (policies: Policy[]) => simulateOffice(quiet({ units: [unit(policies)] }), { seed: 1, horizonDays: 70, trace: true, script });
  /** working hours of the assessment step, less its 0.05 h switch (not scaled by capability) */
  const assessHours = (r: OfficeRun) => calendar.workingHoursBetween(timeOf(r, 0, "start:assess"), timeOf(r, 0, "end:assess")) - 0.05;

  it("raises capability, so the same step takes less time (kills: improvement time that never raises capability)", () => {
    const base = assessHours(run([]));
    const improved = assessHours(run([improve]));
    // capability 0.9 → 1.1 − 0.2·exp(−h/40) after h improvement hours; h is 30 h (four weeks) to
    // 45 h (six) by the time the assessment starts, so the step takes 0.87–0.90 of its base time
    const after = (h: number) => 1.1 - 0.2 * Math.exp(-h / 40);
    expect(improved / base).toBeGreaterThan(0.9 / after(45) - 1e-9);
    expect(improved / base).toBeLessThan(0.9 / after(30) + 1e-9);
  });
});

describe("the reward bonus through PolicySet", () => {
  // A fixed pressure of 0.2 from one policy; a probe reads the unit's pressure as the run sets it.
  const fixed: Policy = { name: "fixed pressure", pressure: () => 0.2 };
  const probe = (seen: number[]): Policy => ({
    name: "pressure probe",
    pressure(ctx: PolicyContext): number {
      seen.push(ctx.pressure);
      return 0;
    },
  });
  const arm = (extra: Policy[]) => {
    const seen: number[] = [];
    const cfg = officeConfig({
      world: { demand: { casesPerWeek: 60 }, people: { pressureStress: 0.5 } },
      units: [teamUnit({ handlers: 10, policies: [fixed, probe(seen), ...extra] })],
    });
    return { seen, metrics: simulateOffice(cfg, { seed: 4, horizonDays: 91, warmupDays: 14 }).metrics };
  };

  it("multiplies the pressure the run applies by 1 + bonusStrength, and stress follows (kills: pressureGain ignored by PolicySet)", () => {
    const base = arm([]);
    const bonus = arm([rewardStructure({ bonusStrength: 0.5 })]);
    // the first review sees the starting pressure 0; every later one the last week's
    expect(base.seen[0]).toBe(0);
    expect(bonus.seen[0]).toBe(0);
    expect(new Set(base.seen.slice(1))).toEqual(new Set([0.2]));
    for (const p of bonus.seen.slice(1)) expect(p).toBeCloseTo(0.3, 12);
    // the same claims and people (common random numbers), more pressure: more stress
    expect(bonus.metrics.stressMean).toBeGreaterThan(base.metrics.stressMean);
  });
});

describe("queue rules", () => {
  // A fixture in which the first task, the oldest claim, the shortest task and the earliest
  // checkpoint are four different tasks.
  const view = (over: Partial<TaskView>): TaskView => ({
    kind: "assess",
    caseId: 0,
    arrival: 10,
    readySince: 20,
    expectedHours: 3,
    claimExpectedHours: 3,
    claimStep: "assess",
    certificateMissing: false,
    documentsComplete: true,
    due: Infinity,
    failureDemand: false,
    contactReason: null,
    escalated: false,
    ...over,
  });
  const tasks: TaskView[] = [
    view({ caseId: 1, arrival: 12, readySince: 15, expectedHours: 2 }), // first in the queue
    view({ caseId: 2, arrival: 3, readySince: 18, expectedHours: 4 }), // oldest claim, longest task
    view({ caseId: 3, arrival: 9, readySince: 19, expectedHours: 0.5 }), // shortest
    view({ caseId: 4, kind: "checkpoint", arrival: 8, readySince: 19.5, expectedHours: 1, due: 40 }), // a checkpoint
    view({ caseId: 5, kind: "checkpoint", arrival: 11, readySince: 19.6, expectedHours: 1.5, due: 30 }), // the earliest due
  ];
  const ctx = { now: 20, regime: "team", unit: "u", pressure: 0, measured: {}, rng: () => 0.5 } as unknown as PolicyContext;
  const pick = (rule: Parameters<typeof queueDiscipline>[0]) => tasks[queueDiscipline(rule).selectTask!(tasks, ctx)]!.caseId;

  it("each rule picks its own task where oldest ≠ shortest ≠ first ≠ earliest due (kills: oldest-first sorting by hours)", () => {
    expect(pick({ rule: "fifo" })).toBe(1);
    expect(pick({ rule: "oldest-first" })).toBe(2);
    expect(pick({ rule: "shortest-expected-first" })).toBe(3);
    expect(pick({ rule: "checkpoint-deadline-first" })).toBe(5);
    // risk-based: no checkpoint due within 7 days and the claim older than 21 days is none → first;
    // with a 15-day window the earliest checkpoint; with 10-day age the oldest claim
    expect(pick({ rule: "risk-based", dueWithinDays: 7, oldAfterDays: 21 })).toBe(1);
    expect(pick({ rule: "risk-based", dueWithinDays: 15 })).toBe(5);
    expect(pick({ rule: "risk-based", dueWithinDays: 7, oldAfterDays: 10 })).toBe(2);
  });

  it("ties go to the task earlier in the list, and risk-based takes the earliest due among several at risk (Stryker survivors in queueDiscipline)", () => {
    const tied: TaskView[] = [
      view({ caseId: 1, arrival: 12, expectedHours: 2 }),
      view({ caseId: 2, kind: "checkpoint", arrival: 3, expectedHours: 1, due: 30 }),
      view({ caseId: 3, kind: "checkpoint", arrival: 3, expectedHours: 1, due: 25 }),
      view({ caseId: 4, kind: "checkpoint", arrival: 5, expectedHours: 1, due: 25 }),
      view({ caseId: 5, arrival: 3, expectedHours: 1 }),
    ];
    const pickTied = (rule: Parameters<typeof queueDiscipline>[0]) => tied[queueDiscipline(rule).selectTask!(tied, ctx)]!.caseId;
    expect(pickTied({ rule: "oldest-first" })).toBe(2); // arrival 3 three times: the first of them
    expect(pickTied({ rule: "shortest-expected-first" })).toBe(2); // 1 h four times: the first
    expect(pickTied({ rule: "checkpoint-deadline-first" })).toBe(3); // due 25 twice: the first
    // both checkpoints due within 10 days are at risk; the earliest due (25) wins, the first of a tie
    expect(pickTied({ rule: "risk-based", dueWithinDays: 10 })).toBe(3);
    // a checkpoint due exactly at now + dueWithinDays counts as at risk
    expect(pickTied({ rule: "risk-based", dueWithinDays: 5 })).toBe(3);
    // no checkpoint at risk: among claims older than oldAfterDays the oldest, the first of a tie
    expect(pickTied({ rule: "risk-based", dueWithinDays: 1, oldAfterDays: 10 })).toBe(2);
  });

  // A busy but stable team office on common random numbers, 12 replications of 26 weeks after a
  // 4-week warm-up. Since the recalibration 20 staff are stretched at about 125 claims a week (160 is
  // far beyond capacity), so 135 a week: utilisation about 0.92 with overtime and borrowing in play,
  // and no arm's backlog grows through the window. Checkpoints are workable 3 days before they fall
  // due and wait for no information from healthcare (checkpointInfoShare 0; with the default 1 the
  // ~10-day answer delay makes nearly every checkpoint late whatever the queue rule, 1% on time), so
  // the order of the queue decides whether they are done on time. Each check is a one-sided paired
  // t beyond 3 (11 degrees of freedom, p < 0.01).
  const R = 12;
  const loaded = (rule: QueueRule, r: number) =>
    simulateOffice(
      officeConfig({
        world: { demand: { casesPerWeek: 135 }, caseMix: { checkpointLeadDays: 3, checkpointInfoShare: 0 } },
        units: [teamUnit({ handlers: 20, policies: [queueDiscipline({ rule })] })],
      }),
      { seed: pinnedSeed(17), replication: r, horizonDays: 210, warmupDays: 28 },
    ).metrics;
  const pairedT = (xs: number[], ys: number[]) => {
    const d = ys.map((y, i) => y - xs[i]!);
    const mean = d.reduce((a, b) => a + b, 0) / d.length;
    const sd = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / (d.length - 1));
    return { mean, se: sd / Math.sqrt(d.length), t: mean / (sd / Math.sqrt(d.length)) };
  };
  const arms = new Map<string, ReturnType<typeof loaded>[]>();
  const armOf = (rule: QueueRule) => {
    const key = String(rule);
    if (!arms.has(key))
      arms.set(
        key,
        Array.from({ length: R }, (_, r) => loaded(rule, r)),
      );
    return arms.get(key)!;
  };

  it("checkpoint-deadline-first gets more checkpoints done on time than first come, first served", () => {
    const p = pairedT(
      armOf("fifo").map((m) => m.checkpointsOnTimeShare),
      armOf("checkpoint-deadline-first").map((m) => m.checkpointsOnTimeShare),
    );
    // measured at seed 17 (recalibrated model, 135 a week): 0.50 → 0.76 on time, +0.26, SE 0.025,
    // t = 10.2 (t 10.3 and 14.0 at seed shifts 1 and 2)
    console.log(`checkpoints on time, deadline-first − FIFO: ${p.mean.toFixed(3)} (SE ${p.se.toFixed(3)}, t ${p.t.toFixed(2)})`);
    expect(p.t, JSON.stringify(p)).toBeGreaterThan(3);
  });

  it("oldest-first shortens complex claims' lead time against shortest-expected-first (kills: oldest-first sorting by hours)", () => {
    // measured at seed 17 (recalibrated model, 135 a week): paired difference in complex claims'
    // mean lead time −2.3 days, SE 0.41, t −5.6 (t −3.9 and −4.3 at seed shifts 1 and 2).
    // Shortest-first leaves long claims waiting; a rule that sorted the oldest claims by hours would
    // be shortest-first and give a difference of exactly 0. (The complex claims' p90, checked here
    // before the recalibration, is as clear at this seed, t −4.1, but varies more between
    // replications: t −2.2 at seed shift 1.)
    const complex = pairedT(
      armOf("shortest-expected-first").map((m) => m.leadTimeDays.byComplexity.complex.mean),
      armOf("oldest-first").map((m) => m.leadTimeDays.byComplexity.complex.mean),
    );
    console.log(`oldest-first − shortest-first: complex mean ${complex.mean.toFixed(2)} d (SE ${complex.se.toFixed(2)}, t ${complex.t.toFixed(2)})`);
    expect(complex.t, JSON.stringify(complex)).toBeLessThan(-3);
  });
});
