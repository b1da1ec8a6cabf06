/*
 * Stability of the standardised office across demand levels: the share of
 * replications that run away (`metrics.unstable`: the backlog of undecided claims
 * grew through the measured window by more than 5% of the window's arrivals and
 * was still growing in its second half), for demand given as a multiple of the
 * office's FULL capacity, with the planned utilisation of each level beside it.
 *
 * Two capacities, both from the model's own parameters (no simulation):
 * - planned capacity: the planning rule's hours per claim (`plannedPoolHours`:
 *   template work at specialist speed, handovers, re-checks, follow-ups and
 *   checkpoints of ongoing claims, planned contacts; policy overheads not
 *   included) against the staff's normal hours (37.5 h a week each). Planned
 *   utilisation = claims a week × planned hours per claim ÷ normal hours.
 * - full capacity: everything the office can mobilise before it must fall behind
 *   for good — overtime up to its yearly cap (min(overtimeHoursPerWeek × 52,
 *   overtimeHoursPerYear) per person), borrowed handlers (borrowShare ×
 *   borrowedProductivity), and corner-cutting at its most (the case work — steps,
 *   re-checks, follow-ups, checkpoints — done on (1 − cornerCutting) of its hours;
 *   contacts, handovers and switches are not compressed). Full capacity in claims
 *   a week = normal hours × (1 + overtime share + borrowed share) ÷ the planned
 *   hours per claim with the case work so compressed.
 * Demand above full capacity cannot be met in the long run, whatever management
 * does; between planned and full capacity the office is stretched (long lead
 * times, overtime, lower quality) but can hold its backlog.
 *
 * The flagship office of examples/scenarios (40 staff), 91 days of warm-up, then
 * STAB_YEARS measured years (default 3: one year is too short to tell a slow
 * runaway from the year-to-year swing of a stretched office, see bench/README.md),
 * seed 2016, replications 0 … n − 1.
 *
 * Usage: node bench/stability.mjs [replications=10] [office=standardised|standardised-targets]
 *        STAB_LEVELS=1.1,1.2 (multiples of full capacity)  STAB_YEARS=3
 *        STAB_FIXED=1 also runs each level with pools fixed, no overtime and no borrowing
 * Prints a markdown table (one row per demand level) and one line of JSON per level
 * on stderr.
 */
import { readFileSync } from "node:fs";

const modulePath = process.env.CASEFLOW_MODULE ?? new URL("../dist/index.js", import.meta.url).href;
const lib = await import(modulePath.includes("://") ? modulePath : new URL(modulePath, `file://${process.cwd()}/`).href);
const { simulateOffice, officeFromScenario, officeScenarioSchema, plannedPoolHours } = lib;

const REPS = Number(process.argv[2] ?? 10);
const OFFICE = process.argv[3] ?? "standardised";
/** Demand as multiples of full capacity; STAB_LEVELS="1.1,1.2" overrides. */
const LEVELS = process.env.STAB_LEVELS ? process.env.STAB_LEVELS.split(",").map(Number) : [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3];
const YEARS = Number(process.env.STAB_YEARS ?? 3);
const FIXED = process.env.STAB_FIXED === "1";
const WEEK_HOURS = 37.5;
const WARMUP = 91;
const HORIZON = WARMUP + 364 * YEARS;

const file = JSON.parse(readFileSync(new URL(`../examples/scenarios/${OFFICE}.json`, import.meta.url), "utf8"));
delete file.$schema;

function configAt(casesPerWeek, managed) {
  const s = structuredClone(file);
  s.office.world = { ...(s.office.world ?? {}), demand: { ...(s.office.world?.demand ?? {}), casesPerWeek } };
  if (!managed) for (const u of s.office.units) Object.assign(u, { staffMovesPerWeek: 0, overtimeHoursPerWeek: 0, borrowShare: 0 });
  return officeFromScenario(officeScenarioSchema.parse(s));
}

