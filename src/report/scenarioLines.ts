/*
 * A scenario in words, for a report: the model's own description when it has
 * one (ModelReport.describeScenario), otherwise the scenario's description and
 * its settings listed one by one, and how it was run.
 */
import type { RunFacts } from "./ModelReport";
import { modelReportOf } from "./modelReports";
import { scenarioLeaves } from "./scenarioLeaves";

/**
 * Lines describing `scenario` (validated, as stored in a result): the model's
 * own sentences when its report describes scenarios, else its `description`
 * and `setting = value` lines; the last line says how it was run.
 */
export function scenarioLines(scenario: unknown, run: RunFacts): string[] {
  const report = modelReportOf(run.model);
  if (report?.describeScenario !== undefined) return report.describeScenario(scenario, run);
  const lines: string[] = [];
  const description = typeof scenario === "object" && scenario !== null ? (scenario as Record<string, unknown>)["description"] : undefined;
  if (typeof description === "string" && description !== "") lines.push(description);
  for (const [path, value] of scenarioLeaves(scenario)) lines.push(`${path} = ${JSON.stringify(value)}`);
  lines.push(`${run.replications} replication${run.replications === 1 ? "" : "s"} of model "${run.model}", root seed ${JSON.stringify(run.rootSeed)}.`);
  return lines;
}
