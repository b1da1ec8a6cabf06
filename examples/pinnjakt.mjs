// "Pinnjakt": measuring for measuring's sake. The same standardised office under
// measurement regimes from none to second-by-second measurement of calls at the
// customer centre, showing the overhead and the goal displacement: a call-answer
// target pushes short calls that leave matters unresolved, which come back as
// repeat contacts, while the measured figure looks fine.
//   node examples/pinnjakt.mjs [--replications 10] [--quick]
import { compareVariants } from "caseflow";
import { exampleArgs, fmt, printTable, quicken, scenario } from "./shared.mjs";

const args = exampleArgs();
const withLevel = (level) => {
  const s = quicken(scenario("standardised"), args.quick);
  s.name = `measurement: ${level}`;
  s.office.units[0].policies = [{ kind: "measurementRegime", level }];
  return s;
};
const replications = args.replications ?? (args.quick ? 2 : 10);
const levels = ["light", "heavy", "pinnjakt"];
const result = await compareVariants("office", withLevel("none"), Object.fromEntries(levels.map((l) => [l, withLevel(l)])), {
  replications,
  rootSeed: 7,
  workers: args.workers,
});
const row = (label, key) => [label, fmt(result.base.summary[key]?.mean), ...levels.map((l) => fmt(result.variants[l].summary[key]?.mean))];
printTable(
  ["metric", "none", ...levels],
  [
    row("time: measurement & admin", "timeShare.measurement"),
    row("time: value work", "timeShare.value"),
    row("call answer, measured s", "measured.callAnswerSeconds.measured"),
    row("repeat calls per claim", "contactsByReason.repeat-call"),
    row("contacts per claim", "contactsPerCase"),
    row("failure-demand share", "failureDemandShare"),
    row("lead time, mean days", "leadTimeDays.mean"),
    row("hours per correct decision", "hoursPerCorrectDecision"),
  ],
);
console.log(`\nMeans over ${replications} paired replications ("repeat calls" is a count over the measured window).`);
