/*
 * `caseflow run` and `caseflow merge` in-process: the table, CSV and JSON
 * outputs, saved results and reports, shards merged back into the unsharded
 * result, and atomic writes that leave no temporary file.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromJSON, toJSON } from "../../src/experiment";
import { cli, smallStandardised, Workspace } from "./cliHarness";

let ws: Workspace;
let scenario: string;

beforeAll(() => {
  ws = new Workspace();
  scenario = ws.write("office.json", smallStandardised);
});
afterAll(() => ws.remove());

describe("caseflow run", () => {
  it("prints the key metrics with 95% intervals, saves the result and the report", async () => {
    const r = await cli(["run", scenario, "--workers", "1", "-o", ws.path("result.json"), "--report", ws.path("report.html")]);
    expect(r.stderr).not.toContain("error");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("standardised: 3 replications, root seed 11");
    expect(lines[1]).toMatch(/^metric\s+mean\s+95% CI\s+n$/);
    // A key-metric row: name, mean, [lower, upper], n = 3 (replications from the file).
    expect(r.stdout).toMatch(/\ndecisionsPerWeek\s+\d+(\.\d+)?\s+\[\d+(\.\d+)?, \d+(\.\d+)?\]\s+3\n/);
    expect(r.stdout).toMatch(/18 of \d+ metrics shown/);
    expect(r.stderr).toContain(`wrote ${ws.path("result.json")}`);
    // six charts of the replications and four of replication 0 seen from inside
    expect(r.stderr).toMatch(/wrote .*report\.html \(HTML report, 10 charts\)/);

    const saved = fromJSON(readFileSync(ws.path("result.json"), "utf8"));
    expect(saved.replications).toEqual([0, 1, 2]);
    expect(saved.rootSeed).toBe(11);
    expect(saved.series).toHaveLength(3); // --report keeps the weekly series
    // The printed mean is the saved summary's mean at the printed precision.
    const mean = saved.summary["decisionsPerWeek"]!.mean;
    const printed = Number(/\ndecisionsPerWeek\s+(\S+)/.exec(r.stdout)![1]);
    expect(Math.abs(printed - mean)).toBeLessThan(0.5);
    expect(readFileSync(ws.path("report.html"), "utf8")).toMatch(/^<!doctype html>/);
    // Atomic writes: no temporary files left beside the outputs.
    expect(ws.files().filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("--format json prints the result that --output saves; flags override the file's seed and replications", async () => {
    const r = await cli(["run", scenario, "--workers", "1", "--replications", "2", "--seed", "5", "--format", "json", "-o", ws.path("two.json")]);
    expect(r.code).toBe(0);
    const printed = fromJSON(r.stdout);
    expect(printed.replications).toEqual([0, 1]);
    expect(printed.rootSeed).toBe(5);
    expect((printed.scenario as { run: { seed: number; replications: number } }).run).toMatchObject({ seed: 5, replications: 2 });
    expect(r.stdout).toBe(readFileSync(ws.path("two.json"), "utf8"));
    expect(printed.series).toBeUndefined(); // no --report, no --series
  });

  it("--format csv prints one row per metric with full precision; --metrics picks them with wildcards", async () => {
    const r = await cli(["run", scenario, "--workers", "1", "--replications", "2", "--format", "csv", "--metrics", "leadTimeDays.p*,decisionAccuracy"]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\r\n");
    expect(rows[0]).toBe("metric,mean,sd,n,halfWidth,lower,upper,excluded");
    expect(rows.slice(1).map((l) => l.split(",")[0])).toEqual(["leadTimeDays.p50", "leadTimeDays.p90", "leadTimeDays.p99", "decisionAccuracy"]);
    const [, mean, , n, half, lower] = rows[4]!.split(",").map(Number);
    expect(n).toBe(2);
    expect(lower).toBeCloseTo(mean! - half!, 12);
  });

  it("--output with a .csv name writes the tidy table (one row per replication and metric)", async () => {
    const r = await cli(["run", scenario, "--workers", "1", "--replications", "2", "-o", ws.path("tidy.csv"), "--metrics", "backlogMean"]);
    expect(r.code).toBe(0);
    const lines = readFileSync(ws.path("tidy.csv"), "utf8").trim().split("\r\n");
    expect(lines[0]).toBe("replication,metric,value");
    const metrics = new Set(lines.slice(1).map((l) => l.split(",")[1]));
    expect(lines.length - 1).toBe(2 * metrics.size);
    expect(metrics.has("leadTimeDays.p90")).toBe(true);
  });

  it("draws a progress bar only on a terminal, and clears it at the end", async () => {
    const quiet = await cli(["run", scenario, "--workers", "1", "--replications", "2"]);
    expect(quiet.stderr).toBe("");
    let t = 0;
    const tty = await cli(["run", scenario, "--workers", "1", "--replications", "2"], { tty: true, now: () => (t += 1000) });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain("2/2 replications");
    expect(tty.stderr.endsWith("\r\x1b[2K")).toBe(true);
  });
});

describe("caseflow merge", () => {
  it("joins two shards into exactly the unsharded result", async () => {
    const whole = await cli(["run", scenario, "--workers", "1", "--replications", "3", "-o", ws.path("whole.json")]);
    // Shards on different thread counts: results must not depend on it.
    const s1 = await cli(["run", scenario, "--workers", "2", "--replications", "3", "--shard", "0/2", "-o", ws.path("s1.json")]);
    const s2 = await cli(["run", scenario, "--workers", "1", "--replications", "3", "--shard", "1/2", "-o", ws.path("s2.json")]);
    expect([whole.code, s1.code, s2.code], s1.stderr + s2.stderr).toEqual([0, 0, 0]);
    expect(s1.stdout.split("\n")[0]).toBe("standardised: 2 replications, root seed 11, shard 0/2 (replications r with r % 2 = 0)");
    const first = fromJSON(readFileSync(ws.path("s1.json"), "utf8"));
    expect(first.replications).toEqual([0, 2]);
    expect(first.shard).toEqual({ index: 0, count: 2, totalReplications: 3 });

    const m = await cli(["merge", ws.path("s2.json"), ws.path("s1.json"), "-o", ws.path("merged.json")]);
    expect(m.code).toBe(0);
    const merged = fromJSON(readFileSync(ws.path("merged.json"), "utf8"));
    const unsharded = fromJSON(readFileSync(ws.path("whole.json"), "utf8"));
    expect(toJSON(merged)).toBe(toJSON(unsharded));
  });

  it("refuses incomplete or foreign shards with exit code 2 and writes nothing", async () => {
    const r = await cli(["merge", ws.path("s1.json"), "-o", ws.path("partial.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^caseflow: error: cannot merge .*missing \(1\); merge every shard/);
    const foreign = await cli(["merge", ws.path("s1.json"), scenario]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain("office.json is not a caseflow result file");
    expect(ws.files()).not.toContain("partial.json");
  });
});
