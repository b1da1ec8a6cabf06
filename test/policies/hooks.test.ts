/*
 * The hooks of every shipped policy, called directly with hand-made contexts:
 * the hook contract (finite answers, nothing negative, valid task indices) and
 * the exact formulas each policy documents.
 */
import { describe, expect, it } from "vitest";
import {
  createStream,
  documentTemplates,
  healthcareCollaboration,
  MEASUREMENT_PRESETS,
  measurementRegime,
  noPolicy,
  productionTarget,
  qualityReview,
  queueDiscipline,
  rewardStructure,
  trustBasedSteering,
} from "../../src/index";
import type { MeasuredFigures, OverheadKind, PolicyContext, Rng, TaskView } from "../../src/index";
import { POLICY_CASES } from "./policyCases";

const NOT_MEASURED: MeasuredFigures = {
  decisionsPerHandlerWeek: NaN,
  leadTimeDays: NaN,
  callAnswerSeconds: NaN,
  auditedAccuracy: NaN,
  rejectionShare: NaN,
  backlogPerHandler: NaN,
};

function ctx(over: { pressure?: number; measured?: Partial<MeasuredFigures>; rng?: Rng; now?: number; regime?: "standardised" | "team" } = {}): PolicyContext {
  return {
    now: over.now ?? 100,
    regime: over.regime ?? "team",
    unit: "u",
    pressure: over.pressure ?? 0,
    measured: { ...NOT_MEASURED, ...(over.measured ?? {}) },
    typicalStepHours: [0.25, 0.25, 1.125, 0.375, 0.5],
    rng: over.rng ?? createStream(5, "hooks"),
  };
}

function task(over: Partial<TaskView> = {}): TaskView {
  return {
    kind: "assess",
    caseId: 0,
    arrival: 50,
    readySince: 60,
    expectedHours: 1,
    claimExpectedHours: 2.5,
    claimStep: "assess",
    certificateMissing: false,
    documentsComplete: true,
    due: Infinity,
    failureDemand: false,
    contactReason: null,
    escalated: false,
    ...over,
  };
}

/** A constant "random" source, for exact checks of probability thresholds. */
const constant =
  (u: number): Rng =>
  () =>
    u;

describe("hook contract of every shipped policy", () => {
  const measuredCases: Array<Partial<MeasuredFigures>> = [
    {},
    { decisionsPerHandlerWeek: 0, leadTimeDays: 0, callAnswerSeconds: 0, auditedAccuracy: 0, rejectionShare: 0, backlogPerHandler: 0 },
    { decisionsPerHandlerWeek: 9, leadTimeDays: 30, callAnswerSeconds: 1e6, auditedAccuracy: 0.9, rejectionShare: 0.05, backlogPerHandler: 12 },
    { decisionsPerHandlerWeek: 50, leadTimeDays: 1, callAnswerSeconds: 10, auditedAccuracy: 1, rejectionShare: 0.5, backlogPerHandler: 1 },
  ];
  const tasks = Array.from({ length: 20 }, (_, i) =>
    task({
      caseId: i,
      arrival: 100 - i * 3,
      expectedHours: 0.2 + ((i * 7) % 11) / 4,
      due: i % 5 === 0 ? 100 + i : Infinity,
      kind: i % 3 === 0 ? "pay" : "assess",
    }),
  );
  const kinds: OverheadKind[] = ["case", "task", "contact", "decision"];
  for (const c of POLICY_CASES) {
    it(c.label, () => {
      for (const policy of c.make()) {
        expect(typeof policy.name).toBe("string");
        expect(policy.name.length).toBeGreaterThan(0);
        for (const measured of measuredCases) {
          for (const pressure of [0, 0.25, 1, 4]) {
            for (const regime of ["standardised", "team"] as const) {
              const x = ctx({ pressure, measured, regime });
              const finiteNonNeg = (v: number | undefined): void => {
                if (v === undefined) return;
                expect(Number.isFinite(v)).toBe(true);
                expect(v).toBeGreaterThanOrEqual(0);
              };
              finiteNonNeg(policy.pressure?.(x));
              finiteNonNeg(policy.pressureGain?.(x));
              for (const n of [1, 2, 20]) {
                const i = policy.selectTask?.(tasks.slice(0, n), x);
                if (i !== undefined) {
                  expect(Number.isInteger(i)).toBe(true);
                  expect(i).toBeGreaterThanOrEqual(-1);
                  expect(i).toBeLessThan(n);
                }
              }
              for (const t of tasks) finiteNonNeg(policy.effortFactor?.(t, x));
              if (policy.decideEarly) expect(typeof policy.decideEarly(tasks[0] as TaskView, x)).toBe("boolean");
              if (policy.decisionTilt) expect(Number.isFinite(policy.decisionTilt(x))).toBe(true);
              for (const k of kinds) finiteNonNeg(policy.overheadHours?.(k, x));
              finiteNonNeg(policy.periodOverheadHours?.(x));
              const call = policy.contact?.(x);
              if (call) for (const v of Object.values(call)) finiteNonNeg(v);
              const rev = policy.review?.(x);
              if (rev) for (const v of Object.values(rev)) finiteNonNeg(v);
              const imp = policy.improvementShare?.(x);
              finiteNonNeg(imp);
              if (imp !== undefined) expect(imp).toBeLessThanOrEqual(0.5);
              const cert = policy.certificates?.(x);
              if (cert) for (const v of Object.values(cert)) finiteNonNeg(v);
            }
          }
        }
      }
    });
  }
});

