/*
 * The direction of imports between the layers of src. The generic layers
 * (engine, random, stats, experiment, report) know no model: they import
 * nothing from the office's domain (casework, organisation, policies), from
 * the models (src/models) or from the command line; the simulation kernel
 * (engine) imports nothing outside itself. Imports are read with the
 * TypeScript parser, so re-exports, type-only imports and dynamic imports
 * with a literal specifier count too.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "../../src");

/** The layers every generic layer must not import. */
const DOMAIN = ["casework", "organisation", "policies", "models", "cli"];

/** For each generic layer, the layers (top-level folders of src) it must not import. */
const FORBIDDEN: Record<string, (target: string) => boolean> = {
  engine: (t) => t !== "engine",
  random: (t) => DOMAIN.includes(t),
  stats: (t) => DOMAIN.includes(t),
  experiment: (t) => DOMAIN.includes(t),
  report: (t) => DOMAIN.includes(t),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** The relative module specifiers a TypeScript source imports, re-exports or imports dynamically. */
function importsOf(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** The top-level folder of src a relative specifier in `file` points into, or undefined outside src. */
function layerOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined; // a package (zod, node:fs, …)
  const target = relative(SRC, resolve(dirname(file), specifier));
  if (target.startsWith("..")) return undefined; // e.g. package.json
  return target.split(sep)[0]!.replace(/\.ts$/, "");
}

/** Every forbidden import in `files` (path → source), as "layer/file → specifier". */
function violations(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, source] of files) {
    const layer = relative(SRC, file).split(sep)[0]!;
    const forbidden = FORBIDDEN[layer];
    if (forbidden === undefined) continue;
    for (const specifier of importsOf(source)) {
      const target = layerOf(file, specifier);
      if (target !== undefined && forbidden(target)) found.push(`${relative(SRC, file)} → ${specifier}`);
    }
  }
  return found;
}

describe("layering of src", () => {
  it("finds imports in every form, so that a forbidden one cannot slip through", () => {
    const source = [
      `import { a } from "../organisation/Office";`,
      `import type { B } from "../casework";`,
      `export { c } from "../models/office/officeModel";`,
      `export * from "../policies";`,
      `const d = await import("../cli/main");`,
      `import { e } from "./same";`,
      `import { z } from "zod";`,
    ].join("\n");
    const file = join(SRC, "report", "probe.ts");
    expect(violations(new Map([[file, source]]))).toEqual([
      "report/probe.ts → ../organisation/Office",
      "report/probe.ts → ../casework",
      "report/probe.ts → ../models/office/officeModel",
      "report/probe.ts → ../policies",
      "report/probe.ts → ../cli/main",
    ]);
    const engineFile = join(SRC, "engine", "probe.ts");
    expect(violations(new Map([[engineFile, `import { Tally } from "../stats";\nimport { q } from "./EventQueue";`]]))).toEqual(["engine/probe.ts → ../stats"]);
  });

  it("generic layers import nothing domain-specific, and the engine nothing outside itself", () => {
    const files = new Map(
      Object.keys(FORBIDDEN)
        .flatMap((layer) => sourceFiles(join(SRC, layer)))
        .map((f) => [f, readFileSync(f, "utf8")] as const),
    );
    expect(files.size).toBeGreaterThan(150);
    expect(violations(files)).toEqual([]);
  });
});
