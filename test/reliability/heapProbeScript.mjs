/*
 * Measures the heap of one office run in a fresh process (run it with
 * `node --expose-gc heapProbeScript.mjs '<json>'`; the memory tests do). A probe
 * policy, called by the office every simulated week, collects garbage and
 * samples the live heap, so the peak is that of the data the run holds, not
 * of garbage waiting for collection. Prints one JSON line: the live heap
 * before the run, its peak and last value during the run, after the run, and
 * the run's backlog and event count. Uses the built library (dist/).
 *
 * Options (JSON): horizonDays, casesPerWeek, handlers, regime ("team" or
 * "standardised"), seed, trace (boolean), everyWeeks (sample every n-th week).
 */
import { officeConfig, simulateOffice, standardisedUnit, teamUnit } from "../../dist/index.js";

const o = JSON.parse(process.argv[2] ?? "{}");
if (typeof globalThis.gc !== "function") throw new Error("run with node --expose-gc");
const live = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

let peak = 0;
let last = 0;
let samples = 0;
let weeks = 0;
/** every sample: [day, live heap in bytes, open cases at the end of the last week] */
const series = [];
const every = o.everyWeeks ?? 1;
const probe = {
  name: "heap-probe",
  pressure(ctx) {
    if (weeks++ % every === 0) {
      last = live();
      if (last > peak) peak = last;
      samples++;
      series.push([ctx.now, last, Math.round(ctx.measured.backlogPerHandler * handlers)]);
    }
    return 0;
  },
};
const handlers = o.handlers ?? 6;
const unit = (o.regime ?? "team") === "team" ? teamUnit : standardisedUnit;
const config = officeConfig({
  world: { demand: { casesPerWeek: o.casesPerWeek ?? 25 } },
  units: [unit({ handlers: o.handlers ?? 6, policies: [probe] })],
});
// a first, unmeasured half-year run compiles the code, so the baseline includes it
simulateOffice(officeConfig({ world: config.world, units: [unit({ handlers: o.handlers ?? 6 })] }), { seed: 999, horizonDays: 182 });
const before = live();
const run = simulateOffice(config, { seed: o.seed ?? 1, horizonDays: o.horizonDays, warmupDays: 0, trace: o.trace === true });
const after = live();
console.log(
  JSON.stringify({
    before,
    peak,
    last,
    after,
    samples,
    backlogEnd: run.metrics.backlogEnd,
    unstable: run.metrics.unstable,
    arrived: run.metrics.totals.arrived,
    events: run.events,
    series,
  }),
);