describe("noPolicy", () => {
  it("has a name and no hooks", () => {
    expect(noPolicy()).toEqual({ name: "noPolicy" });
  });
});

describe("productionTarget formulas", () => {
  it("pressure = strength × relative shortfall on decisions; none when met or not measured", () => {
    const p = productionTarget({ perHandlerWeek: 10, strength: 2 });
    expect(p.pressure!(ctx({ measured: { decisionsPerHandlerWeek: 7.5 } }))).toBeCloseTo(2 * 0.25, 12);
    expect(p.pressure!(ctx({ measured: { decisionsPerHandlerWeek: 12 } }))).toBe(0);
    expect(p.pressure!(ctx())).toBe(0);
  });

  it("lead-time target: shortfall is the relative excess, capped at 1", () => {
    const p = productionTarget({ figure: "leadTime", leadTimeDaysAtMost: 10, strength: 1 });
    expect(p.pressure!(ctx({ measured: { leadTimeDays: 15 } }))).toBeCloseTo(0.5, 12);
    expect(p.pressure!(ctx({ measured: { leadTimeDays: 45 } }))).toBe(1);
    expect(p.pressure!(ctx({ measured: { leadTimeDays: 8 } }))).toBe(0);
    expect(p.pressure!(ctx())).toBe(0);
  });

  it("audited-accuracy target: pressure but no gaming responses", () => {
    const p = productionTarget({ figure: "auditedAccuracy", auditedAccuracyAtLeast: 0.98, strength: 4, selectEasy: 1, compress: 1, earlyDecision: 1 });
    expect(p.pressure!(ctx({ measured: { auditedAccuracy: 0.931 } }))).toBeCloseTo((4 * 0.049) / 0.98, 12);
    expect(p.pressure!(ctx())).toBe(0);
    expect(p.selectTask).toBeUndefined();
    expect(p.effortFactor).toBeUndefined();
    expect(p.decideEarly).toBeUndefined();
  });

  it("selects the smallest visible task with probability selectEasy × pressure, only with room to select", () => {
    const p = productionTarget({ selectEasy: 0.5 });
    const ts = [task({ expectedHours: 2 }), task({ expectedHours: 0.5 }), task({ expectedHours: 0.4 }), task({ expectedHours: 0.4 })];
    // probability 0.5 × 0.8 = 0.4: a draw of 0.39 selects (first of the tied smallest), 0.41 does not
    expect(p.selectTask!(ts, ctx({ pressure: 0.8, rng: constant(0.39) }))).toBe(2);
    expect(p.selectTask!(ts, ctx({ pressure: 0.8, rng: constant(0.41) }))).toBe(-1);
    expect(p.selectTask!(ts, ctx({ pressure: 0, rng: constant(0) }))).toBe(-1);
    expect(productionTarget({ selectEasy: 0.5, roomToSelect: false }).selectTask).toBeUndefined();
  });

  it("compresses effort to max(0.3, 1 − compress × pressure)", () => {
    const p = productionTarget({ compress: 0.4 });
    expect(p.effortFactor!(task(), ctx({ pressure: 0 }))).toBe(1);
    expect(p.effortFactor!(task(), ctx({ pressure: 0.5 }))).toBeCloseTo(0.8, 12);
    expect(p.effortFactor!(task(), ctx({ pressure: 5 }))).toBe(0.3);
  });

  it("decides early with probability earlyDecision × pressure", () => {
    const p = productionTarget({ earlyDecision: 0.5 });
    expect(p.decideEarly!(task(), ctx({ pressure: 0.5, rng: constant(0.24) }))).toBe(true);
    expect(p.decideEarly!(task(), ctx({ pressure: 0.5, rng: constant(0.26) }))).toBe(false);
    expect(p.decideEarly!(task(), ctx({ pressure: 0, rng: constant(0) }))).toBe(false);
  });

  it("tilts towards rejection by tilt × shortfall against the rejection target", () => {
    const p = productionTarget({ rejectionShareAtLeast: 0.15, tilt: 4 });
    expect(p.decisionTilt!(ctx({ measured: { rejectionShare: 0.05 } }))).toBeCloseTo(-0.4, 12);
    expect(p.decisionTilt!(ctx({ measured: { rejectionShare: 0.2 } }))).toBe(0);
    expect(p.decisionTilt!(ctx())).toBe(0);
    expect(productionTarget().decisionTilt).toBeUndefined();
  });
});

