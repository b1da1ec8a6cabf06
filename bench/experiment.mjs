/*
 * The flagship comparison as a benchmark: the four offices of
 * examples/scenarios — standardised-targets (the base), standardised, teams and
 * teams-goteborg — with 40 handlers over one measured year, 50 replications
 * each, compared with common random numbers by compareVariants. It runs the
 * whole experiment twice, each time in a fresh child process: once on the
 * calling thread (workers: 1) and once on every core (workers: "auto"). It
 * prints the outcome table (mean and 95% confidence interval per metric and
 * office), the cost of the run (replications per second, and the speed-up of
 * all workers over one, against the target ≥ 1.7 on 2 cores), checks that both
 * runs gave the same records to the last bit, and writes
 * bench/results/experiment.json. A missed target is reported, never turned into
 * a failing exit code (a difference between the two runs is: exit code 1).
 *
 * Usage: node bench/experiment.mjs                 (needs a built dist/)
 *        node bench/experiment.mjs --child <1|auto> (one run; prints one line of JSON)
 * Environment: BENCH_EXP_REPS (default 50) replications per office;
 *              BENCH_EXP_RUNS (default 1) runs per worker setting, the fastest counts;
 *              CASEFLOW_MODULE to benchmark another build than dist/.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { machineInfo } from "./common.mjs";

const REPS = Number(process.env.BENCH_EXP_REPS ?? 50);
const RUNS = Number(process.env.BENCH_EXP_RUNS ?? 1);
const TARGET_SPEEDUP = 1.7;
const ROOT_SEED = 2016;
/** The offices: the first is the base of the comparison. */
const OFFICES = ["standardised-targets", "standardised", "teams", "teams-goteborg"];
/** Metrics in the outcome table, with how to show them. */
const METRICS = [
  ["decisionsPerWeek", "decisions per week"],
  ["leadTimeDays.mean", "lead time, mean (days)"],
  ["leadTimeDays.byComplexity.complex.p90", "lead time, complex p90 (days)"],
  ["checkpointsOnTimeShare", "checkpoints on time"],
  ["decisionAccuracy", "decision accuracy"],
  ["uniformity", "uniformity"],
  ["failureDemandShare", "failure demand share"],
  ["contactsPerCase", "contacts per claim"],
  ["timeShare.value", "time share: value work"],
  ["timeShare.measurement", "time share: measurement"],
  ["hoursPerCorrectDecision", "hours per correct decision"],
  ["stressMean", "stress (mean)"],
  ["turnoverPerYear", "turnover per year"],
];

/** JSON with NaN and ±Infinity kept (as strings), so records compare exactly. */
const encode = (value, indent) => JSON.stringify(value, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v), indent);

function scenario(name) {
  return JSON.parse(readFileSync(new URL(`../examples/scenarios/${name}.json`, import.meta.url), "utf8"));
}

/** One whole experiment with `workers`; returns timing, every record and every summary. */
async function child(workers) {
  const modulePath = process.env.CASEFLOW_MODULE ?? new URL("../dist/index.js", import.meta.url).href;
  const { compareVariants } = await import(modulePath.includes("://") ? modulePath : new URL(modulePath, `file://${process.cwd()}/`).href);
  const [base, ...others] = OFFICES;
  const variants = Object.fromEntries(others.map((name) => [name, scenario(name)]));
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await compareVariants("office", scenario(base), variants, { replications: REPS, rootSeed: ROOT_SEED, workers });
  const seconds = (performance.now() - wall) / 1000;
  const used = process.cpuUsage(cpu);
  const threadCpu = threadBreakdown((used.user + used.system) / 1e6);
  const byOffice = { [base]: result.base, ...result.variants };
  const runs = OFFICES.length * REPS;
  return {
    workers,
    threads: workers === "auto" ? Math.min(os.availableParallelism(), runs) : workers,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    threadCpu,
    gcFlags: process.execArgv.join(" "),
    replications: runs,
    rate: runs / seconds,
    records: Object.fromEntries(OFFICES.map((name) => [name, byOffice[name].records])),
    summary: Object.fromEntries(OFFICES.map((name) => [name, byOffice[name].summary])),
  };
}

