/*
 * A management policy spec (as written in a scenario file) in a few words, e.g.
 * "production target: 8 decisions per handler-week (strength 1)".
 */

/**
 * `spec` in words. Knows every shipped policy kind; other kinds are shown as
 * their kind and options in JSON.
 */
export function describePolicy(spec: unknown): string {
  if (typeof spec !== "object" || spec === null) return String(JSON.stringify(spec));
  const p = spec as Record<string, unknown>;
  const num = (k: string): string => (typeof p[k] === "number" ? fmt(p[k]) : "?");
  const word = (k: string): string => (typeof p[k] === "string" ? p[k] : "?");
  const pct = (k: string): string => (typeof p[k] === "number" ? `${fmt(100 * p[k])}%` : "?");
  switch (p["kind"]) {
    case "noPolicy":
      return "no policy";
    case "productionTarget": {
      let target: string;
      if (p["figure"] === "leadTime") target = `measured mean lead time at most ${num("leadTimeDaysAtMost")} days`;
      else if (p["figure"] === "auditedAccuracy") target = `audited accuracy at least ${pct("auditedAccuracyAtLeast")}`;
      else target = `${num("perHandlerWeek")} decisions per handler-week`;
      const extra =
        typeof p["rejectionShareAtLeast"] === "number" && p["rejectionShareAtLeast"] > 0 ? `, rejections at least ${pct("rejectionShareAtLeast")}` : "";
      return `production target: ${target}${extra} (strength ${num("strength")})`;
    }
    case "measurementRegime": {
      const call = typeof p["callTargetSeconds"] === "number" ? `, call-answer target ${num("callTargetSeconds")} s` : "";
      return `measurement: ${word("level")}${call}`;
    }
    case "rewardStructure":
      return `performance bonus (strength ${num("bonusStrength")})`;
    case "documentTemplates":
      return `standard document templates (sized to ${num("templateFit")}× the typical step)`;
    case "qualityReview":
      return `quality review of ${pct("share")} of decisions`;
    case "queueDiscipline":
      return `queue order: ${word("rule")}`;
    case "healthcareCollaboration":
      return `collaboration with healthcare (+${pct("completenessGain")} certificates complete first time, answer delay ×${num("answerDelayFactor")})`;
    case "trustBasedSteering":
      return `trust-based steering (peer review of ${pct("peerReviewShare")} of decisions, ${pct("improvementShare")} of time protected for improvement)`;
    default: {
      const { kind, ...rest } = p;
      return `${String(kind)} ${JSON.stringify(rest)}`;
    }
  }
}

/** A number with at most three decimals and no trailing zeros. */
function fmt(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