describe("measurementRegime", () => {
  it("charges the preset per occurrence and per handler-week; overrides win", () => {
    const heavy = MEASUREMENT_PRESETS.heavy;
    const p = measurementRegime({ level: "heavy", perTaskHours: 0.2 });
    const x = ctx();
    expect(p.overheadHours!("case", x)).toBe(heavy.perCaseHours);
    expect(p.overheadHours!("task", x)).toBe(0.2);
    expect(p.overheadHours!("contact", x)).toBe(heavy.perContactHours);
    expect(p.overheadHours!("decision", x)).toBe(heavy.perDecisionHours);
    expect(p.periodOverheadHours!(x)).toBe(heavy.perHandlerWeekHours);
    expect(p.contact).toBeUndefined();
  });

  it("levels cost more the heavier they are", () => {
    const weekly = (["none", "light", "heavy", "pinnjakt"] as const).map((level) => measurementRegime({ level }).periodOverheadHours!(ctx()));
    expect(weekly[0]).toBe(0);
    for (let i = 1; i < weekly.length; i++) expect(weekly[i]).toBeGreaterThanOrEqual(weekly[i - 1] as number);
    expect(measurementRegime({ level: "none" }).overheadHours!("decision", ctx())).toBe(0);
  });

  it("cuts calls short only while the measured answer time is over the target", () => {
    const p = measurementRegime({ level: "pinnjakt", callTimeFactor: 0.5, callResolveFactor: 0.8 });
    expect(p.contact!(ctx({ measured: { callAnswerSeconds: 121 } }))).toEqual({ timeFactor: 0.5, resolveFactor: 0.8 });
    expect(p.contact!(ctx({ measured: { callAnswerSeconds: 119 } }))).toEqual({ timeFactor: 1, resolveFactor: 1 });
    expect(p.contact!(ctx())).toEqual({ timeFactor: 1, resolveFactor: 1 });
    const own = measurementRegime({ level: "none", callTargetSeconds: 30 });
    expect(own.contact!(ctx({ measured: { callAnswerSeconds: 31 } })).timeFactor).toBe(0.6);
  });
});

describe("rewardStructure", () => {
  it("multiplies pressure by 1 + bonusStrength and adds none", () => {
    const p = rewardStructure({ bonusStrength: 0.75 });
    expect(p.pressureGain!(ctx())).toBe(1.75);
    expect(p.pressure).toBeUndefined();
  });
});