/** Planned hours per new claim of the (single) standardised unit, the case work done on `effort` of its hours. */
function hoursPerClaim(cfg, effort) {
  const unit = cfg.units[0];
  const mix = cfg.world.caseMix;
  const total = mix.stepShares.reduce((a, b) => a + b, 0);
  const templates = mix.stepShares.map((x) => (effort * unit.templateFit * mix.meanNeedHours * x) / total);
  const world = structuredClone(cfg.world);
  world.caseMix.checkpointHours *= effort;
  world.caseMix.followUpHours *= effort;
  const p = plannedPoolHours(unit, { world }, templates);
  return Object.values(p).reduce((a, b) => a + b, 0);
}

const base = configAt(1, true);
const unit = base.units[0];
const handlers = unit.handlers;
const planned = hoursPerClaim(base, 1);
const compressed = hoursPerClaim(base, 1 - base.world.people.cornerCutting);
const overtimeShare = Math.min(unit.overtimeHoursPerWeek * 52, unit.overtimeHoursPerYear) / (WEEK_HOURS * 52);
const borrowedShare = unit.borrowShare * unit.borrowedProductivity;
const plannedCapacity = (handlers * WEEK_HOURS) / planned;
const fullCapacity = (handlers * WEEK_HOURS * (1 + overtimeShare + borrowedShare)) / compressed;

console.log(
  `office ${OFFICE}, ${handlers} staff; planned ${planned.toFixed(2)} h per claim → planned capacity ${plannedCapacity.toFixed(0)} claims/week; ` +
    `full capacity: +${(100 * overtimeShare).toFixed(1)}% overtime, +${(100 * borrowedShare).toFixed(1)}% borrowed, ${compressed.toFixed(2)} h per claim at full corner-cutting → ${fullCapacity.toFixed(0)} claims/week ` +
    `(${(fullCapacity / plannedCapacity).toFixed(2)} × planned); ${REPS} replications per level, ${YEARS} measured year(s) after ${WARMUP} days of warm-up, seed 2016`,
);
console.log(
  `| demand ÷ full capacity | planned utilisation | claims/week | unstable, managed | decided ÷ arrived | median days to decision | backlog at end, weeks of demand |${FIXED ? " unstable, pools fixed, no overtime or borrowing |" : ""}`,
);
console.log(`|---:|---:|---:|---:|---:|---:|---:|${FIXED ? "---:|" : ""}`);
for (const level of LEVELS) {
  const cpw = Math.round(level * fullCapacity);
  const row = { level, plannedUtilisation: cpw / plannedCapacity, casesPerWeek: cpw, years: YEARS, replications: REPS };
  for (const managed of FIXED ? [true, false] : [true]) {
    const cfg = configAt(cpw, managed);
    const unstable = [];
    let served = 0;
    let p50 = 0;
    let backlogWeeks = 0;
    for (let r = 0; r < REPS; r++) {
      const m = simulateOffice(cfg, { seed: 2016, replication: r, horizonDays: HORIZON, warmupDays: WARMUP }).metrics;
      unstable.push(m.unstable);
      served += (m.decided + m.withdrawn) / m.arrived;
      p50 += m.leadTimeDays.p50;
      backlogWeeks += m.backlogEnd / cpw;
    }
    row[managed ? "managed" : "fixed"] = {
      unstable: unstable.reduce((a, b) => a + b, 0) / REPS,
      flags: unstable.join(""),
      servedShare: served / REPS,
      leadP50: p50 / REPS,
      backlogEndWeeks: backlogWeeks / REPS,
    };
  }
  const m = row.managed;
  console.log(
    `| ${level.toFixed(2)} | ${row.plannedUtilisation.toFixed(2)} | ${cpw} | ${m.unstable.toFixed(2)} | ${m.servedShare.toFixed(3)} | ${m.leadP50.toFixed(1)} | ${m.backlogEndWeeks.toFixed(1)} |${FIXED ? ` ${row.fixed.unstable.toFixed(2)} |` : ""}`,
  );
  console.error(JSON.stringify(row));
}
