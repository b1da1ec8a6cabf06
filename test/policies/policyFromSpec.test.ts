/*
 * Policies written as data: policyFromSpec builds every kind, and the zod
 * schemas accept the same specs with the factories' defaults and bounds.
 */
import { describe, expect, it } from "vitest";
import {
  documentTemplatesDefaults,
  healthcareCollaborationDefaults,
  measurementRegimeDefaults,
  POLICY_KINDS,
  policyFromSpec,
  policySpecSchema,
  productionTargetDefaults,
  qualityReviewDefaults,
  queueDisciplineDefaults,
  rewardStructureDefaults,
  trustBasedSteeringDefaults,
} from "../../src/index";
import type { PolicySpec } from "../../src/index";

const DEFAULTS: Record<string, object> = {
  noPolicy: {},
  productionTarget: productionTargetDefaults,
  measurementRegime: measurementRegimeDefaults,
  rewardStructure: rewardStructureDefaults,
  documentTemplates: documentTemplatesDefaults,
  qualityReview: qualityReviewDefaults,
  queueDiscipline: queueDisciplineDefaults,
  healthcareCollaboration: healthcareCollaborationDefaults,
  trustBasedSteering: trustBasedSteeringDefaults,
};

describe("policyFromSpec", () => {
  it("builds every kind, named after it", () => {
    for (const kind of POLICY_KINDS) {
      expect(policyFromSpec({ kind }).name).toBe(kind);
    }
  });

  it("passes options to the factory", () => {
    const p = policyFromSpec({ kind: "qualityReview", share: 0.25, calibration: 0 });
    expect(p.review!({} as never)).toEqual({ ...qualityReviewDefaults, share: 0.25, calibration: 0 });
    const q = policyFromSpec(JSON.parse('{"kind":"queueDiscipline","rule":"oldest-first"}') as PolicySpec);
    expect(q.selectTask!([{ arrival: 5 }, { arrival: 1 }] as never, {} as never)).toBe(1);
  });

  it("rejects unknown kinds and options, naming them", () => {
    expect(() => policyFromSpec({ kind: "targets" } as never)).toThrow(RangeError);
    expect(() => policyFromSpec({ kind: "targets" } as never)).toThrow(/"kind" must be one of .*"productionTarget".*got "targets"/);
    expect(() => policyFromSpec({ kind: "rewardStructure", bonus: 1 } as never)).toThrow(/rewardStructure: unknown option "bonus"/);
    expect(() => policyFromSpec({ kind: "noPolicy", x: 1 } as never)).toThrow(/noPolicy: unknown option "x"/);
    expect(() => policyFromSpec({ kind: "qualityReview", share: -1 })).toThrow(/"share"/);
    expect(() => policyFromSpec(null as never)).toThrow(TypeError);
  });
});

describe("policySchemas", () => {
  it("fill in the factory defaults", () => {
    for (const kind of POLICY_KINDS) {
      const parsed = policySpecSchema().parse({ kind });
      expect(parsed).toEqual({ kind, ...DEFAULTS[kind] });
      // and a parsed spec is a PolicySpec (the types agree) that builds the policy
      expect(policyFromSpec(parsed).name).toBe(kind);
    }
  });

  it("reject unknown options and out-of-range values with a path", () => {
    const unknown = policySpecSchema().safeParse({ kind: "productionTarget", perHandlerWeeek: 10 });
    expect(unknown.success).toBe(false);
    const bad = policySpecSchema().safeParse({ kind: "qualityReview", share: 1.5 });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(["share"]);
    const kind = policySpecSchema().safeParse({ kind: "nope" });
    expect(kind.success).toBe(false);
    const order = policySpecSchema().safeParse({ kind: "documentTemplates", minFactor: 1, maxFactor: 0.5 });
    expect(order.success).toBe(false);
    expect(order.error!.issues[0]!.path).toEqual(["maxFactor"]);
  });

  it("agree with the factories on the bounds", () => {
    // each pair: a spec the factory rejects must be rejected by the schema too, and vice versa
    const specs: unknown[] = [
      { kind: "productionTarget", perHandlerWeek: 0 },
      { kind: "productionTarget", auditedAccuracyAtLeast: 1 },
      { kind: "productionTarget", figure: "leadTime", leadTimeDaysAtMost: 0.5 },
      { kind: "measurementRegime", level: "pinnjakt", callTargetSeconds: 0 },
      { kind: "measurementRegime", level: "heavy", perTaskHours: 0 },
      { kind: "measurementRegime", callTimeFactor: 1, callResolveFactor: 0 },
      { kind: "documentTemplates", stepShares: [0, 0, 1, 0, 0] },
      { kind: "documentTemplates", stepShares: [0, 0, 0, 0, 0] },
      { kind: "trustBasedSteering", improvementShare: 0.5 },
      { kind: "trustBasedSteering", improvementShare: 0.51 },
      { kind: "healthcareCollaboration", answerDelayFactor: 0 },
      { kind: "queueDiscipline", rule: "risk-based", dueWithinDays: 0 },
    ];
    for (const s of specs) {
      let factoryOk = true;
      try {
        policyFromSpec(s as PolicySpec);
      } catch {
        factoryOk = false;
      }
      expect(policySpecSchema().safeParse(s).success, JSON.stringify(s)).toBe(factoryOk);
    }
  });
});
