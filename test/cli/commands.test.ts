/*
 * The other commands in-process: validate, schema, init, compare, sweep,
 * report and the help texts.
 */
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validate } from "../../src/experiment";
import { officeScenarioSchema } from "../../src/models";
import { resultFromJSON } from "../../src/report";
import type { ComparisonResult, SweepResult } from "../../src/experiment";
import { cli, smallStandardised, smallTeams, Workspace } from "./cliHarness";

let ws: Workspace;
let base: string;
let teams: string;
beforeAll(() => {
  ws = new Workspace();
  base = ws.write("standardised.json", smallStandardised);
  teams = ws.write("teams.json", smallTeams);
});
afterAll(() => ws.remove());

/** The parts of a JSON Schema that {@link schemaAllows} reads. */
interface SchemaNode {
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  const?: unknown;
  items?: SchemaNode | boolean;
  type?: string | string[];
  properties?: Record<string, SchemaNode | boolean>;
  additionalProperties?: SchemaNode | boolean;
}

/**
 * Whether every key of `value` is allowed by the JSON Schema `schema`
 * (properties, additionalProperties: false, items, oneOf/anyOf with const
 * discriminators). Enough to check that the published schema describes the
 * scenario files the validator accepts.
 */
function schemaAllows(schema: SchemaNode | boolean | undefined, value: unknown): boolean {
  if (schema === undefined || schema === true) return true;
  if (schema === false) return false;
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives !== undefined) return alternatives.some((s) => schemaAllows(s, value));
  if (schema.const !== undefined) return schema.const === value;
  if (Array.isArray(value)) return value.every((v) => schemaAllows(schema.items, v));
  if (typeof value === "object" && value !== null) {
    if (schema.type !== undefined && schema.type !== "object") return false;
    return Object.entries(value).every(([k, v]) =>
      schema.properties?.[k] !== undefined ? schemaAllows(schema.properties[k], v) : schema.additionalProperties !== false,
    );
  }
  return true;
}

