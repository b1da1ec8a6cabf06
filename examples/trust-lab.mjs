// The flagship: one office run the detail-managed way (standardised steps, production
// targets, heavy measurement, bonuses) against the Trust Lab's trust-based teams, and the
// Torsby (internal specialisation) and Göteborg (healthcare collaboration) variants.
// All variants see the same claims (common random numbers), so differences are paired.
//
//   node examples/trust-lab.mjs [--replications 20] [--workers auto] [--report trust-lab.html] [--quick]
import { writeFileSync } from "node:fs";
import { compareVariants, renderReport } from "caseflow";
import { KEY_METRICS, exampleArgs, fmt, printTable, quicken, scenario } from "./shared.mjs";

const args = exampleArgs();
const base = quicken(scenario("standardised-targets"), args.quick);
const variants = {
  "standardised, no targets": quicken(scenario("standardised"), args.quick),
  "trust-based teams": quicken(scenario("teams"), args.quick),
  "teams, Torsby": quicken(scenario("teams-torsby"), args.quick),
  "teams, Göteborg": quicken(scenario("teams-goteborg"), args.quick),
};
const replications = args.replications ?? (args.quick ? 3 : base.run.replications);
const started = Date.now();
const result = await compareVariants("office", base, variants, {
  replications,
  rootSeed: base.run.seed,
  workers: args.workers,
  keepSeries: true,
  onProgress: (done, total) => process.stderr.isTTY && process.stderr.write(`\r${done}/${total} replications`),
});
if (process.stderr.isTTY) process.stderr.write("\n");

console.log(
  `Trust Lab: ${base.office.units[0].handlers} staff, ${replications} paired replications, ` +
    `${base.run.horizonDays - base.run.warmupDays} measured days (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
);
const names = Object.keys(variants);
printTable(
  ["metric", "standardised + targets", ...names.map((n) => `${n} (Δ ± 95% CI)`)],
  KEY_METRICS.map(([key, label]) => [
    label,
    fmt(result.base.summary[key]?.mean),
    ...names.map((n) => {
      const c = result.comparisons[n][key];
      return c ? `${fmt(c.difference.mean)} ± ${fmt(c.difference.halfWidth)}${c.significant ? " *" : ""}` : "–";
    }),
  ]),
);
console.log("\nΔ = variant − standardised + targets; * = the paired 95% CI excludes 0.");

const report = args.report ?? (args.quick ? undefined : "trust-lab.html");
if (report) {
  writeFileSync(report, renderReport(result, { title: "The Trust Lab: detailed control vs trust" }));
  console.log(`Report written to ${report}`);
}
