/*
 * The bad-input corpus: every NN-name.json file in this folder is a malformed
 * scenario (wrong types, zero or negative rates, NaN and Infinity written as
 * strings, no capacity for the demand, unknown policy kinds, misspelt keys,
 * missing fields, shares out of range, a warm-up longer than the horizon, huge
 * values, cross-field mistakes) or not a readable JSON file at all (cut off,
 * empty, comments, not UTF-8). expected.json pins, per file, the message of
 * each problem — the whole message, or stable parts of it that name the field,
 * the value and what is allowed:
 *
 *   "errors": one entry per validation message, in order; a string must occur
 *     in that message, an array of strings must all occur in it;
 *   "unreadable": the file cannot be read as a JSON scenario; each string
 *     must occur in the command's error message (the library has no file
 *     loader, so the command is what reads files).
 *
 * Each file must be rejected before anything runs, by the library
 * (validate, defineScenario, runReplications) and by the command: `caseflow
 * validate` and `caseflow run -o out.json` exit with code 2 and write nothing.
 *
 * To add a case: add the file, run this test, and pin the message it prints
 * after checking that it names the field, the value and what is allowed.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { defineScenario } from "../../src/models/office/defineScenario";
import { officeScenarioSchema } from "../../src/models/office/officeScenarioSchema";
import { runReplications } from "../../src/experiment/runReplications";
import { ScenarioValidationError } from "../../src/experiment/ScenarioValidationError";
import { validate } from "../../src/experiment/validate";

type Expected = { errors: Array<string | string[]> } | { unreadable: string[] };

const dir = __dirname;
const files = readdirSync(dir)
  .filter((f) => /^\d{2,3}-[\w-]+\.json$/.test(f))
  .sort();
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Expected>;
const out = mkdtempSync(join(tmpdir(), "caseflow-bad-input-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The file as a JSON value, reading it strictly as UTF-8. */
function readStrict(file: string): unknown {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(join(dir, file)));
  return JSON.parse(text);
}

/** Runs the command, collecting what it prints. */
async function caseflow(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

function expectParts(message: string, parts: string | string[]): void {
  for (const part of typeof parts === "string" ? [parts] : parts) expect(message).toContain(part);
}

describe("the bad-input corpus", () => {
  it("has at least 60 files, each with its expected message pinned", () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(expected).sort()).toEqual(files);
    const unreadable = files.filter((f) => "unreadable" in (expected[f] as Expected));
    expect(unreadable.length).toBeGreaterThanOrEqual(3); // truncated, empty, not UTF-8 at least
  });

  describe.each(files)("%s", (file) => {
    const want = expected[file] as Expected;
    const path = join(dir, file);

    if ("errors" in want) {
      it("is rejected by the validator with the pinned messages, before anything runs", async () => {
        const input = readStrict(file);
        const result = validate(officeScenarioSchema, input);
        expect(result.ok).toBe(false);
        const errors = result.ok ? [] : result.errors;
        expect(errors, errors.join("\n")).toHaveLength(want.errors.length);
        want.errors.forEach((parts, i) => expectParts(errors[i] as string, parts));
        // the same list from defineScenario and from runReplications, which validates before it runs anything
        let thrown: unknown;
        try {
          defineScenario(input as never);
        } catch (err) {
          thrown = err;
        }
        expect(thrown).toBeInstanceOf(ScenarioValidationError);
        expect((thrown as ScenarioValidationError).errors).toEqual(errors);
        await expect(runReplications("office", input, { replications: 1, rootSeed: 1, workers: 1 })).rejects.toThrow(ScenarioValidationError);
      });
    } else {
      it("cannot be read as a JSON scenario", () => {
        expect(() => readStrict(file)).toThrow();
      });
    }

    it("makes `caseflow validate` exit with 2 and say what is wrong", async () => {
      const r = await caseflow(["validate", path]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(file);
      const parts = "errors" in want ? want.errors : [want.unreadable];
      for (const p of parts) expectParts(r.stderr, p);
      expect(r.stdout).toBe("");
    });

    it("makes `caseflow run -o out.json` exit with 2 and write nothing", async () => {
      const where = mkdtempSync(join(out, "run-"));
      const r = await caseflow(["run", path, "-o", join(where, "out.json"), "--replications", "1", "--workers", "1"]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(file);
      expect(readdirSync(where)).toEqual([]); // no result, no half-written temporary file
    });
  });
});
