/*
 * How much memory `caseflow merge` needs for many shard files: runs an
 * experiment as N shards of one replication each (the office model, a small
 * office for four weeks, so that writing the shards stays cheap), writes them
 * as `caseflow run --shard i/N -o` would, then merges them in a fresh process
 * with `caseflow merge` under /usr/bin/time and reports its peak resident
 * memory and wall time, for N = 10, 100 and 1,000 (memory should grow with the
 * replications' records, not with one scenario copy per file).
 *
 *   node bench/merge.mjs            # needs a built dist/; writes bench/results/merge.json
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const lib = await import(process.env.CASEFLOW_MODULE ?? join(here, "..", "dist", "index.js"));
const cli = join(here, "..", "dist", "cli.js");

const scenario = {
  name: "merge bench",
  office: { world: { demand: { casesPerWeek: 40 } }, units: [{ regime: "team", handlers: 8 }] },
  run: { horizonDays: 28, warmupDays: 7 },
};

const rows = [];
for (const n of [10, 100, 1000]) {
  const dir = mkdtempSync(join(tmpdir(), "caseflow-merge-bench-"));
  let bytes = 0;
  const files = [];
  for (let i = 0; i < n; i++) {
    const shard = await lib.runReplications("office", scenario, { replications: n, rootSeed: 1, workers: 1, shard: { index: i, count: n } });
    const file = join(dir, `shard-${String(i).padStart(4, "0")}.json`);
    writeFileSync(file, lib.toJSON(shard));
    bytes += statSync(file).size;
    files.push(file);
  }
  const r = spawnSync("/usr/bin/time", ["-f", "%M %e", process.execPath, cli, "merge", ...files, "-o", join(dir, "merged.json")], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`merge of ${n} shards failed: ${r.stderr}`);
  const [maxKb, seconds] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  rows.push({ shards: n, shardMegabytes: +(bytes / 1e6).toFixed(2), peakRssMegabytes: +(maxKb / 1024).toFixed(1), seconds });
  console.log(`${String(n).padStart(5)} shards, ${(bytes / 1e6).toFixed(2)} MB of files: merge peak RSS ${(maxKb / 1024).toFixed(1)} MB, ${seconds} s`);
  rmSync(dir, { recursive: true, force: true });
}
mkdirSync(join(here, "results"), { recursive: true });
writeFileSync(join(here, "results", "merge.json"), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2) + "\n");
