// Healthcare collaboration (Göteborg): working with a healthcare centre raises the
// share of complete medical certificates and speeds up completion answers, at a cost
// in staff time. Shown for trust-based teams and for the standardised office.
//   node examples/healthcare-collaboration.mjs [--replications 10] [--quick]
import { compareVariants } from "caseflow";
import { exampleArgs, fmt, printTable, quicken, scenario } from "./shared.mjs";

const args = exampleArgs();
const replications = args.replications ?? (args.quick ? 2 : 10);
const rows = [];
for (const name of ["teams", "standardised"]) {
  const base = quicken(scenario(name), args.quick);
  const withCollab = structuredClone(base);
  withCollab.office.units[0].policies.push({ kind: "healthcareCollaboration" });
  const r = await compareVariants("office", base, { collaboration: withCollab }, { replications, rootSeed: 5, workers: args.workers });
  for (const [label, key] of [
    ["lead time, mean days", "leadTimeDays.mean"],
    ["days to first payment", "daysToFirstPayment.mean"],
    ["decision accuracy", "decisionAccuracy"],
    ["time: improvement & collaboration", "timeShare.improvement"],
    ["hours per correct decision", "hoursPerCorrectDecision"],
  ]) {
    const c = r.comparisons.collaboration[key];
    rows.push([name, label, fmt(c.baseMean), fmt(c.variantMean), `${fmt(c.difference.mean)} ± ${fmt(c.difference.halfWidth)}${c.significant ? " *" : ""}`]);
  }
}
printTable(["regime", "metric", "without", "with collaboration", "Δ ± 95% CI"], rows);
