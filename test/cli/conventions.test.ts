/*
 * Command-line conventions of run and compare (issue 14): scenario changes on
 * the command line, results to standard output, quiet runs, metric patterns
 * checked before anything runs, the event trace, and a helpful word when
 * `report` is given a scenario instead of a result.
 */
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli, smallStandardised, smallTeams, Workspace } from "./cliHarness";

describe("run and compare conventions", () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.remove());

  it("--horizon, --warmup and --set change the scenario; -o - writes the result JSON to stdout; --quiet keeps stderr empty", async () => {
    const file = ws.write("base.json", smallStandardised);
    const r = await cli([
      "run",
      file,
      "--horizon",
      "35",
      "--warmup",
      "7",
      "--set",
      "office.units[0].handlers=18",
      "--replications",
      "2",
      "--workers",
      "1",
      "-o",
      "-",
      "--quiet",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.scenario.run).toMatchObject({ horizonDays: 35, warmupDays: 7 });
    expect(result.scenario.office.units[0].handlers).toBe(18);
    expect(result.replications).toEqual([0, 1]);
  });

  it("a --metrics pattern that matches nothing fails before the run, writing nothing", async () => {
    const file = ws.write("base.json", smallStandardised);
    const r = await cli(["run", file, "--metrics", "leadTime.mean", "-o", ws.path("out.json"), "--workers", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "leadTimeDays.mean"');
    expect(ws.files()).toEqual(["base.json"]);
  });

  it("rejects bad override values naming the flag", async () => {
    const file = ws.write("base.json", smallStandardised);
    const twoValues = await cli(["run", file, "--set", "office.units[0].handlers=18,20"]);
    expect(twoValues.code).toBe(2);
    expect(twoValues.stderr).toMatch(/--set office.units\[0\].handlers: got 2 values.*sweep/);
    const horizon = await cli(["run", file, "--horizon", "soon"]);
    expect(horizon.code).toBe(2);
    expect(horizon.stderr).toContain('--horizon: got "soon"');
    const invalid = await cli(["compare", file, file, "--set", "office.units[0].handlers=-3"]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain("handlers");
    const precision = await cli(["run", file, "--precision", "2"]);
    expect(precision.code).toBe(2);
    expect(precision.stderr).toContain("--precision");
    const claims = await cli(["run", file, "--trace-claims", "3"]);
    expect(claims.code).toBe(2);
    expect(claims.stderr).toContain("--trace-claims needs --trace");
  });

  it("--trace writes the documented columns for the chosen claims", async () => {
    const file = ws.write("base.json", smallStandardised);
    const r = await cli([
      "run",
      file,
      "--horizon",
      "21",
      "--warmup",
      "0",
      "--replications",
      "2",
      "--workers",
      "1",
      "--trace",
      ws.path("events.csv"),
      "--trace-claims",
      "3,5",
      "--format",
      "csv",
    ]);
    expect(r.code).toBe(0);
    const lines = readFileSync(ws.path("events.csv"), "utf8").trim().split(/\r?\n/);
    expect(lines[0]).toBe("time,date,claim,unit,handler,event,detail");
    const claims = new Set(lines.slice(1).map((l) => l.split(",")[2]));
    expect(claims).toEqual(new Set(["3", "5"]));
    expect(lines.some((l) => /,arrive,/.test(l))).toBe(true);
    expect(lines.some((l) => /,end,\w+ \(\d+\.\d\d h\)/.test(l))).toBe(true);
  });

  it("compare --precision doubles replications until the differences are narrow enough or the cap", async () => {
    const base = ws.write("base.json", smallStandardised);
    const teams = ws.write("teams.json", smallTeams);
    const r = await cli([
      "compare",
      base,
      teams,
      "--horizon",
      "28",
      "--warmup",
      "7",
      "--replications",
      "2",
      "--workers",
      "1",
      "--precision",
      "0.0001",
      "--max-replications",
      "4",
      "--metrics",
      "leadTimeDays.mean",
      "-o",
      "-",
    ]);
    expect(r.code).toBe(0);
    // A ±0.01% target is out of reach, so the run stops at the cap.
    expect(r.stderr).toContain("precision not reached: stopped at --max-replications 4");
    expect(JSON.parse(r.stdout).replications).toEqual([0, 1, 2, 3]);
  });

  it("report given a scenario says to use run --report", async () => {
    const file = ws.write("office.json", smallStandardised);
    const r = await cli(["report", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is a scenario, not a saved result");
    expect(r.stderr).toContain(`caseflow run ${file} --report`);
  });

  it("shows the new flags in the help", async () => {
    for (const command of ["run", "compare"]) {
      const r = await cli([command, "--help"]);
      for (const flag of ["--horizon", "--warmup", "--set", "--precision", "--quiet"]) expect(r.stdout, `${command} ${flag}`).toContain(flag);
    }
  });
});
