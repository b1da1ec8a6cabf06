/*
 * The hostile-input corpus (issue 17): inputs made to hang, exhaust memory,
 * overwrite files or mislead the terminal. Files in hostile/ are scenario files;
 * FIFOs, devices, huge keys and output traps are made here at run time. Each is
 * refused by the command with exit code 2, a pinned message and no output file,
 * before anything runs (well under the test's time limit; nothing here allocates
 * more than a few MB). Duplicate keys are rejected, not warned about: JSON keeps
 * the last silently and the author cannot have meant both.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { officeConfig } from "../../src/organisation/OfficeConfig";
import { simulateOffice } from "../../src/organisation/Office";
import { teamUnit } from "../../src/organisation/UnitConfig";

const dir = join(__dirname, "hostile");
const tmp = mkdtempSync(join(tmpdir(), "caseflow-hostile-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function caseflow(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

/** Pinned parts of the message per file in hostile/. */
const pinned: Record<string, string[]> = {
  "deep-nesting.json": ["nested more than 32 levels deep"],
  "duplicate-key.json": ['key "casesPerWeek" appears twice at office.world.demand.casesPerWeek'],
  "control-characters-in-key.json": ['got unknown key "cases\\u001b[31mPerWeek"'],
  "budget-claims.json": ["office.world.demand.casesPerWeek: got 100000; expected a scenario within the run budget: about 5", "claims in one replication"],
  "budget-backlog.json": ["office.world.demand.casesPerWeek: got 100000; expected a scenario within the run budget", "initialBacklogWeeks"],
  "budget-staff.json": ["staff over all units (the sum of units[].handlers); the run budget is 20000"],
  "stepShares-1e308.json": ["office.world.caseMix.stepShares[0]: got 1e+308; expected a number ≤ 1000"],
  "hoursPerReview-1e308.json": ["office.units[0].policies[0].hoursPerReview: got 1e+308; expected a number ≤ 40"],
  "sickDaysSigma-1e6.json": ["office.world.caseMix.sickDaysSigma: got 1000000; expected a number ≤ 5"],
  "open-a-microsecond.json": ["office.officeHours: got", "expected a week with at least 1 working hour in all"],
  "startDate-year-1000.json": ['office.startDate: got "1000-01-06"; expected a date from 1900-01-01 to 2200-12-31'],
  "startDate-year-9999.json": ['office.startDate: got "9999-01-04"; expected a date from 1900-01-01 to 2200-12-31'],
  "poolShares-1e308.json": ["office.units[0].poolShares.register: got 1e+308; expected a number ≤ 1000"],
  "horizon-1e-300.json": ["run.horizonDays: got 1e-300; expected a number ≥ 1"],
  "many-policies.json": ["office.units[0].policies: got an array of 1000 items", "expected at most 20 items"],
  "questionsPerCase-1e6.json": ["office.world.citizens.questionsPerCase: got 1000000; expected a number ≤ 20"],
};

describe("hostile scenario files", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "control-characters-in-name.json").sort();
  it("every file has its message pinned", () => expect(files).toEqual(Object.keys(pinned).sort()));

  it.each(files)("%s: exit 2, the pinned message, nothing written, no raw control character printed", async (file) => {
    const out = mkdtempSync(join(tmp, "run-"));
    const r = await caseflow(["run", join(dir, file), "--replications", "1", "--workers", "1", "-o", join(out, "out.json")]);
    expect(r.code, r.stderr).toBe(2);
    for (const part of pinned[file] as string[]) expect(r.stderr).toContain(part);
    expect(r.stderr.length).toBeLessThan(5000);
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b]/);
    expect(readdirSync(out)).toEqual([]);
  });

  it("a scenario name that would clear the screen is printed escaped", async () => {
    const r = await caseflow(["validate", join(dir, "control-characters-in-name.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(scenario "ok\\u001b[2J\\u001b[Hall checks passed\\u200b")');
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(r.stdout).not.toMatch(/[\u001b\u200b]/);
  });

  it("a ten-million-character key gives a short message", async () => {
    const file = join(tmp, "huge-key.json");
    writeFileSync(file, JSON.stringify({ office: { ["k".repeat(10_000_000)]: 1 } }));
    const r = await caseflow(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("(10000000 characters)");
    expect(r.stderr.length).toBeLessThan(2000);
  });
});

describe("files that are not regular files are refused before reading", () => {
  it("a FIFO (no writer: opening it for reading would block for ever)", async () => {
    const fifo = join(tmp, "scenario.fifo");
    execFileSync("mkfifo", [fifo]);
    const r = await caseflow(["validate", fifo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is a FIFO (named pipe); expected a regular scenario file");
  });

  it.each([
    ["/dev/zero", "is a character device"],
    ["/dev/null", "is a character device"],
    [tmpdir(), "is a directory"],
  ])("%s", async (path, message) => {
    const r = await caseflow(["validate", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe("output paths are checked before the run", () => {
  const scenario = join(tmp, "office.json");
  writeFileSync(scenario, JSON.stringify({ office: { units: [{ regime: "team", handlers: 3 }] }, run: { horizonDays: 14, warmupDays: 0, replications: 1 } }));

  it.each([
    ["the input file itself", () => scenario, "is the input file"],
    ["a character device", () => "/dev/null", "is a character device; only regular files are written"],
    ["a symbolic link", () => {
      const link = join(tmp, "link.json");
      symlinkSync(join(tmp, "target.json"), link);
      return link;
    }, "is a symbolic link"],
  ])("-o %s: exit 2, nothing replaced", async (_what, path, message) => {
    const r = await caseflow(["run", scenario, "--workers", "1", "-o", path()]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe("the library refuses what the command refuses", () => {
  it.each([
    ["teamUnit({ handlers: -5 })", () => teamUnit({ handlers: -5 }), "handlers: got -5; expected a whole number ≥ 1"],
    ['an option typo "hndlers"', () => teamUnit({ hndlers: 6 } as never), 'did you mean "handlers"?'],
    ['regime "teams"', () => officeConfig({ units: [{ regime: "teams" } as never] }), 'units[0].regime: got "teams"; expected one of "standardised", "team"'],
    ["casesPerWeek NaN", () => officeConfig({ world: { demand: { casesPerWeek: NaN } } }), "world.demand.casesPerWeek: got NaN; expected a number"],
    ["a warm-up longer than the horizon", () => simulateOffice(officeConfig(), { seed: 1, horizonDays: 10, warmupDays: 20 }), "warmupDays: got 20; expected a number < horizonDays (10)"],
    ["a policy with a misspelt hook", () => teamUnit({ policies: [{ name: "p", effortFator: () => 1 } as never] }), 'did you mean "effortFactor"?'],
    ["a run beyond the budget", () => simulateOffice(officeConfig({ world: { demand: { casesPerWeek: 100_000 } } }), { seed: 1, horizonDays: 36_000 }), "expected a run within the run budget"],
  ])("%s", (_what, f, message) => {
    expect(f).toThrow(message);
  });
});
