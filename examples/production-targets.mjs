// Production targets: a quota of decisions per handler per week at growing strength,
// against complex claims' lead time and decision accuracy — and the counter-case: a
// target on a figure that cannot be gamed (audited accuracy), with no room to select.
//   node examples/production-targets.mjs [--replications 10] [--quick]
import { compareVariants } from "caseflow";
import { exampleArgs, fmt, printTable, quicken, scenario } from "./shared.mjs";

const args = exampleArgs();
const office = (name, policies) => {
  const s = quicken(scenario("standardised"), args.quick);
  s.name = name;
  s.office.units[0].policies = policies;
  return s;
};
const quota = (strength) => [{ kind: "productionTarget", figure: "decisions", perHandlerWeek: 10, strength }];
const variants = {
  "quota, mild": office("quota, mild", quota(0.5)),
  "quota, strong": office("quota, strong", quota(2)),
  "quota, strong, no room to select": office("no room", [{ ...quota(2)[0], roomToSelect: false }]),
  "accuracy target, no room": office("accuracy target", [
    { kind: "productionTarget", figure: "auditedAccuracy", auditedAccuracyAtLeast: 0.97, strength: 2, roomToSelect: false },
    { kind: "qualityReview", share: 0.1 },
  ]),
};
const replications = args.replications ?? (args.quick ? 2 : 10);
const result = await compareVariants("office", office("no target", []), variants, { replications, rootSeed: 11, workers: args.workers });
const keys = [
  ["complex claims, p90 days", "leadTimeDays.byComplexity.complex.p90"],
  ["simple claims, p90 days", "leadTimeDays.byComplexity.simple.p90"],
  ["decision accuracy", "decisionAccuracy"],
  ["complex-claim accuracy", "accuracyByComplexity.complex"],
  ["decisions per week", "decisionsPerWeek"],
  ["stress", "stressMean"],
];
const names = Object.keys(variants);
printTable(
  ["metric", "no target", ...names],
  keys.map(([label, key]) => [
    label,
    fmt(result.base.summary[key]?.mean),
    ...names.map((n) => {
      const c = result.comparisons[n][key];
      return `${fmt(c.variantMean)}${c.significant ? (c.difference.mean > 0 ? " ↑" : " ↓") : ""}`;
    }),
  ]),
);
console.log(`\n↑/↓: paired 95% CI of the difference from "no target" excludes 0 (${replications} replications).`);
