/*
 * The metric table is the one definition of the office model's metrics: it has
 * exactly the keys an office run reports (no metric without a label and
 * description, no row for a metric that no longer exists), and every label the
 * report and the command line show for an office metric comes from it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTACT_REASONS } from "../../src/casework/ContactReason";
import { defineScenario } from "../../src/models/office/defineScenario";
import { officeModel } from "../../src/models/office/officeModel";
import { contactLegend } from "../../src/models/office/contactLegend";
// registers the built-in models, as importing caseflow from its root does (the generic glossary reads their tables)
import "../../src/models/builtinModels";
import { describeMetric } from "../../src/report/metricGlossary";
import { metricGlossaryMarkdown } from "../../src/models/office/metricGlossaryMarkdown";
import { OFFICE_METRICS, OFFICE_METRIC_GROUPS, metricInfo, metricLabel } from "../../src/models/office/metricTable";

/** The golden scenario (both regimes, seven policy kinds), cut to eight weeks. */
const golden = JSON.parse(readFileSync(join(__dirname, "../golden/scenario.json"), "utf8")) as Record<string, unknown>;
const scenario = defineScenario({ ...golden, run: { horizonDays: 56, warmupDays: 14, replications: 1, seed: "table" } });
const reported = Object.keys(officeModel.run(scenario, { rootSeed: "table", replication: 0 }).metrics);
const REASONS = "contactsByReason.";

describe("the office metric table", () => {
  it("has a row for every metric an office run reports", () => {
    expect(reported.filter((k) => metricInfo(k) === undefined)).toEqual([]);
  });

  it("has no row for a metric an office run does not report (contacts by reason: every reason a contact can have)", () => {
    const tableKeys = OFFICE_METRICS.map((m) => m.key);
    expect(tableKeys.filter((k) => !k.startsWith(REASONS) && !reported.includes(k))).toEqual([]);
    expect(tableKeys.filter((k) => k.startsWith(REASONS)).sort()).toEqual(
      Object.keys(CONTACT_REASONS)
        .map((r) => REASONS + r)
        .sort(),
    );
    // the run saw contacts, so the reasons it reports are rows of the table
    expect(reported.filter((k) => k.startsWith(REASONS)).length).toBeGreaterThan(0);
  });

  it("defines each key once, with a label, a unit and a description", () => {
    const keys = OFFICE_METRICS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of OFFICE_METRICS) {
      expect(m.label.length, m.key).toBeGreaterThan(2);
      expect(m.description, m.key).toMatch(/^[A-Z0-9].{10,}\.$/s);
      expect(metricLabel(m.key)).toContain(m.label);
      expect(describeMetric(m.key)).toContain(m.description);
    }
    // a metric of another model has no row and is shown by its key
    expect(metricInfo("waitingTime")).toBeUndefined();
    expect(metricLabel("waitingTime")).toBe("waitingTime");
  });

  it("keeps the office's own calls apart from citizen demand", () => {
    expect(metricInfo("contactsByReason.proactive")?.description).toMatch(/not demand/);
    expect(metricInfo("officeContactsPerCase")?.description).toMatch(/neither in citizen contacts nor in the failure-demand share/);
    expect(metricInfo("contactsByReason.chasing")?.better).toBe("lower");
  });
});

describe("the README's metrics glossary", () => {
  const START = "<!-- metric-glossary:start";
  const END = "<!-- metric-glossary:end -->";

  it("is the metric table's glossary (regenerate: UPDATE_GLOSSARY=1 npx vitest run test/report/metricTable.test.ts)", async () => {
    const path = join(__dirname, "../../README.md");
    const readme = readFileSync(path, "utf8");
    const from = readme.indexOf(START);
    const to = readme.indexOf(END);
    expect(from, "README has the glossary markers").toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    const head = readme.indexOf("\n", from) + 1;
    const current = readme.slice(head, to);
    const wanted = metricGlossaryMarkdown();
    if (process.env["UPDATE_GLOSSARY"] === "1" && process.env["CI"] === undefined && current !== wanted) {
      const { writeFileSync } = await import("node:fs");
      writeFileSync(path, readme.slice(0, head) + wanted + readme.slice(to));
      return;
    }
    expect(current).toBe(wanted);
  });

  it("has one row per group of the table", () => {
    expect(metricGlossaryMarkdown().trim().split("\n")).toHaveLength(OFFICE_METRIC_GROUPS.length + 2);
  });
});

describe("contacts in the charts", () => {
  it("shows citizens' value demand, then the office's own calls, then failure demand, each labelled by kind", () => {
    const legend = contactLegend(["repeat-call", "proactive", "chasing", "claim-question"]);
    expect(legend.ordered).toEqual(["claim-question", "proactive", "chasing", "repeat-call"]);
    expect(legend.domain).toEqual(["value: claim question", "office: proactive", "failure: chasing", "failure: repeat call"]);
    // blues, a green, reds
    expect(legend.range).toEqual(["#4c78a8", "#54a24b", "#e45756", "#f58518"]);
  });
});
