/*
 * A real Slurm job array: three tasks of `caseflow run --shard auto`, submitted
 * with `sbatch --array=0-2 --wait` to the one-node cluster that .ci/run starts
 * (scripts/slurm/start.sh), merged with `caseflow merge`; the merged file must
 * be byte-identical to the unsharded run. Where Slurm is not installed or no
 * cluster is running (SLURM_CONF unset), the test is skipped with the reason
 * printed — except in CI (CI=true), where it must run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectFreshBuild } from "../reliability/expectFreshBuild";

const root = join(__dirname, "..", "..");
const cli = join(root, "dist", "cli.js");
const sbatchFound = spawnSync("sbatch", ["--version"], { encoding: "utf8" }).error === undefined; // ENOENT when not installed
const conf = process.env["SLURM_CONF"];
const ready = sbatchFound && conf !== undefined && spawnSync("sinfo", ["-h"], { encoding: "utf8" }).status === 0;
const inCI = process.env["CI"] === "true" || process.env["CI"] === "1";
const reason = !sbatchFound
  ? "sbatch is not installed (Debian: slurm-client, slurmctld, slurmd, munge)"
  : conf === undefined
    ? "no cluster: SLURM_CONF is not set (start one: dir=$(sudo scripts/slurm/start.sh) && export SLURM_CONF=$dir/slurm.conf)"
    : "the cluster does not answer sinfo";

if (!ready && !inCI) console.log(`test/cluster/slurm.test.ts skipped: ${reason}`);

const work = mkdtempSync(join(tmpdir(), "caseflow-slurm-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const scenario = {
  name: "sharded office",
  office: {
    world: { demand: { casesPerWeek: 100 } },
    units: [{ regime: "standardised", handlers: 20, policies: [{ kind: "productionTarget" }] }],
  },
  run: { horizonDays: 91, warmupDays: 21, replications: 6, seed: 15 },
};

function node(args: string[]): string {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`caseflow ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

describe.runIf(ready || inCI)("a Slurm job array", () => {
  it("sbatch --array=0-2 runs three shards whose merge is byte-identical to the unsharded run", () => {
    if (!ready) throw new Error(`CI must run the Slurm test, but ${reason}; .ci/run installs and starts the cluster`);
    expectFreshBuild();
    writeFileSync(join(work, "office.json"), JSON.stringify(scenario, null, 2));
    const job = [
      "#!/bin/bash",
      "#SBATCH --job-name=caseflow-shards",
      "#SBATCH --cpus-per-task=1",
      `#SBATCH --output=${work}/task-%a.log`,
      "set -euo pipefail",
      `"${process.execPath}" "${cli}" run office.json --shard auto --workers auto -o "shard-$SLURM_ARRAY_TASK_ID.json"`,
      `echo "workers from SLURM_CPUS_PER_TASK=$SLURM_CPUS_PER_TASK"`,
    ].join("\n");
    writeFileSync(join(work, "shards.sbatch"), job + "\n");
    const submitted = spawnSync("sbatch", ["--wait", "--array=0-2", `--chdir=${work}`, join(work, "shards.sbatch")], { encoding: "utf8", timeout: 240_000 });
    const logs = readdirSync(work)
      .filter((f) => f.startsWith("task-"))
      .map((f) => `${f}:\n${readFileSync(join(work, f), "utf8")}`)
      .join("\n");
    expect(submitted.status, `sbatch: ${submitted.stdout}${submitted.stderr}\n${logs}`).toBe(0);
    const shards = readdirSync(work)
      .filter((f) => /^shard-\d\.json$/.test(f))
      .sort();
    expect(shards).toEqual(["shard-0.json", "shard-1.json", "shard-2.json"]);
    for (const [k, f] of shards.entries()) {
      expect(JSON.parse(readFileSync(join(work, f), "utf8")).shard).toEqual({ index: k, count: 3, totalReplications: 6 });
    }
    node(["merge", ...shards, "-o", "merged.json"]);
    node(["run", "office.json", "--workers", "1", "-o", "whole.json"]);
    expect(readFileSync(join(work, "merged.json"), "utf8")).toBe(readFileSync(join(work, "whole.json"), "utf8"));
  });
});
