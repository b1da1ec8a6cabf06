/*
 * Every code block in the README runs. JavaScript blocks are written to files
 * inside the package (so `import … from "caseflow"` resolves to the built
 * package) and run with node; shell blocks that call the command line or an
 * example are run line by line; JSON blocks must be valid scenarios. The two
 * `npm ci && …` commands are what CI itself runs, so they are not re-run here.
 */
import { execSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineScenario } from "../../src/experiment/defineScenario";

const readme = readFileSync("README.md", "utf8");
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m, i) => ({ i, lang: m[1] as string, code: m[2] as string }));

describe("README code blocks", () => {
  mkdirSync("test-output", { recursive: true });

  it("has the two commands a newcomer runs", () => {
    const sh = blocks.filter((b) => b.lang === "sh").map((b) => b.code.trim());
    expect(sh).toContain("npm ci && npm start");
    expect(sh).toContain("npm ci && npm test");
  });

  for (const b of blocks.filter((x) => x.lang === "js")) {
    it(`js block ${b.i} runs`, () => {
      const file = `test-output/readme-block-${b.i}.mjs`;
      writeFileSync(file, b.code);
      const out = execSync(`node ${file}`, { encoding: "utf8", timeout: 120_000 });
      expect(out.length).toBeGreaterThan(0);
    });
  }

  for (const b of blocks.filter((x) => x.lang === "sh" && !x.code.startsWith("npm ci"))) {
    it(`sh block ${b.i} runs`, () => {
      for (const line of b.code.trim().split("\n")) {
        execSync(line, { encoding: "utf8", timeout: 180_000, stdio: "pipe" });
      }
    });
  }

  for (const b of blocks.filter((x) => x.lang === "json")) {
    it(`json block ${b.i} is a valid scenario`, () => {
      expect(() => defineScenario(JSON.parse(b.code))).not.toThrow();
    });
  }
});
