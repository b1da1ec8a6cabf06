// Writing your own policy: a plain object that fills some hooks. This one gives
// claims that look big — the handler's estimate of the claim's hours is more than
// twice the typical claim's — 25% more effort ("take the hard ones seriously") and
// makes handlers take the oldest visible claim first. Hooks get read-only views
// holding what a handler sees (estimates, not the claim's true need or class).
// It runs with the library API directly (functions cannot go into JSON scenario files).
//   node examples/custom-policy.mjs [--quick]
import { officeConfig, pairedDifference, simulateOffice, standardisedUnit } from "caseflow";
import { exampleArgs, fmt } from "./shared.mjs";

/** @type {import("caseflow").Policy} */
const careForComplexClaims = {
  name: "care for claims that look big",
  effortFactor: (task, ctx) => {
    const typicalClaim = ctx.typicalStepHours.reduce((a, b) => a + b, 0);
    return task.claimExpectedHours > 2 * typicalClaim ? 1.25 : 1;
  },
  selectTask: (tasks) => tasks.reduce((best, t, i) => (t.arrival < tasks[best].arrival ? i : best), 0),
};

const { quick } = exampleArgs();
const world = { caseMix: { variety: 2 }, demand: { casesPerWeek: quick ? 160 : 320 } };
const handlers = quick ? 20 : 40;
const base = officeConfig({ world, units: [standardisedUnit({ handlers, escalateShare: 0, templateFit: 0.8 })] });
const mine = officeConfig({ world, units: [standardisedUnit({ handlers, escalateShare: 0, templateFit: 0.8, policies: [careForComplexClaims] })] });
const reps = quick ? 2 : 8;
const a = [];
const b = [];
for (let r = 0; r < reps; r++) {
  const run = { seed: 1, replication: r, horizonDays: quick ? 126 : 364, warmupDays: 28 };
  a.push(simulateOffice(base, run).metrics.accuracyByComplexity.complex);
  b.push(simulateOffice(mine, run).metrics.accuracyByComplexity.complex);
}
const d = pairedDifference(a, b);
console.log(
  `complex-claim accuracy: without ${fmt(d.mean === d.mean ? a.reduce((x, y) => x + y) / reps : NaN)}, ` +
    `with "${careForComplexClaims.name}" ${fmt(b.reduce((x, y) => x + y) / reps)}`,
);
console.log(`paired difference ${fmt(d.mean)} ± ${fmt(d.halfWidth)} (95% CI, ${reps} replications)${d.significant ? ", significant" : ""}`);
