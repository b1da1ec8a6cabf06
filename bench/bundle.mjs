/*
 * What a user's bundle pays for: the minified size of a browser-or-node bundle
 * that imports only the kernel (`caseflow/engine`), the random streams, the
 * statistics, the experiment layer, the report layer, and the office from the
 * package root, built with esbuild (tsup's bundler) from the
 * built dist/. Prints a table and writes bench/results/bundle.json.
 *
 *   npm run build && node bench/bundle.mjs
 */
import { build } from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const cases = {
  "caseflow/engine: { Simulation, Resource }": `import { Simulation, Resource } from "caseflow/engine"; console.log(Simulation, Resource);`,
  "caseflow/random: { createStream, exponential }": `import { createStream, exponential } from "caseflow/random"; console.log(createStream, exponential);`,
  "caseflow/stats: { Tally, confidenceInterval }": `import { Tally, confidenceInterval } from "caseflow/stats"; console.log(Tally, confidenceInterval);`,
  "caseflow/experiment: { runReplications }": `import { runReplications } from "caseflow/experiment"; console.log(runReplications);`,
  "caseflow/report: { formatTable }": `import { formatTable } from "caseflow/report"; console.log(formatTable);`,
  "caseflow: { simulateOffice }": `import { simulateOffice } from "caseflow"; console.log(simulateOffice);`,
};
const rows = [];
for (const [name, contents] of Object.entries(cases)) {
  const out = await build({
    stdin: { contents, resolveDir: root, sourcefile: "entry.mjs" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  const bytes = out.outputFiles[0].contents.length;
  rows.push({ bundle: name, kilobytes: +(bytes / 1024).toFixed(1) });
  console.log(`${name.padEnd(50)} ${(bytes / 1024).toFixed(1).padStart(8)} KB minified`);
}
mkdirSync(join(here, "results"), { recursive: true });
writeFileSync(join(here, "results", "bundle.json"), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + "\n");
