/*
 * `caseflow sensitivity` and `caseflow map` end to end on a small office:
 * the bad-input files in test/bad-input/sensitivity (one per mistake) all
 * exit with code 2, name the parameter, value and what is allowed, and write
 * nothing; a small Morris run writes JSON, tidy CSV and the report; shards
 * joined with `caseflow merge` equal the unsharded run; a map prints its
 * verdict grid and the boundary in words.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, smallStandardised, smallTeams, Workspace } from "./cliHarness";

const badDir = join(__dirname, "..", "bad-input", "sensitivity");
const badFiles = readdirSync(badDir)
  .filter((f) => /^\d\d-[\w-]+\.json$/.test(f))
  .sort();

describe("bad input to sensitivity and map", () => {
  const ws = new Workspace();
  ws.write("base.json", smallStandardised);
  ws.write("teams.json", smallTeams);
  const inputs = ws.files();
  afterAll(() => ws.remove());
  it("there is a file for each kind of mistake", () => {
    expect(badFiles.length).toBeGreaterThanOrEqual(20);
  });
  it.each(badFiles)("%s: exit 2, a clear message, nothing written", async (file) => {
    const { args, message } = JSON.parse(readFileSync(join(badDir, file), "utf8")) as { args: string[]; message: string[] };
    const argv = args.map((a) => (a.endsWith(".json") ? ws.path(a) : a));
    argv.push("--workers", "1", "--report", ws.path("out.html"));
    if (!args.includes("--shard")) argv.push("-o", ws.path("out.json"));
    const r = await cli(argv);
    expect(r.code, r.stderr).toBe(2);
    for (const part of message) expect(r.stderr).toContain(part);
    expect(r.stderr).not.toMatch(/the run failed|at .*\.ts:\d+/);
    expect(ws.files()).toEqual(inputs);
  });
});

describe("caseflow sensitivity", () => {
  const ws = new Workspace();
  const base = ws.write("base.json", smallStandardised);
  const teams = ws.write("teams.json", smallTeams);
  afterAll(() => ws.remove());
  const args = [
    "sensitivity",
    base,
    "--variant",
    teams,
    "--method",
    "morris",
    "--samples",
    "2",
    "--workers",
    "1",
    "--param",
    "office.world.contacts.customerCentreResolves:[0.4,0.8]",
    "--param",
    "office.units[0].ownerResolves:[0.75,0.98]",
    "--metric",
    "failureDemandShare,hoursPerCorrectDecision",
  ];
  it("prints the ranked table and writes JSON, tidy CSV and the report; shards merged give the same JSON", async () => {
    const whole = await cli([...args, "-o", ws.path("whole.json"), "--report", ws.path("morris.html")]);
    expect(whole.code, whole.stderr).toBe(0);
    expect(whole.stdout).toMatch(/failureDemandShare \(teams − standardised\): Morris screening, 2 trajectories/);
    expect(whole.stdout).toMatch(/customerCentreResolves/);
    expect(readFileSync(ws.path("morris.html"), "utf8")).toMatch(/data-chart="morris"/);
    const csv = await cli([...args, "-o", ws.path("whole.csv")]);
    expect(csv.code).toBe(0);
    const lines = readFileSync(ws.path("whole.csv"), "utf8").trim().split(/\r?\n/);
    expect(lines[0]).toBe("method,metric,output,parameter,measure,estimate,lower,upper");
    expect(lines).toHaveLength(1 + 2 * 2 * 3); // 2 metrics × 2 parameters × (μ*, μ, σ)
    for (const i of [0, 1]) {
      const s = await cli([...args, "--shard", `${i}/2`, "-o", ws.path(`shard${i}.json`)]);
      expect(s.code, s.stderr).toBe(0);
      expect(s.stdout).toMatch(new RegExp(`shard ${i} of 2`));
    }
    const merged = await cli(["merge", ws.path("shard1.json"), ws.path("shard0.json"), "-o", ws.path("merged.json")]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(readFileSync(ws.path("merged.json"), "utf8")).toBe(readFileSync(ws.path("whole.json"), "utf8"));
  });
});

describe("caseflow map", () => {
  const ws = new Workspace();
  const base = ws.write("base.json", smallStandardised);
  const teams = ws.write("teams.json", smallTeams);
  afterAll(() => ws.remove());
  it("prints the verdict grid and the boundary in words, and writes one CSV row per cell", async () => {
    const r = await cli([
      "map",
      base,
      "--variant",
      teams,
      "--x",
      "office.world.caseMix.variety=0.25,1.5",
      "--y",
      "office.world.demand.casesPerWeek=80,100",
      "--metric",
      "failureDemandShare",
      "--replications",
      "2",
      "--workers",
      "1",
      "-o",
      ws.path("map.csv"),
      "--report",
      ws.path("map.html"),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/failureDemandShare: teams − standardised \(lower is better\)/);
    expect(r.stdout).toMatch(/At casesPerWeek 80: /);
    expect(readFileSync(ws.path("map.csv"), "utf8").trim().split(/\r?\n/)).toHaveLength(1 + 4);
    expect(readFileSync(ws.path("map.html"), "utf8")).toMatch(/data-chart="regime-map"/);
  });
});
