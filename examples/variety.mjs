// Case variety: where standardisation wins and where teams win. The same office is
// run as standardised pools and as trust-based teams while the spread of claims'
// needs grows from none (every claim alike) to very varied ("så många olika öden").
//   node examples/variety.mjs [--replications 6] [--quick]
import { sweep } from "caseflow";
import { exampleArgs, fmt, printTable, quicken, scenario } from "./shared.mjs";

const args = exampleArgs();
const varieties = args.quick ? [0, 2] : [0, 0.5, 1, 1.5, 2, 3];
const replications = args.replications ?? (args.quick ? 2 : 6);
const design = { grid: { "office.world.caseMix.variety": varieties } };
const opts = { replications, rootSeed: 3, workers: args.workers };
const std = await sweep("office", quicken(scenario("standardised"), args.quick), design, opts);
const teams = await sweep("office", quicken(scenario("teams"), args.quick), design, opts);
const mean = (res, i, key) => res.results[i].summary[key]?.mean;
printTable(
  ["variety", "h/correct std", "h/correct teams", "lead std", "lead teams", "accuracy std", "accuracy teams", "failure std", "failure teams", "cheaper"],
  varieties.map((v, i) => {
    const hs = mean(std, i, "hoursPerCorrectDecision");
    const ht = mean(teams, i, "hoursPerCorrectDecision");
    return [
      String(v),
      fmt(hs),
      fmt(ht),
      fmt(mean(std, i, "leadTimeDays.mean")),
      fmt(mean(teams, i, "leadTimeDays.mean")),
      fmt(mean(std, i, "decisionAccuracy")),
      fmt(mean(teams, i, "decisionAccuracy")),
      fmt(mean(std, i, "failureDemandShare")),
      fmt(mean(teams, i, "failureDemandShare")),
      hs < ht ? "standardised" : "teams",
    ];
  }),
);
console.log(`\nvariety = coefficient of variation of claims' need; h/correct = staff hours per correct decision; ${replications} replications per point.`);
