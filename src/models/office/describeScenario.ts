/*
 * A scenario in words, for the top of a report: who works how, under which
 * policies, facing what demand, for how long. Office scenarios are told as
 * sentences; scenarios of other models are listed setting by setting.
 */
import { isKnownRegime, regimeOf } from "../../organisation/regimes/regimeRegistry";
import { describePolicy } from "./describePolicy";
import type { RunFacts } from "../../report/ModelReport";
import { scenarioLeaves } from "../../report/scenarioLeaves";

/**
 * Lines describing `scenario` (validated, defaults filled in, as stored in a
 * result). For the office model: its description, the calendar, the demand,
 * each unit with its regime, staff and policies, and the run length; for other
 * models: `setting = value` lines. The last line says how it was run.
 */
export function describeScenario(scenario: unknown, run: RunFacts): string[] {
  const lines: string[] = [];
  const s = asObject(scenario);
  if (typeof s["description"] === "string" && s["description"] !== "") lines.push(s["description"]);
  const office = asObject(s["office"]);
  if (run.model === "office" && Array.isArray(office["units"])) {
    lines.push(...describeOffice(office));
    const r = asObject(s["run"]);
    const horizon = r["horizonDays"];
    const warmup = r["warmupDays"];
    if (typeof horizon === "number" && typeof warmup === "number") {
      lines.push(`Simulated ${fmt(horizon)} days; the first ${fmt(warmup)} are warm-up and not measured.`);
    }
  } else {
    for (const [path, value] of scenarioLeaves(scenario)) lines.push(`${path} = ${JSON.stringify(value)}`);
  }
  lines.push(`${run.replications} replication${run.replications === 1 ? "" : "s"} of model "${run.model}", root seed ${JSON.stringify(run.rootSeed)}.`);
  return lines;
}

function describeOffice(office: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const holidays = office["holidays"] === "none" ? "no public holidays" : "Swedish public holidays";
  if (typeof office["startDate"] === "string") lines.push(`Office calendar from ${office["startDate"]}, ${holidays}.`);
  const world = asObject(office["world"]);
  const demand = asObject(world["demand"]);
  const mix = asObject(world["caseMix"]);
  const certs = asObject(world["certificates"]);
  const parts: string[] = [];
  if (typeof demand["casesPerWeek"] === "number") parts.push(`${fmt(demand["casesPerWeek"])} new claims a week`);
  if (Array.isArray(office["initialBacklog"])) {
    parts.push(`a starting backlog of the office's own ${office["initialBacklog"].length} open claims`);
  } else if (typeof demand["initialBacklogWeeks"] === "number" && demand["initialBacklogWeeks"] > 0) {
    parts.push(`a starting backlog of ${fmt(demand["initialBacklogWeeks"])} weeks' volume`);
  }
  if (typeof mix["meanNeedHours"] === "number") {
    const variety = typeof mix["variety"] === "number" ? ` (variety: coefficient of variation ${fmt(mix["variety"])})` : "";
    parts.push(`on average ${fmt(mix["meanNeedHours"])} hours of work per claim${variety}`);
  }
  if (typeof certs["completeShare"] === "number") parts.push(`${fmt(100 * certs["completeShare"])}% of medical certificates complete on arrival`);
  if (parts.length > 0) lines.push(`Demand: ${parts.join(", ")}.`);
  const units = office["units"] as unknown[];
  const shareTotal = units.reduce<number>((a, u) => a + (typeof asObject(u)["caseShare"] === "number" ? (asObject(u)["caseShare"] as number) : 0), 0);
  units.forEach((raw, k) => {
    const u = asObject(raw);
    const name = typeof u["name"] === "string" ? u["name"] : `unit ${k + 1}`;
    const staff = typeof u["handlers"] === "number" ? `${u["handlers"]} staff` : "staff as default";
    const regime = isKnownRegime(u["regime"]) ? regimeOf(u["regime"]).describeUnit(u) : `organised as ${JSON.stringify(u["regime"])}`;
    const share = units.length > 1 && shareTotal > 0 && typeof u["caseShare"] === "number" ? `, ${fmt((100 * u["caseShare"]) / shareTotal)}% of claims` : "";
    const policies = Array.isArray(u["policies"]) && u["policies"].length > 0 ? u["policies"].map(describePolicy).join("; ") : "no management policies";
    lines.push(`Unit "${name}": ${regime}; ${staff}${share}. Policies: ${policies}.`);
  });
  return lines;
}

function asObject(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}
