/*
 * Bad input gives one clear message and exit code 2, with no stack trace and
 * no output file; a run that fails gives exit code 1; an interrupted run 130.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerModel } from "../../src/experiment";
import { cli, smallStandardised, Workspace } from "./cliHarness";

let ws: Workspace;
beforeAll(() => {
  ws = new Workspace();
  // A model without a schema that fails in its second replication, to test failed runs.
  registerModel({
    id: "test-fails",
    run: (_s: unknown, ctx) => {
      if (ctx.replication === 1) throw new Error("the model broke");
      return { metrics: { x: ctx.replication } };
    },
  });
});
afterAll(() => ws.remove());

/** Asserts exit code 2, a "caseflow: error:" message without a stack trace, and no output files. */
function expectInputError(r: { code: number; stdout: string; stderr: string }, ...fragments: string[]): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^caseflow: (error: )?/);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack frames
  for (const f of fragments) expect(r.stderr).toContain(f);
  expect(existsSync(ws.path("out.json"))).toBe(false);
  expect(existsSync(ws.path("out.html"))).toBe(false);
  expect(ws.files().filter((f) => f.includes(".tmp-"))).toEqual([]);
}

const outputs = (): string[] => ["-o", ws.path("out.json"), "--report", ws.path("out.html")];

describe("bad scenario files", () => {
  it("a misspelt key gets a did-you-mean, every error is listed, one per line", async () => {
    const bad = structuredClone(smallStandardised);
    Object.assign(bad.office.units[0]!, { handlrs: 20 });
    Object.assign(bad.run, { replications: 2.5 });
    const file = ws.write("typo.json", bad);
    const r = await cli(["run", file, ...outputs()]);
    expectInputError(
      r,
      "typo.json is not a valid office scenario (2 errors):",
      'did you mean "handlers"?',
      "run.replications: got 2.5; expected a whole number",
    );
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((l) => l.startsWith("  - "))).toBe(true);
  });

  it("a truncated file says where the JSON breaks off", async () => {
    const text = JSON.stringify(smallStandardised, null, 2);
    const file = ws.write("cut.json", text.slice(0, text.length / 2));
    expectInputError(await cli(["run", file, ...outputs()]), "cut.json is not valid JSON", "ends too early");
  });

  it("a syntax error gets its line and column", async () => {
    const file = ws.write("syntax.json", '{\n  "name": "x",\n  "office": {,}\n}\n');
    expectInputError(await cli(["validate", file]), "syntax.json is not valid JSON", "(line 3, column 14)");
  });

  it("an empty file, a missing file, and a result file given as scenario", async () => {
    expectInputError(await cli(["run", ws.write("empty.json", ""), ...outputs()]), "empty.json is empty; expected a scenario in JSON");
    expectInputError(await cli(["compare", ws.path("nope.json"), ws.path("nope2.json")]), "nope.json: no such file");
  });

  it("invalid variant files are named; validate lists every invalid file", async () => {
    const good = ws.write("good.json", smallStandardised);
    const bad = ws.write("bad.json", { ...smallStandardised, office: { units: [{ regime: "teams" }] } });
    expectInputError(await cli(["compare", good, bad, ...outputs()]), "bad.json is not a valid office scenario", 'office.units[0].regime: got "teams"');
    const v = await cli(["validate", good, bad, ws.path("empty.json")]);
    expect(v.code).toBe(2);
    expect(v.stdout).toBe(`ok  ${good} (scenario "standardised")\n`);
    expect(v.stderr).toContain("2 of 3 files are invalid");
  });
});

describe("bad flags", () => {
  it.each([
    [["--shard", "2/2"], '--shard: got "2/2"; expected i/n with 0 ≤ i < n'],
    [["--replications", "two"], '--replications: got "two"'],
    [["--workers", "0"], '--workers: got "0"; expected "auto" or a whole number'],
    [["--seed", "a/b"], '--seed: got "a/b"'],
    [["--format", "xml"], "argument 'xml' is invalid. Allowed choices are table, json, csv"],
    [["--replicatons", "3"], "unknown option '--replicatons'"],
    [["--model", "ofice"], 'did you mean "office"?'],
    [["-o", "/no/such/dir/out.json"], "--output /no/such/dir/out.json: directory /no/such/dir does not exist"],
  ])("run %j is refused before running", async (flags, message) => {
    const file = ws.write("ok.json", smallStandardised);
    expectInputError(await cli(["run", file, "--workers", "1", ...flags]), message);
  });

  it("compare needs two replications; sweep needs existing paths, with a suggestion", async () => {
    const file = ws.write("ok.json", smallStandardised);
    expectInputError(await cli(["compare", file, file, "--replications", "1", ...outputs()]), "replications must be at least 2");
    expectInputError(await cli(["sweep", file, "--set", "office.unts[0].handlers=10,20", "--workers", "1", ...outputs()]), 'did you mean "units"?');
    expectInputError(await cli(["sweep", file, "--set", "office.units[0].handlers=10,0", "--workers", "1", ...outputs()]), "sweep point 1");
    expectInputError(await cli(["sweep", file, ...outputs()]), "give at least one --set");
  });

  it("an unknown command suggests the right one; no command prints help", async () => {
    const r = await cli(["rnu"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'rnu'");
    expect(r.stderr).toContain("(Did you mean run?)");
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage: caseflow");
  });
});

describe("failed and interrupted runs", () => {
  it("a model error exits 1 without a stack trace, which --debug adds", async () => {
    const file = ws.write("any.json", { anything: 1 });
    const r = await cli(["run", file, "--model", "test-fails", "--workers", "1", "--replications", "3", ...outputs()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('caseflow: error: the run failed: model "test-fails" failed in replication 1');
    expect(r.stderr).toContain("the model broke");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(ws.path("out.json"))).toBe(false);
    const d = await cli(["run", file, "--model", "test-fails", "--workers", "1", "--replications", "3", "--debug"]);
    expect(d.code).toBe(1);
    expect(d.stderr).toMatch(/\n\s+at /);
  });

  it("an aborted run exits 130 and writes nothing", async () => {
    const file = ws.write("ok.json", smallStandardised);
    const controller = new AbortController();
    controller.abort(new Error("interrupted"));
    const r = await cli(["run", file, "--workers", "1", ...outputs()], { signal: controller.signal });
    expect(r.code).toBe(130);
    expect(r.stderr).toBe("caseflow: interrupted; no output was written\n");
    expect(existsSync(ws.path("out.json"))).toBe(false);
  });
});
