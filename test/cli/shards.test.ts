/*
 * Shards on the command line: `--shard auto` reads a job array's variables
 * (through CliIO.env), compare and sweep shard like run, `merge` joins any kind
 * into exactly the unsharded file, and bad shard settings stop before anything
 * runs (exit code 2, nothing written).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, Workspace } from "./cliHarness";

let ws: Workspace;
let base: string;
let faster: string;

beforeAll(() => {
  ws = new Workspace();
  base = ws.write("base.json", { arrivalRate: 0.6, serviceRate: 1, horizon: 300, warmup: 50 });
  faster = ws.write("faster.json", { arrivalRate: 0.6, serviceRate: 1.25, horizon: 300, warmup: 50 });
});
afterAll(() => ws.remove());

const slurmTask = (id: number) => ({
  SLURM_ARRAY_TASK_ID: String(id + 1),
  SLURM_ARRAY_TASK_MIN: "1",
  SLURM_ARRAY_TASK_MAX: "3",
  SLURM_ARRAY_TASK_STEP: "1",
  SLURM_ARRAY_TASK_COUNT: "3",
});
const common = ["--model", "mm1", "--workers", "1", "--replications", "5", "--seed", "9"];

describe("--shard auto", () => {
  it("a Slurm array --array=1-3 runs shards 0, 1, 2 and merges into the unsharded run", async () => {
    const whole = await cli(["run", base, ...common, "-o", ws.path("whole.json")]);
    expect(whole.code, whole.stderr).toBe(0);
    for (const id of [0, 1, 2]) {
      const r = await cli(["run", base, ...common, "--shard", "auto", "-o", ws.path(`run-${id}.json`)], { env: slurmTask(id) });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(readFileSync(ws.path(`run-${id}.json`), "utf8")).shard).toEqual({ index: id, count: 3, totalReplications: 5 });
    }
    const m = await cli(["merge", ws.path("run-2.json"), ws.path("run-0.json"), ws.path("run-1.json"), "-o", ws.path("run-merged.json")]);
    expect(m.code, m.stderr).toBe(0);
    expect(readFileSync(ws.path("run-merged.json"), "utf8")).toBe(readFileSync(ws.path("whole.json"), "utf8"));
  });

  it("compare and sweep shard too, and merge gives byte-identical files", async () => {
    for (const [kind, args] of [
      ["compare", ["compare", base, faster]],
      ["sweep", ["sweep", base, "--set", "arrivalRate=0.5,0.7"]],
    ] as const) {
      const whole = await cli([...args, ...common, "-o", ws.path(`${kind}-whole.json`)]);
      expect(whole.code, whole.stderr).toBe(0);
      const parts: string[] = [];
      for (const index of [0, 1]) {
        const r = await cli([...args, ...common, "--shard", "auto/2", "-o", ws.path(`${kind}-${index}.json`)], {
          env: { JOB_COMPLETION_INDEX: String(index) },
        });
        expect(r.code, r.stderr).toBe(0);
        parts.push(ws.path(`${kind}-${index}.json`));
      }
      const m = await cli(["merge", ...parts.reverse(), "-o", ws.path(`${kind}-merged.json`)]);
      expect(m.code, m.stderr).toBe(0);
      expect(readFileSync(ws.path(`${kind}-merged.json`), "utf8")).toBe(readFileSync(ws.path(`${kind}-whole.json`), "utf8"));
    }
  });

  it("refuses missing variables, an index outside the count and a count that disagrees: exit 2, nothing written", async () => {
    const cases: Array<[Record<string, string>, string, RegExp]> = [
      [{}, "auto", /--shard auto: no job-array variables found \(looked for SLURM_ARRAY_TASK_ID/],
      [{ JOB_COMPLETION_INDEX: "3" }, "auto", /--shard auto: kubernetes gives this task's index but not the number of tasks; give it as auto\/N/],
      [{ JOB_COMPLETION_INDEX: "3" }, "auto/3", /--shard auto\/3: shard index 3 lies outside 0 to 2 \(JOB_COMPLETION_INDEX=3\)/],
      [slurmTask(0), "auto/4", /--shard auto\/4: SLURM_ARRAY_TASK_COUNT says 3 shards but 4 were expected/],
      [{ BATCH_TASK_INDEX: "0", BATCH_TASK_COUNT: "0" }, "auto", /BATCH_TASK_COUNT is "0"; expected a whole number ≥ 1/],
      [{}, "auto/0", /--shard: got "auto\/0"; expected auto\/n with n ≥ 1/],
    ];
    for (const [env, flag, message] of cases) {
      const r = await cli(["run", base, ...common, "--shard", flag, "-o", ws.path("never.json")], { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(ws.files()).not.toContain("never.json");
  });

  it("merge refuses a mixture of kinds", async () => {
    const r = await cli(["merge", ws.path("run-0.json"), ws.path("compare-1.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/compare-1\.json holds a comparison but .*run-0\.json holds a run.s result/);
  });
});
