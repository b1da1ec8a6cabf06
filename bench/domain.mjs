/*
 * The domain benchmark: one office of the sickness-insurance model, much larger
 * than the flagship (100 handlers, about 50,000 new claims a year), simulated in
 * one process. The office is one of the flagship scenario files
 * (examples/scenarios/standardised.json or teams.json) with its unit scaled to
 * 100 handlers and the weekly volume of new claims set on the command line; the
 * run is the flagship's: 91 days of warm-up, then whole measured years.
 *
 * Usage (prints one line of JSON):
 *   node bench/domain.mjs run <standardised|teams> <casesPerWeek> [years]
 *       time one run (module loading and set-up not timed); years defaults to 1
 *   node --expose-gc bench/domain.mjs memory <standardised|teams> <casesPerWeek> [years]
 *       the same run with a full garbage collection every 13 simulated weeks,
 *       after which the used heap is what the run really keeps (its live heap);
 *       reports the largest such value (the collections slow it, so not timed)
 *   node bench/domain.mjs stability <standardised|teams> <casesPerWeek>
 *       replications 0–2 of one measured year: is the office stable at this load?
 * Set CASEFLOW_MODULE to a path or URL to benchmark another build than dist/.
 */
import { readFileSync } from "node:fs";
import { GCProfiler, getHeapStatistics } from "node:v8";
import { finish, startClock, sampleHeapValue } from "./common.mjs";

const modulePath = process.env.CASEFLOW_MODULE ?? new URL("../dist/index.js", import.meta.url).href;
const { Office, officeFromScenario, officeScenarioSchema } = await import(
  modulePath.includes("://") ? modulePath : new URL(modulePath, `file://${process.cwd()}/`).href
);

/** Handlers in the benchmark office. */
export const HANDLERS = 100;
/** Warm-up before the measured years (days), as in the flagship scenarios. */
export const WARMUP_DAYS = 91;
/** Length of a measured year (days): 52 whole weeks, as in the flagship (455 − 91). */
export const YEAR_DAYS = 364;
/** Root seed (the flagship's). */
export const SEED = 2016;
/** The offices: the flagship scenario file each one scales up. */
export const REGIMES = { standardised: "standardised.json", teams: "teams.json" };
/** Simulated weeks between two full collections and samples of the live heap (memory mode). */
const LIVE_EVERY_WEEKS = 13;

/** The office configuration: the flagship file with `HANDLERS` handlers and `casesPerWeek` new claims a week. */
function config(regime, casesPerWeek) {
  const file = REGIMES[regime];
  if (file === undefined) throw new RangeError(`regime must be one of ${Object.keys(REGIMES).join(", ")}, got ${regime}`);
  const scenario = JSON.parse(readFileSync(new URL(`../examples/scenarios/${file}`, import.meta.url), "utf8"));
  for (const unit of scenario.office.units) unit.handlers = HANDLERS;
  scenario.office.world = { ...scenario.office.world, demand: { ...scenario.office.world?.demand, casesPerWeek } };
  return officeFromScenario(officeScenarioSchema.parse(scenario));
}

/**
 * One office run of `years` measured years. With `live`, a full collection
 * every LIVE_EVERY_WEEKS simulated weeks is followed by a sample of the live heap.
 */
function run(regime, casesPerWeek, years, live) {
  const horizonDays = WARMUP_DAYS + YEAR_DAYS * years;
  const office = new Office(config(regime, casesPerWeek), { seed: SEED, replication: 0, horizonDays, warmupDays: WARMUP_DAYS });
  // the live heap: hook the recorder's weekly call (no events added, results unchanged)
  let livePeak = 0;
  let liveSamples = 0;
  if (live) {
    if (typeof globalThis.gc !== "function") throw new Error("memory mode needs node --expose-gc");
    const recorder = office.recorder;
    const week = recorder.week;
    let weeks = 0;
    recorder.week = function sampledWeek(t, stress) {
      week.call(this, t, stress);
      if (++weeks % LIVE_EVERY_WEEKS === 0) {
        globalThis.gc();
        livePeak = Math.max(livePeak, getHeapStatistics().used_heap_size);
        liveSamples++;
      }
    };
  }
  // the exact peak of the used heap: its size just before each collection (it only grows between them)
  const profiler = new GCProfiler();
  profiler.start();
  const clock = startClock();
  const out = office.run();
  for (const s of profiler.stop().statistics) sampleHeapValue(s.beforeGC.heapStatistics.usedHeapSize);
  const m = out.metrics;
  return finish(clock, {
    ...(live ? { liveHeapPeakMB: livePeak / (1024 * 1024), liveSamples } : {}),
    regime,
    casesPerWeek,
    years,
    horizonDays,
    count: m.totals.arrived,
    units: "claims",
    claimsInWindow: m.arrived,
    events: out.events,
    unstable: m.unstable,
    backlogEnd: m.backlogEnd,
    leadTimeDays: m.leadTimeDays.mean,
  });
}

/** Replications 0–2 of one measured year at this load: their `unstable` flags. */
function stability(regime, casesPerWeek) {
  const cfg = config(regime, casesPerWeek);
  const reps = [];
  for (let replication = 0; replication < 3; replication++) {
    const office = new Office(cfg, { seed: SEED, replication, horizonDays: WARMUP_DAYS + YEAR_DAYS, warmupDays: WARMUP_DAYS });
    const m = office.run().metrics;
    reps.push({ replication, unstable: m.unstable, arrived: m.arrived, backlogEnd: m.backlogEnd });
  }
  return { regime, casesPerWeek, stable: reps.every((r) => r.unstable === 0), reps };
}

const [mode, regime, cpw, years] = process.argv.slice(2);
const casesPerWeek = Number(cpw);
if (!["run", "memory", "stability"].includes(mode) || REGIMES[regime] === undefined || !(casesPerWeek > 0)) {
  console.error(`usage: node bench/domain.mjs <run|memory|stability> <${Object.keys(REGIMES).join("|")}> <casesPerWeek> [years]`);
  process.exit(2);
}
const result = mode === "stability" ? stability(regime, casesPerWeek) : run(regime, casesPerWeek, Number(years ?? 1), mode === "memory");
console.log(JSON.stringify({ mode, ...result }));
