/*
 * Every code block in the README runs. JavaScript blocks are written to files
 * inside the package (so `import … from "caseflow"` resolves to the built
 * package) and run with node; shell blocks that call the command line or an
 * example are run line by line, and the figures they write (CSV and JSON results
 * under test-output/) or print must be finite and plausible; JSON blocks must be
 * valid scenarios. The two
 * `npm ci && …` commands are what CI itself runs, so they are not re-run here.
 */
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineScenario } from "../../src/models/office/defineScenario";
import { expectPlausibleSummaryCsv, expectPlausibleTable } from "./plausibleFigures";

const readme = readFileSync("README.md", "utf8");
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m, i) => ({ i, lang: m[1] as string, code: m[2] as string }));

/** Runs a command without blocking the test worker (a synchronous child would hold it past vitest's RPC timeout). */
async function run(command: string, timeout: number): Promise<string> {
  const { stdout } = await promisify(exec)(command, { encoding: "utf8", timeout, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

describe("README code blocks", () => {
  mkdirSync("test-output", { recursive: true });

  it("has the two commands a newcomer runs", () => {
    const sh = blocks.filter((b) => b.lang === "sh").map((b) => b.code.trim());
    expect(sh).toContain("npm ci && npm start");
    expect(sh).toContain("npm ci && npm test");
  });

  for (const b of blocks.filter((x) => x.lang === "js")) {
    it(`js block ${b.i} runs`, async () => {
      const file = `test-output/readme-block-${b.i}.mjs`;
      writeFileSync(file, b.code);
      const out = await run(`node ${file}`, 120_000);
      expect(out.length).toBeGreaterThan(0);
      // what it prints has no NaN, Infinity or undefined, and labelled figures are plausible
      expectPlausibleTable(out);
    });
  }

  // `npx caseflow` is the package's bin, dist/cli.js (package.json "bin"): the lines run it with node
  // directly, which saves npm's start (about a CPU second a line), and this test runs the bin through
  // npx once, so the name a reader types stays checked
  it("`npx caseflow` is the built command line", async () => {
    expect(JSON.parse(readFileSync("package.json", "utf8")).bin).toEqual({ caseflow: "./dist/cli.js" });
    expect((await run("npx caseflow --version", 60_000)).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  for (const b of blocks.filter((x) => x.lang === "sh" && !x.code.startsWith("npm ci"))) {
    it(`sh block ${b.i} runs`, async () => {
      for (const line of b.code.trim().split("\n")) {
        const out = await run(line.replaceAll("npx caseflow ", "node dist/cli.js "), 180_000);
        expectPlausibleTable(out);
        // the result files the line writes hold finite, plausible figures
        const written = / -o (test-output\/\S+)/.exec(line)?.[1];
        if (written === undefined) continue;
        expect(existsSync(written), written).toBe(true);
        const text = readFileSync(written, "utf8");
        if (written.endsWith(".csv")) {
          expect(expectPlausibleSummaryCsv(text), written).toBeGreaterThan(20);
        } else {
          const data = JSON.parse(text) as { schemaVersion?: number; summary?: Record<string, { mean: number }> };
          expect(data.schemaVersion, written).toBe(1);
          // a run's result: its summary figures; other kinds (sensitivity designs, calibrations) are
          // checked by their own tests, here only that the file is a current caseflow result
          if (data.summary !== undefined) {
            const csv = ["metric,mean", ...Object.entries(data.summary).map(([k, v]) => `${k},${v.mean}`)].join("\n");
            expect(expectPlausibleSummaryCsv(csv), written).toBeGreaterThan(20);
          }
        }
      }
    });
  }

  for (const b of blocks.filter((x) => x.lang === "json")) {
    it(`json block ${b.i} is a valid scenario`, () => {
      expect(() => defineScenario(JSON.parse(b.code))).not.toThrow();
    });
  }
});