describe("documentTemplates", () => {
  it("gives each claim step its template hours: factor = template / estimate, clamped", () => {
    const p = documentTemplates({ templateFit: 1, meanNeedHours: 2, stepShares: [1, 1, 4, 2, 2], minFactor: 0.5, maxFactor: 2 });
    const team = ctx({ regime: "team" });
    // assessment template = 2 × 4/10 = 0.8 h
    expect(p.effortFactor!(task({ kind: "assess", expectedHours: 1 }), team)).toBeCloseTo(0.8, 12);
    expect(p.effortFactor!(task({ kind: "assess", expectedHours: 4 }), team)).toBe(0.5);
    expect(p.effortFactor!(task({ kind: "register", expectedHours: 0.05 }), team)).toBe(2);
    expect(p.effortFactor!(task({ kind: "decide", expectedHours: 0.2 }), team)).toBeCloseTo(2, 12);
    expect(p.effortFactor!(task({ kind: "checkpoint", expectedHours: 9 }), team)).toBe(1);
    expect(p.effortFactor!(task({ kind: "assess", expectedHours: 4 }), ctx({ regime: "standardised" }))).toBe(1);
  });
});

describe("qualityReview and healthcareCollaboration", () => {
  it("return their settings", () => {
    expect(qualityReview({ share: 0.2 }).review!(ctx())).toEqual({ share: 0.2, catchShare: 0.7, hoursPerReview: 0.5, calibration: 0.3 });
    expect(healthcareCollaboration().certificates!(ctx())).toEqual({ completenessGain: 0.05, answerDelayFactor: 0.6, hoursPerHandlerWeek: 0.5 });
  });
});

describe("trustBasedSteering", () => {
  it("protects improvement time that pressure crowds out", () => {
    const p = trustBasedSteering({ improvementShare: 0.1, crowdOut: 2 });
    expect(p.improvementShare!(ctx({ pressure: 0 }))).toBeCloseTo(0.1, 12);
    expect(p.improvementShare!(ctx({ pressure: 0.25 }))).toBeCloseTo(0.05, 12);
    expect(p.improvementShare!(ctx({ pressure: 0.6 }))).toBe(0);
    expect(p.review!(ctx())).toEqual({ share: 0.1, catchShare: 0.5, hoursPerReview: 0.3, calibration: 0.5 });
    expect(p.pressure).toBeUndefined();
  });
});

describe("queueDiscipline", () => {
  const now = 100;
  const ts = [
    task({ arrival: 90, expectedHours: 1.0 }), // 0: young claim
    task({ arrival: 60, expectedHours: 2.0 }), // 1: old claim (40 days)
    task({ arrival: 95, expectedHours: 0.3, due: 130, kind: "checkpoint" }), // 2: checkpoint due in 30 days
    task({ arrival: 70, expectedHours: 0.5, due: 104, kind: "checkpoint" }), // 3: checkpoint due in 4 days
    task({ arrival: 50, expectedHours: 0.2 }), // 4: oldest claim, quickest task
  ];
  const pick = (rule: Parameters<typeof queueDiscipline>[0], list: TaskView[] = ts): number => queueDiscipline(rule).selectTask!(list, ctx({ now }));

  it("applies each rule", () => {
    expect(pick({ rule: "fifo" })).toBe(0);
    expect(pick({ rule: "oldest-first" })).toBe(4);
    expect(pick({ rule: "shortest-expected-first" })).toBe(4);
    expect(pick({ rule: "checkpoint-deadline-first" })).toBe(3);
    expect(pick({ rule: "checkpoint-deadline-first" }, [ts[0] as TaskView, ts[1] as TaskView])).toBe(0);
  });

  it("risk-based: checkpoints near due, then old claims, then first come", () => {
    expect(pick({ rule: "risk-based", dueWithinDays: 7 })).toBe(3);
    // no checkpoint within 3 days: the oldest claim older than 21 days
    expect(pick({ rule: "risk-based", dueWithinDays: 3 })).toBe(4);
    // nothing at risk: first come
    expect(pick({ rule: "risk-based", dueWithinDays: 3, oldAfterDays: 60 })).toBe(0);
  });
});
