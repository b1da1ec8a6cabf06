/*
 * Every example runs (with --quick: a short horizon and few replications) so none
 * can rot. Examples import the built package ("caseflow" resolves to dist/ through
 * the package's own exports map); `npm test` builds first.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectPlausibleTable } from "./plausibleFigures";

const examples = readdirSync("examples").filter((f) => f.endsWith(".mjs") && f !== "shared.mjs");

const expectations: Record<string, RegExp> = {
  "trust-lab.mjs": /trust-based teams[\s\S]*lead time, mean days/,
  "pinnjakt.mjs": /pinnjakt[\s\S]*time: measurement & admin/,
  "production-targets.mjs": /complex claims, p90 days/,
  "variety.mjs": /variety[\s\S]*cheaper/,
  "healthcare-collaboration.mjs": /with collaboration/,
  "custom-policy.mjs": /complex-claim accuracy/,
  "mm1.mjs": /Erlang C/,
  "sensitivity.mjs": /failureDemandShare \(trust-based teams − standardised \+ targets\)[\s\S]*μ\*[\s\S]*customerCentreResolves/,
  "transition.mjs": /lead time, mean days[\s\S]*2026-Q3[\s\S]*payback on lead time, switch, protected improvement time: /,
};

describe("examples", () => {
  it("every example has an expectation", () => {
    expect(examples.sort()).toEqual(Object.keys(expectations).sort());
  });
  // run asynchronously: a synchronous child would block the test worker past vitest's RPC timeout
  it.each(examples)("%s runs", async (file) => {
    const { stdout: out } = await promisify(execFile)("node", [`examples/${file}`, "--quick", "--workers", "1"], {
      encoding: "utf8",
      timeout: 180_000,
    });
    expect(out).toMatch(expectations[file] as RegExp);
    // the figures, not only the labels: no NaN or Infinity, and labelled rows in plausible ranges
    const rows = expectPlausibleTable(out);
    if (file === "trust-lab.mjs") expect(rows).toBeGreaterThanOrEqual(10);
  });
});
