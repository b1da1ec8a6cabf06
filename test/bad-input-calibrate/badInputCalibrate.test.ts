/*
 * The bad-input corpus of `caseflow calibrate`: observed-data files, fit ranges
 * and open-claims CSV files that are wrong in one way each (empty files,
 * unknown keys and result keys, a figure of 0 without tolerance, a reversed
 * period, a reversed or out-of-bounds range, a misspelt or non-numeric path,
 * bad dates, steps and flags in a CSV row). expected.json pins each case: which
 * input replaces the good one (`observed`, `backlog`, `fit`, extra `args`) and
 * the parts its error message must contain — the field, the value and what is
 * allowed. Every case must exit with code 2 and write nothing, before any
 * simulation starts (the command would otherwise print a progress bar on a
 * terminal; here it must print nothing on stdout).
 *
 * To add a case: add the file (or only an entry, for a flag), run this test,
 * and pin the message it prints after checking that it names the field.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";

interface Case {
  observed?: string;
  backlog?: string;
  fit?: string[];
  args?: string[];
  stderr: Array<string | string[]>;
}

const dir = __dirname;
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Case>;
const corpus = readdirSync(dir).filter((f) => /^\d\d-[\w-]+\.(json|csv)$/.test(f)).sort();
const out = mkdtempSync(join(tmpdir(), "caseflow-bad-calibrate-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function caseflow(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s), isTTY: true } });
  return { code, stdout, stderr };
}

describe("the calibrate bad-input corpus", () => {
  it("uses every file of the folder, and covers observed data, fit ranges and backlog files", () => {
    const used = Object.values(expected).flatMap((c) => [c.observed, c.backlog].filter((f): f is string => f !== undefined));
    expect([...new Set(used)].sort()).toEqual(corpus);
    const kinds = Object.values(expected);
    expect(kinds.filter((c) => c.observed !== undefined).length).toBeGreaterThanOrEqual(8);
    expect(kinds.filter((c) => c.fit !== undefined).length).toBeGreaterThanOrEqual(8);
    expect(kinds.filter((c) => c.backlog !== undefined).length).toBeGreaterThanOrEqual(6);
  });

  describe.each(Object.keys(expected))("%s", (name) => {
    const c = expected[name]!;
    it("exits with code 2, names the problem and writes nothing", async () => {
      const o = join(out, `${name.replace(/\W+/g, "-")}.json`);
      const r = join(out, `${name.replace(/\W+/g, "-")}.html`);
      const fit = c.fit ?? ["office.world.demand.casesPerWeek:[6,30]"];
      const argv = ["calibrate", join(dir, "scenario.json"), "--observed", join(dir, c.observed ?? "observed.json"), ...fit.flatMap((f) => ["--fit", f])];
      argv.push("--backlog", join(dir, c.backlog ?? "open-claims.csv"), "--budget", "3", "--replications", "1", "--workers", "1", "-o", o, "--report", r, ...(c.args ?? []));
      const res = await caseflow(argv);
      if (process.env["PRINT_MESSAGES"] === "1") appendFileSync(join(tmpdir(), "calibrate-corpus-messages.txt"), `== ${name}\n${res.stderr}`);
      expect(res.code).toBe(2);
      expect(res.stdout).toBe("");
      expect(res.stderr).not.toMatch(/calibrate \[/); // no progress bar was drawn: nothing ran
      expect(c.stderr.length).toBeGreaterThan(0);
      for (const part of c.stderr) for (const p of typeof part === "string" ? [part] : part) expect(res.stderr).toContain(p);
      expect(existsSync(o)).toBe(false);
      expect(existsSync(r)).toBe(false);
    });
  });
});
