/*
 * Shard index and count from a scheduler's environment variables: Slurm job
 * arrays (any range and step), Kubernetes Indexed Jobs, AWS Batch array jobs and
 * Google Cloud Batch, and a clear error for every inconsistent combination.
 */
import { describe, expect, it } from "vitest";
import { scheduledCpus, shardFromEnvironment } from "../../src/experiment";

const slurm = (id: number, min: number, max: number, step: number, count: number) => ({
  SLURM_ARRAY_TASK_ID: String(id),
  SLURM_ARRAY_TASK_MIN: String(min),
  SLURM_ARRAY_TASK_MAX: String(max),
  SLURM_ARRAY_TASK_STEP: String(step),
  SLURM_ARRAY_TASK_COUNT: String(count),
});

describe("Slurm job arrays", () => {
  it("--array=0-2: task ids are the shard indices", () => {
    expect([0, 1, 2].map((id) => shardFromEnvironment(slurm(id, 0, 2, 1, 3)))).toMatchObject([
      { scheduler: "slurm", index: 0, count: 3 },
      { index: 1, count: 3 },
      { index: 2, count: 3 },
    ]);
  });

  it("--array=1-8 and --array=0-14:2 number their tasks 0 … n − 1 (the traps of passing the task id as it is)", () => {
    expect([1, 2, 8].map((id) => shardFromEnvironment(slurm(id, 1, 8, 1, 8)).index)).toEqual([0, 1, 7]);
    expect([0, 2, 14].map((id) => shardFromEnvironment(slurm(id, 0, 14, 2, 8)).index)).toEqual([0, 1, 7]);
    expect(shardFromEnvironment(slurm(14, 0, 14, 2, 8)).count).toBe(8);
    expect(shardFromEnvironment(slurm(1005, 1000, 1999, 1, 1000))).toMatchObject({ index: 5, count: 1000 });
  });

  it("agrees with an expected count and refuses one that differs", () => {
    expect(shardFromEnvironment(slurm(3, 0, 3, 1, 4), 4)).toMatchObject({ index: 3, count: 4 });
    expect(() => shardFromEnvironment(slurm(3, 0, 3, 1, 4), 5)).toThrow(
      "shardFromEnvironment: SLURM_ARRAY_TASK_COUNT says 4 shards but 5 were expected (SLURM_ARRAY_TASK_ID=3, SLURM_ARRAY_TASK_MIN=0, SLURM_ARRAY_TASK_MAX=3, SLURM_ARRAY_TASK_STEP=1, SLURM_ARRAY_TASK_COUNT=4); make them agree",
    );
  });

  it("refuses arrays with gaps, ids off the step and malformed values", () => {
    // --array=0,2,5: MIN 0, MAX 5, COUNT 3 — not one evenly stepped range.
    expect(() => shardFromEnvironment(slurm(2, 0, 5, 1, 3))).toThrow(/not one evenly stepped range .* gives 6 tasks but COUNT is 3/);
    expect(() => shardFromEnvironment(slurm(3, 0, 14, 2, 8))).toThrow(/task id 3 is not MIN \+ k·STEP/);
    expect(() => shardFromEnvironment({ SLURM_ARRAY_TASK_ID: "x1" })).toThrow('SLURM_ARRAY_TASK_ID is "x1"; expected a whole number ≥ 0');
    expect(() => shardFromEnvironment({ ...slurm(1, 0, 3, 1, 4), SLURM_ARRAY_TASK_STEP: "0" })).toThrow("SLURM_ARRAY_TASK_STEP");
  });

  it("works out the count from MIN, MAX and STEP when COUNT is missing", () => {
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: "4", SLURM_ARRAY_TASK_MIN: "0", SLURM_ARRAY_TASK_MAX: "6", SLURM_ARRAY_TASK_STEP: "2" })).toMatchObject({
      index: 2,
      count: 4,
    });
  });
});

describe("other schedulers", () => {
  it("Kubernetes Indexed Jobs: index from JOB_COMPLETION_INDEX, count from the caller or CASEFLOW_SHARD_COUNT", () => {
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: "4" }, 10)).toMatchObject({ scheduler: "kubernetes", index: 4, count: 10 });
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: "4", CASEFLOW_SHARD_COUNT: "5" })).toMatchObject({ index: 4, count: 5 });
    expect(() => shardFromEnvironment({ JOB_COMPLETION_INDEX: "4" })).toThrow(
      "shardFromEnvironment: kubernetes gives this task's index but not the number of tasks; give it as auto/N (e.g. --shard auto/8) or set CASEFLOW_SHARD_COUNT",
    );
    expect(() => shardFromEnvironment({ JOB_COMPLETION_INDEX: "4" }, 4)).toThrow("shard index 4 lies outside 0 to 3 (JOB_COMPLETION_INDEX=4)");
    expect(() => shardFromEnvironment({ JOB_COMPLETION_INDEX: "1", CASEFLOW_SHARD_COUNT: "5" }, 6)).toThrow(
      /CASEFLOW_SHARD_COUNT says 5 shards but 6 were expected/,
    );
  });

  it("AWS Batch array jobs: index from AWS_BATCH_JOB_ARRAY_INDEX, count (the array size) from the caller", () => {
    expect(shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: "0" }, 2)).toMatchObject({ scheduler: "aws-batch", index: 0, count: 2 });
    expect(() => shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: "0" })).toThrow(/aws-batch gives this task's index but not the number of tasks/);
  });

  it("Google Cloud Batch: BATCH_TASK_INDEX and BATCH_TASK_COUNT", () => {
    expect(shardFromEnvironment({ BATCH_TASK_INDEX: "2", BATCH_TASK_COUNT: "3" })).toMatchObject({ scheduler: "gcp-batch", index: 2, count: 3 });
    expect(() => shardFromEnvironment({ BATCH_TASK_INDEX: "3", BATCH_TASK_COUNT: "3" })).toThrow(/shard index 3 lies outside 0 to 2/);
    expect(() => shardFromEnvironment({ BATCH_TASK_INDEX: "-1", BATCH_TASK_COUNT: "3" })).toThrow('BATCH_TASK_INDEX is "-1"; expected a whole number ≥ 0');
  });

  it("no scheduler: a clear error listing the variables looked for", () => {
    expect(() => shardFromEnvironment({ HOME: "/root" })).toThrow(
      "shardFromEnvironment: no job-array variables found (looked for SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX, AWS_BATCH_JOB_ARRAY_INDEX and BATCH_TASK_INDEX); run inside a job array, or give the shard as i/n",
    );
    expect(() => shardFromEnvironment({}, 0)).toThrow("expectedCount must be a whole number ≥ 1, got 0");
  });

  it("Slurm's CPUs per task bound the worker threads", () => {
    expect(scheduledCpus({ SLURM_CPUS_PER_TASK: "2" })).toBe(2);
    expect(scheduledCpus({})).toBeUndefined();
    expect(scheduledCpus({ SLURM_CPUS_PER_TASK: "zero" })).toBeUndefined();
  });
});
