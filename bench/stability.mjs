/*
 * Stability of the standardised office across demand levels: the share of
 * replications that run away (`metrics.unstable`, the backlog growing through the
 * measured year) at planned utilisations from 60% to 120%, with the capacity
 * management of issue 12 (weekly staff moves between pools, overtime, borrowing)
 * and without it. Planned utilisation = planned hours per claim (the planning rule
 * of `plannedPoolHours`: template work at specialist speed, handovers, re-checks,
 * follow-ups and checkpoints of ongoing claims, planned contacts; management
 * overheads of the policies not included) × claims a week ÷ working hours of the
 * staff (37.5 h a week each). The flagship offices of examples/scenarios with 40
 * staff, one measured year after 91 days of warm-up, seed 2016.
 *
 * Usage: node bench/stability.mjs [replications=10] [office=standardised|standardised-targets]
 *        STAB_LEVELS=1.3,1.4 node bench/stability.mjs 3   (other planned utilisations)
 * Prints a markdown table (one row per demand level) and one line of JSON per level.
 */
import { readFileSync } from "node:fs";

const modulePath = process.env.CASEFLOW_MODULE ?? new URL("../dist/index.js", import.meta.url).href;
const lib = await import(modulePath.includes("://") ? modulePath : new URL(modulePath, `file://${process.cwd()}/`).href);
const { simulateOffice, officeFromScenario, officeScenarioSchema, plannedPoolHours } = lib;

const REPS = Number(process.argv[2] ?? 10);
const OFFICE = process.argv[3] ?? "standardised";
/** Planned utilisations to try; STAB_LEVELS="1.3,1.4" overrides. */
const LEVELS = process.env.STAB_LEVELS ? process.env.STAB_LEVELS.split(",").map(Number) : [0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0, 1.1, 1.2];
const WEEK_HOURS = 37.5;

const file = JSON.parse(readFileSync(new URL(`../examples/scenarios/${OFFICE}.json`, import.meta.url), "utf8"));
delete file.$schema;

function configAt(casesPerWeek, managed) {
  const s = structuredClone(file);
  s.office.world = { ...(s.office.world ?? {}), demand: { casesPerWeek } };
  if (!managed) for (const u of s.office.units) Object.assign(u, { staffMovesPerWeek: 0, overtimeHoursPerWeek: 0, borrowShare: 0 });
  return officeFromScenario(officeScenarioSchema.parse(s));
}

/** Planned hours per new claim of the (single) standardised unit. */
function plannedHoursPerClaim() {
  const cfg = configAt(1, true);
  const unit = cfg.units[0];
  const mix = cfg.world.caseMix;
  const total = mix.stepShares.reduce((a, b) => a + b, 0);
  const templates = mix.stepShares.map((x) => (unit.templateFit * mix.meanNeedHours * x) / total);
  const p = plannedPoolHours(unit, { world: cfg.world }, templates);
  return Object.values(p).reduce((a, b) => a + b, 0);
}

const perClaim = plannedHoursPerClaim();
const handlers = file.office.units[0].handlers ?? 40;
console.log(`office ${OFFICE}, ${handlers} staff, planned ${perClaim.toFixed(2)} h per claim, ${REPS} replications per level`);
console.log("| planned utilisation | claims/week | unstable, managed | utilisation, managed | median days to decision, managed | unstable, pools fixed, no overtime or borrowing |");
console.log("|---:|---:|---:|---:|---:|---:|");
for (const u of LEVELS) {
  const cpw = Math.round((u * handlers * WEEK_HOURS) / perClaim);
  const row = { level: u, casesPerWeek: cpw };
  for (const managed of [true, false]) {
    const cfg = configAt(cpw, managed);
    let unstable = 0;
    let util = 0;
    let p50 = 0;
    for (let r = 0; r < REPS; r++) {
      const m = simulateOffice(cfg, { seed: 2016, replication: r, horizonDays: 455, warmupDays: 91 }).metrics;
      unstable += m.unstable;
      util += m.utilisation;
      p50 += m.leadTimeDays.p50;
    }
    row[managed ? "managed" : "fixed"] = { unstable: unstable / REPS, utilisation: util / REPS, leadP50: p50 / REPS };
  }
  console.log(
    `| ${u.toFixed(2)} | ${cpw} | ${row.managed.unstable.toFixed(2)} | ${row.managed.utilisation.toFixed(2)} | ${row.managed.leadP50.toFixed(1)} | ${row.fixed.unstable.toFixed(2)} |`,
  );
  console.error(JSON.stringify(row));
}
