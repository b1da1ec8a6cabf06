/*
 * Start-up cost: how long a fresh `node` takes to load the library
 * (`import("caseflow")`, resolved through the package's own name), to build a
 * flagship office (examples/scenarios/standardised.json, 40 handlers) and to
 * run it for one simulated week, and how much of the import is the library's
 * dependencies (zod, d3-array, seedrandom, loaded alone first in a separate
 * child). Each figure is wall-clock and CPU time of this process.
 *
 * Usage: node bench/startup.mjs            (runs BENCH_REPS fresh children, default 5; prints medians)
 *        node bench/startup.mjs --child    (one measurement; prints one line of JSON)
 *        node bench/startup.mjs --deps     (import the dependencies only; one line of JSON)
 * Set CASEFLOW_MODULE to a path to load another build than the package's dist/.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { machineInfo } from "./common.mjs";

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function child() {
  const startedAt = performance.now(); // ms since the process started
  const c0 = cpuMs();
  const modulePath = process.env.CASEFLOW_MODULE;
  const lib = await import(modulePath === undefined ? "caseflow" : new URL(modulePath, `file://${process.cwd()}/`).href);
  const imported = performance.now();
  const c1 = cpuMs();
  const scenario = JSON.parse(readFileSync(new URL("../examples/scenarios/standardised.json", import.meta.url), "utf8"));
  const config = lib.officeFromScenario(lib.officeScenarioSchema.parse(scenario));
  const office = new lib.Office(config, { seed: 2016, replication: 0, horizonDays: 7, warmupDays: 0 });
  const built = performance.now();
  const c2 = cpuMs();
  const out = office.run();
  const ran = performance.now();
  const c3 = cpuMs();
  return {
    processToScriptMs: startedAt,
    importMs: imported - startedAt,
    importCpuMs: c1 - c0,
    buildOfficeMs: built - imported,
    buildOfficeCpuMs: c2 - c1,
    runWeekMs: ran - built,
    runWeekCpuMs: c3 - c2,
    totalMs: ran,
    events: out.events,
    decided: out.metrics.totals?.decided ?? null,
  };
}

async function deps() {
  const startedAt = performance.now();
  const c0 = cpuMs();
  await Promise.all([import("zod"), import("d3-array"), import("seedrandom")]);
  return { depsImportMs: performance.now() - startedAt, depsImportCpuMs: cpuMs() - c0 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (process.argv[2] === "--child") {
  console.log(JSON.stringify(await child()));
} else if (process.argv[2] === "--deps") {
  console.log(JSON.stringify(await deps()));
} else {
  const here = fileURLToPath(import.meta.url);
  const reps = Number(process.env.BENCH_REPS ?? 5);
  const runs = [];
  const depRuns = [];
  for (let i = 0; i < reps; i++) {
    depRuns.push(JSON.parse(execFileSync(process.execPath, [here, "--deps"], { encoding: "utf8" }).trim()));
    runs.push(JSON.parse(execFileSync(process.execPath, [here, "--child"], { encoding: "utf8" }).trim()));
  }
  const m = (key, list = runs) => median(list.map((r) => r[key]));
  const machine = machineInfo();
  console.log(`caseflow start-up — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; median of ${reps} fresh processes (wall ms / CPU ms)`);
  console.log(`  node start to first line of the script  ${m("processToScriptMs").toFixed(0)} ms`);
  console.log(`  import("caseflow")                      ${m("importMs").toFixed(0)} / ${m("importCpuMs").toFixed(0)} ms`);
  console.log(
    `    of which the dependencies alone       ${m("depsImportMs", depRuns).toFixed(0)} / ${m("depsImportCpuMs", depRuns).toFixed(0)} ms (separate process)`,
  );
  console.log(`  build the flagship office (40 handlers) ${m("buildOfficeMs").toFixed(0)} / ${m("buildOfficeCpuMs").toFixed(0)} ms`);
  console.log(`  run one simulated week                  ${m("runWeekMs").toFixed(0)} / ${m("runWeekCpuMs").toFixed(0)} ms (${runs[0].events} events)`);
  console.log(`  process start to week done             ${m("totalMs").toFixed(0)} ms`);
  console.log(JSON.stringify({ date: new Date().toISOString(), machine, reps, runs, depRuns }));
}
