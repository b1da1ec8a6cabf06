/*
 * The browser builds of Vega, Vega-Lite and vega-embed, read from the installed
 * packages so the report can carry them inline and open without a network.
 * Each package is found through Node's module resolution, then its minified
 * build through the package's own `jsdelivr`/`unpkg` field.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The three scripts, in load order (vega-lite needs vega; vega-embed needs both). */
export interface VegaScripts {
  /** vega's minified browser build. */
  vega: string;
  /** vega-lite's minified browser build. */
  vegaLite: string;
  /** vega-embed's minified browser build. */
  vegaEmbed: string;
}

let cached: VegaScripts | undefined;

/**
 * The minified browser builds of vega, vega-lite and vega-embed (read once,
 * then cached).
 *
 * @throws Error naming the package if it is not installed or has no browser build
 * @internal
 */
export function vegaScripts(): VegaScripts {
  if (cached === undefined) {
    cached = { vega: browserBuild("vega"), vegaLite: browserBuild("vega-lite"), vegaEmbed: browserBuild("vega-embed") };
  }
  return cached;
}

function browserBuild(pkg: string): string {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch (err) {
    throw new Error(`renderReport: package "${pkg}" is not installed (${(err as Error).message.split("\n")[0]}); reinstall caseflow's dependencies`, {
      cause: err,
    });
  }
  // Walk up from the entry file to the package's own package.json.
  let dir = dirname(entry);
  for (;;) {
    try {
      const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
      if (meta["name"] === pkg) {
        const file = meta["jsdelivr"] ?? meta["unpkg"];
        if (typeof file !== "string") throw new Error(`renderReport: package "${pkg}" names no browser build (jsdelivr/unpkg field)`);
        return readFileSync(join(dir, file), "utf8");
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`renderReport: could not find the package.json of "${pkg}" above ${entry}`);
    dir = up;
  }
}