describe("caseflow validate, schema and init", () => {
  it("validate says ok for a valid file", async () => {
    const r = await cli(["validate", base, teams]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`ok  ${base} (scenario "standardised")\nok  ${teams} (scenario "teams")\n`);
  });

  it("schema prints a JSON Schema that describes the scenario files", async () => {
    const r = await cli(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe("caseflow office scenario");
    expect(Object.keys(schema.properties)).toEqual(["$schema", "name", "description", "office", "run"]);
    expect(schemaAllows(schema, smallStandardised)).toBe(true);
    expect(schemaAllows(schema, smallTeams)).toBe(true);
    // The check can fail: a misspelt key, and a team-only key on a standardised unit, are not allowed.
    expect(schemaAllows(schema, { ...smallStandardised, runn: {} })).toBe(false);
    expect(schemaAllows(schema, { office: { units: [{ regime: "standardised", teamSize: 5 }] } })).toBe(false);
    const o = await cli(["schema", "-o", ws.path("schema.json")]);
    expect(o.code).toBe(0);
    expect(readFileSync(ws.path("schema.json"), "utf8")).toBe(r.stdout);
    // It is the published schema, so `caseflow schema -o docs/scenario.schema.json` regenerates that file.
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync("docs/scenario.schema.json", "utf8")));
  });

  it("init writes a valid starter scenario, explains it, and will not overwrite", async () => {
    const file = ws.path("starter.json");
    const r = await cli(["init", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Wrote ${file}, a starter scenario.`);
    expect(r.stdout).toContain("office.units");
    const starter = JSON.parse(readFileSync(file, "utf8"));
    const v = validate(officeScenarioSchema, starter);
    expect(v.ok).toBe(true);
    expect(starter.office.units[0].regime).toBe("standardised");
    expect((await cli(["validate", file])).code).toBe(0);
    const again = await cli(["init", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
    expect((await cli(["init", file, "--force"])).code).toBe(0);
  });
});

describe("caseflow compare", () => {
  it("prints base, variant, the paired difference with its interval and a marker; saves and re-reads the comparison", async () => {
    const r = await cli([
      "compare",
      base,
      teams,
      "--workers",
      "1",
      "-o",
      ws.path("compare.json"),
      "--metrics",
      "backlogMean,decisionAccuracy,failureDemandShare",
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("teams against standardised: 3 paired replications, root seed 11");
    expect(lines[1]).toMatch(/^metric\s+standardised\s+teams\s+difference\s+95% CI\s+relative\s+sig\.$/);
    expect(lines.slice(3, 6).map((l) => l.split(/\s+/)[0])).toEqual(["backlogMean", "decisionAccuracy", "failureDemandShare"]);
    expect(r.stdout).toContain("* the paired 95% interval of the difference (variant − base) excludes 0");

    const saved = resultFromJSON(readFileSync(ws.path("compare.json"), "utf8")) as ComparisonResult<unknown>;
    const fds = saved.comparisons["teams"]!["failureDemandShare"]!;
    // The printed row agrees with the saved comparison: marker iff significant, sign of the difference.
    const row = lines.find((l) => l.startsWith("failureDemandShare"))!;
    expect(row.trim().endsWith("*")).toBe(fds.significant);
    expect(row).toContain(fds.difference.mean < 0 ? " -" : " +");
    expect(fds.difference.n).toBe(3);
  });

  it("--format csv prints one row per variant and metric", async () => {
    const r = await cli(["compare", base, teams, "--workers", "1", "--replications", "2", "--format", "csv", "--metrics", "decisionsPerWeek"]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\r\n");
    expect(rows[0]).toBe("variant,metric,baseMean,variantMean,difference,sd,n,halfWidth,lower,upper,relativeDifference,significant,excluded");
    expect(rows).toHaveLength(2);
    expect(rows[1]!.startsWith("teams,decisionsPerWeek,")).toBe(true);
  });

  it("report renders a saved comparison; the default name replaces .json with .html", async () => {
    const r = await cli(["report", ws.path("compare.json"), "--title", "Teams & pools"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/wrote .*compare\.html \(HTML report, 5 charts\)/); // no series saved: no backlog chart
    const html = readFileSync(ws.path("compare.html"), "utf8");
    expect(html).toContain("<title>Teams &amp; pools</title>");
    expect(html).toContain('data-chart="lead-time"');
  });
});

describe("caseflow sweep", () => {
  it("runs every combination and prints a row per point and metric", async () => {
    const r = await cli([
      "sweep",
      base,
      "--workers",
      "1",
      "--replications",
      "2",
      "--set",
      "office.units[0].handlers=18,24",
      "--set",
      "office.world.caseMix.variety=0.5,1.5",
      "--metrics",
      "leadTimeDays.p90",
      "-o",
      ws.path("sweep.json"),
      "--report",
      ws.path("sweep.html"),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("sweep over office.units[0].handlers, office.world.caseMix.variety: 4 points × 2 replications, root seed 11");
    const rows = r.stdout.split("\n").filter((l) => /leadTimeDays\.p90/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/).slice(0, 3))).toEqual([
      ["0", "18", "0.5"],
      ["1", "18", "1.5"],
      ["2", "24", "0.5"],
      ["3", "24", "1.5"],
    ]);
    const saved = resultFromJSON(readFileSync(ws.path("sweep.json"), "utf8")) as SweepResult<unknown>;
    expect(saved.points.map((p) => p.parameters)).toEqual([
      { "office.units[0].handlers": 18, "office.world.caseMix.variety": 0.5 },
      { "office.units[0].handlers": 18, "office.world.caseMix.variety": 1.5 },
      { "office.units[0].handlers": 24, "office.world.caseMix.variety": 0.5 },
      { "office.units[0].handlers": 24, "office.world.caseMix.variety": 1.5 },
    ]);
    expect(saved.rows.length).toBe(4 * 2 * Object.keys(saved.results[0]!.summary).length);
    const html = readFileSync(ws.path("sweep.html"), "utf8");
    expect(html).toContain('data-chart="sweep-0"');
    expect(html).toContain('data-chart="sweep-1"');
  });

  it("--one-at-a-time varies each setting alone", async () => {
    const r = await cli([
      "sweep",
      base,
      "--workers",
      "1",
      "--replications",
      "2",
      "--one-at-a-time",
      "--format",
      "json",
      "--set",
      "office.units[0].handlers=18,24",
      "--set",
      "office.world.caseMix.variety=0.5,1.5",
    ]);
    expect(r.code).toBe(0);
    const result = resultFromJSON(r.stdout) as SweepResult<unknown>;
    expect(result.points.map((p) => Object.values(p.parameters))).toEqual([
      [18, 1],
      [24, 1],
      [20, 0.5],
      [20, 1.5],
    ]);
  });
});

describe("help", () => {
  it.each(["run", "compare", "sweep", "merge", "validate", "report", "schema", "init"])("caseflow %s --help prints usage and exits 0", async (command) => {
    const r = await cli([command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: caseflow ${command} `));
    expect(r.stderr).toBe("");
  });

  it("--version prints the package version", async () => {
    const r = await cli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    expect(existsSync("scenario.json")).toBe(false); // nothing written in the working directory
  });
});
