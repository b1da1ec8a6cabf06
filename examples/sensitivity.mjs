// Which assumptions matter? Morris screening of three assumed numbers behind the
// failure-demand and cost gap between trust-based teams and the standardised
// office with targets: the customer centre's and the case owner's call resolution,
// and the "who has my case?" calls per handover. The output is the paired difference
// teams − standardised + targets, replication by replication (common random numbers).
//   node examples/sensitivity.mjs [--quick] [--workers 2]
// The full analysis, with more assumptions and a regime map, is in docs/sensitivity.md.
import { sensitivity, sensitivityTables, formatTable } from "caseflow";
import { exampleArgs, quicken, scenario } from "./shared.mjs";

const args = exampleArgs();
const result = await sensitivity("office", quicken(scenario("standardised-targets"), args.quick), {
  method: "morris",
  variant: quicken(scenario("teams"), args.quick),
  parameters: [
    { path: "office.world.contacts.customerCentreResolves", kind: "uniform", lo: 0.4, hi: 0.8 },
    { path: "office.units[0].ownerResolves", kind: "uniform", lo: 0.75, hi: 0.98 },
    { path: "office.world.citizens.handoffContactShare", kind: "uniform", lo: 0.03, hi: 0.2 },
  ],
  metric: ["failureDemandShare", "hoursPerCorrectDecision"],
  samples: args.quick ? 2 : 8,
  replications: args.replications ?? 1,
  rootSeed: 2016,
  workers: args.workers,
});
for (const table of sensitivityTables(result)) console.log(formatTable(table));
console.log(`${result.points.length} design points × ${result.replications.length} replication(s), each run as both scenarios.`);
