// The story caseflow exists to tell: a standardised, target-steered office starts the
// Trust Lab in spring and switches to trust-based teams in mid-stream — open claims,
// staff and their stress carry over, the new way of working starts with a dip and
// improves through protected improvement time. Quarter by quarter: switching against
// staying, with and without protected improvement time, and the Göteborg variant that
// also starts a healthcare collaboration in the autumn. Every switch also takes the
// reorganisation's own time from casework (meetings, agreeing on the problems, fact
// gathering): by default 2 hours per person a week for 13 weeks (an assumption), and
// in one variant 8 hours a week, the level at which the first quarter
// after the switch becomes slower than staying (see the model card). All variants see
// the same claims (common random numbers), so every difference is paired.
//
//   node examples/transition.mjs [--replications 10] [--workers auto] [--quick]
import { compareVariants, payback, periodLabels } from "caseflow";
import { exampleArgs, fmt, printTable, quicken, scenario } from "./shared.mjs";

const args = exampleArgs();
const stay = quicken(scenario("standardised-targets"), args.quick);
stay.name = "stay standardised";
// two years from 5 January 2026 (to 1 October 2026 in --quick runs), figures per quarter
stay.run = { ...stay.run, horizonDays: args.quick ? 269 : 724, warmupDays: 28, periods: "quarter" };
const switchDay = "2026-04-01";
const unit = stay.office.units[0].name;
const withTimeline = (name, timeline) => ({ ...structuredClone(stay), name, office: { ...structuredClone(stay.office), timeline } });
// the reorganisation of the heavy variant: hours per person a week, for 13 weeks after the switch
const heavy = { hoursPerWeek: 8, weeks: 13 };
const toTeams = (policies, reorganisation) => ({
  change: "regime",
  at: switchDay,
  unit,
  to: { regime: "team", name: "teams", policies },
  ...(reorganisation ? { reorganisation } : {}),
});
const variants = {
  "switch, protected improvement time": withTimeline("switch", [toTeams([{ kind: "trustBasedSteering" }])]),
  "switch, no improvement time": withTimeline("switch, no time", [toTeams([{ kind: "trustBasedSteering", improvementShare: 0 }])]),
  [`switch, ${heavy.hoursPerWeek} h/week reorganisation`]: withTimeline("switch, heavy reorganisation", [toTeams([{ kind: "trustBasedSteering" }], heavy)]),
  "switch + Göteborg collaboration": withTimeline("Göteborg", [
    toTeams([{ kind: "trustBasedSteering" }]),
    { change: "policies", at: args.quick ? "2026-07-01" : "2026-09-01", unit, add: [{ kind: "healthcareCollaboration" }] },
  ]),
};
const replications = args.replications ?? (args.quick ? 2 : 10);
const started = Date.now();
const result = await compareVariants("office", stay, variants, {
  replications,
  rootSeed: stay.run.seed,
  workers: args.workers,
  onProgress: (done, total) => process.stderr.isTTY && process.stderr.write(`\r${done}/${total} replications`),
});
if (process.stderr.isTTY) process.stderr.write("\n");

console.log(
  `Switching to teams on ${switchDay}: ${stay.office.units[0].handlers} staff, ${replications} paired replications ` +
    `(${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
);
const arms = { "stay standardised": result.base, ...result.variants };
const labels = periodLabels(result.base);
for (const [figure, label] of [
  ["leadTimeDays.mean", "lead time, mean days (decisions made in the quarter)"],
  ["failureDemandShare", "failure-demand share of contacts"],
  ["decisionAccuracy", "decision accuracy"],
  ["stressMean", "staff stress"],
  ["turnoverPerYear", "turnover per year"],
]) {
  console.log(label);
  printTable(
    ["quarter", ...Object.keys(arms)],
    labels.map((q) => [q, ...Object.values(arms).map((r) => fmt(r.summary[`period.${q}.${figure}`]?.mean))]),
  );
  console.log("");
}
const switchAt = (new Date(`${switchDay}T00:00:00Z`) - new Date(`${stay.office.startDate ?? "2026-01-05"}T00:00:00Z`)) / 86_400_000;
for (const name of Object.keys(variants)) {
  const p = payback(result.base, result.variants[name], { metric: "leadTimeDays.mean", after: switchAt, better: "lower" });
  console.log(`payback on lead time, ${name}: ${p.text}`);
}
const first = `period.${labels.find((q) => q >= "2026-Q2")}.leadTimeDays.mean`;
console.log("\nfirst quarter after the switch against staying (paired mean difference of lead time, days, 95% CI):");
for (const name of Object.keys(variants)) {
  const c = result.comparisons[name][first];
  if (c !== undefined) console.log(`  ${name}: ${fmt(c.difference.mean)} [${fmt(c.difference.lower)}, ${fmt(c.difference.upper)}]`);
}
console.log("\npayback: the first quarter from which the variant's lead time stays below staying (paired 95% CI excludes 0).");