// ---- the parent: runs both settings, compares, prints, writes
/**
 * CPU seconds by thread at the end of a run (Linux: /proc/self/task/<tid>/stat,
 * utime + stime): the calling thread; the helper threads still alive (Node 20
 * names every thread "node", so they are told apart by what they are: V8's
 * platform workers — parallel scavenges, concurrent marking and sweeping,
 * background compilation, shared by every isolate of the process, worker threads
 * included — and libuv's pool, idle here); and, as what is left of the
 * process's total, threads that have ended (the experiment's worker threads).
 * Null where /proc is not there.
 */
function threadBreakdown(totalCpuSeconds) {
  try {
    const tick = 100; // USER_HZ
    const out = { main: 0, helpers: 0, ended: 0 };
    for (const tid of readdirSync("/proc/self/task")) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const sec = (Number(fields[11]) + Number(fields[12])) / tick; // utime, stime
      if (Number(tid) === process.pid) out.main += sec;
      else out.helpers += sec;
    }
    out.ended = Math.max(0, totalCpuSeconds - out.main - out.helpers);
    return out;
  } catch {
    return null;
  }
}

const here = fileURLToPath(import.meta.url);

function runChild(workers, nodeArgs = []) {
  const out = execFileSync(process.execPath, [...nodeArgs, here, "--child", String(workers)], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = out.trim().split("\n");
  return JSON.parse(lines[lines.length - 1], (_k, v) => (v === "NaN" ? NaN : v === "Infinity" ? Infinity : v === "-Infinity" ? -Infinity : v));
}

/** Run both worker settings, check they agree, print the table and the cost, write the results. */
function parent() {
  const machine = machineInfo();
  const cores = machine.cores;
  console.log(`caseflow experiment benchmark — the flagship comparison, ${OFFICES.length} offices × ${REPS} replications, 40 handlers, one measured year`);
  console.log(`${machine.cpu}, ${cores} cores, Node ${machine.node}; each run in a fresh process, fastest of ${RUNS}\n`);

  // the third setting: one worker with V8's garbage collector on the calling
  // thread only (--single-threaded-gc), to see what the helper threads buy
  const runs = { 1: [], auto: [], "1-single-threaded-gc": [] };
  const settings = [
    { key: 1, workers: 1, args: [] },
    { key: "auto", workers: "auto", args: [] },
    { key: "1-single-threaded-gc", workers: 1, args: ["--single-threaded-gc"] },
  ];
  for (let r = 0; r < RUNS; r++) {
    for (const st of settings) {
      const res = runChild(st.workers, st.args);
      runs[st.key].push(res);
      const t = res.threadCpu;
      process.stderr.write(
        `  ${String(st.key).padEnd(20)} run ${r + 1}: ${res.seconds.toFixed(1)} s, ${res.rate.toFixed(2)} replications/s, CPU ${res.cpuSeconds.toFixed(1)} s` +
          (t ? ` (calling thread ${t.main.toFixed(1)}, helper threads ${t.helpers.toFixed(1)}, ended worker threads ${t.ended.toFixed(1)})` : "") +
          "\n",
      );
    }
  }
  const fastest = (list) => list.reduce((a, b) => (b.rate > a.rate ? b : a));
  const one = fastest(runs[1]);
  const all = fastest(runs.auto);

  // every run, with any number of workers, must give the same records and summaries
  const reference = encode({ records: one.records, summary: one.summary });
  const identical = [...runs[1], ...runs.auto, ...runs["1-single-threaded-gc"]].every((r) => encode({ records: r.records, summary: r.summary }) === reference);

  // the outcome table: metrics down, offices across, "mean ± half-width of the 95% CI"
  const sig = (x) => {
    if (!Number.isFinite(x)) return String(x);
    const a = Math.abs(x);
    return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 1 ? x.toFixed(2) : x.toFixed(3);
  };
  const cell = (s) => (s === undefined ? "—" : `${sig(s.mean)} ± ${sig(s.halfWidth)}`);
  const rows = [["metric", ...OFFICES], ...METRICS.map(([key, label]) => [label, ...OFFICES.map((o) => cell(one.summary[o][key]))])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`outcome: mean ± half-width of the 95% confidence interval over ${REPS} replications (base: ${OFFICES[0]})`);
  console.log(line(rows[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows.slice(1)) console.log(line(row));

  const speedup = all.rate / one.rate;
  const status = speedup >= TARGET_SPEEDUP ? "PASS" : "MISS";
  console.log(`\ncost of the run (${one.replications} office replications):`);
  console.log(`  1 worker:    ${one.seconds.toFixed(1)} s, ${one.rate.toFixed(2)} replications/s (CPU ${one.cpuSeconds.toFixed(1)} s)`);
  console.log(`  ${all.threads} workers:   ${all.seconds.toFixed(1)} s, ${all.rate.toFixed(2)} replications/s (CPU ${all.cpuSeconds.toFixed(1)} s)`);
  console.log(`  speed-up ${speedup.toFixed(2)}× on ${cores} cores — target ≥ ${TARGET_SPEEDUP}: ${status}`);
  const stg = fastest(runs["1-single-threaded-gc"]);
  console.log(`  1 worker, --single-threaded-gc: ${stg.seconds.toFixed(1)} s, ${stg.rate.toFixed(2)} replications/s (CPU ${stg.cpuSeconds.toFixed(1)} s)`);
  const perRep = (r) => (1000 * r.cpuSeconds) / r.replications;
  console.log(
    `  CPU per replication: 1 worker ${perRep(one).toFixed(0)} ms, ${all.threads} workers ${perRep(all).toFixed(0)} ms, ` +
      `1 worker single-threaded GC ${perRep(stg).toFixed(0)} ms`,
  );
  for (const [label, r] of [
    ["1 worker", one],
    [`${all.threads} workers`, all],
    ["1 worker, single-threaded GC", stg],
  ]) {
    const t = r.threadCpu;
    if (t)
      console.log(
        `  CPU by thread, ${label}: calling thread ${t.main.toFixed(1)} s, helper threads (V8 GC and compiler, libuv) ${t.helpers.toFixed(1)} s, ended worker threads ${t.ended.toFixed(1)} s`,
      );
  }
  const loadAvg = os.loadavg();
  console.log(`  load average at the end: ${loadAvg.map((x) => x.toFixed(1)).join(", ")} (on ${cores} cores)`);
  console.log(
    `\n1-worker and ${all.threads}-worker results identical: ${identical ? "yes" : "NO"} ` +
      `(${OFFICES.length * REPS} records and ${OFFICES.length} summaries compared to the last bit, over ${runs[1].length + runs.auto.length} runs)`,
  );

  mkdirSync(new URL("results/", import.meta.url), { recursive: true });
  const file = new URL("results/experiment.json", import.meta.url);
  const strip = (r) => ({
    workers: r.workers,
    threads: r.threads,
    gcFlags: r.gcFlags,
    seconds: r.seconds,
    cpuSeconds: r.cpuSeconds,
    threadCpu: r.threadCpu,
    replications: r.replications,
    rate: r.rate,
  });
  writeFileSync(
    file,
    `${encode(
      {
        date: new Date().toISOString(),
        machine,
        offices: OFFICES,
        replications: REPS,
        rootSeed: ROOT_SEED,
        target: { speedup: TARGET_SPEEDUP },
        oneWorker: strip(one),
        allWorkers: strip(all),
        oneWorkerSingleThreadedGc: strip(fastest(runs["1-single-threaded-gc"])),
        loadAverage: os.loadavg(),
        speedup,
        status,
        identical,
        runs: { one: runs[1].map(strip), all: runs.auto.map(strip), oneSingleThreadedGc: runs["1-single-threaded-gc"].map(strip) },
        outcome: Object.fromEntries(OFFICES.map((o) => [o, Object.fromEntries(METRICS.map(([key]) => [key, one.summary[o][key]]))])),
      },
      2,
    )}\n`,
  );
  console.log(`written ${fileURLToPath(file)}`);
  if (!identical) process.exitCode = 1;
}

if (process.argv[2] === "--child") {
  // no process.exit(): it could cut the output short when stdout is a pipe
  const w = process.argv[3] === "auto" ? "auto" : Number(process.argv[3]);
  process.stdout.write(`${encode(await child(w))}\n`);
} else {
  parent();
}
