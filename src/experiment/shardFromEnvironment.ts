/*
 * Which shard of an experiment this process should run, read from the batch
 * scheduler that started it. A job array (Slurm), an Indexed Job (Kubernetes),
 * an array job (AWS Batch) or a task group (Google Cloud Batch) starts the
 * same command many times and tells each copy its number through environment
 * variables; this module turns those variables into a shard `index` of
 * `count`, counted from 0, and refuses values that do not add up, so that no
 * replication is run twice or left out.
 */
import type { ShardSpec } from "./runReplications";

/** The environment to read: `process.env` or a plain object in tests. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** A shard and where it came from. */
export interface ScheduledShard extends ShardSpec {
  /** The scheduler whose variables gave the shard: "slurm", "kubernetes", "aws-batch" or "gcp-batch". */
  scheduler: "slurm" | "kubernetes" | "aws-batch" | "gcp-batch";
  /** The variables read, with their values, for messages and logs. */
  from: Record<string, string>;
}

/**
 * The shard of this task of a job array.
 *
 * Schedulers are tried in this order, and the first whose index variable is
 * set wins:
 * - **Slurm** job arrays: `SLURM_ARRAY_TASK_ID`, with `SLURM_ARRAY_TASK_MIN`,
 *   `SLURM_ARRAY_TASK_MAX`, `SLURM_ARRAY_TASK_STEP` (default 1) and
 *   `SLURM_ARRAY_TASK_COUNT`. The index is `(ID − MIN) / STEP` and the count
 *   `COUNT`, so `--array=1-8`, `--array=0-14:2` and `--array=0-7%2` all give
 *   shards 0 … n − 1. An array with gaps (`--array=0,2,5`) is refused: its
 *   task ids cannot be numbered without knowing the whole list.
 * - **Kubernetes** Indexed Jobs: `JOB_COMPLETION_INDEX`; the count is
 *   `expectedCount` (the job's `completions`, given by the caller) or
 *   `CASEFLOW_SHARD_COUNT`.
 * - **AWS Batch** array jobs: `AWS_BATCH_JOB_ARRAY_INDEX`; the count (the
 *   array size) from `expectedCount` or `CASEFLOW_SHARD_COUNT`.
 * - **Google Cloud Batch**: `BATCH_TASK_INDEX` and `BATCH_TASK_COUNT`.
 *
 * When the scheduler gives a count and `expectedCount` is given too, they
 * must agree.
 *
 * @param env - the environment @defaultValue process.env
 * @param expectedCount - the number of shards the caller expects (e.g. from a
 *   `--shard auto/8` flag); required where the scheduler does not say
 * @throws RangeError naming the variables and their values when none is set,
 *   a value is not a whole number, the index lies outside the count, or the
 *   counts disagree
 */
export function shardFromEnvironment(env: Environment = process.env, expectedCount?: number): ScheduledShard {
  if (expectedCount !== undefined && !(Number.isSafeInteger(expectedCount) && expectedCount >= 1)) {
    throw new RangeError(`shardFromEnvironment: expectedCount must be a whole number ≥ 1, got ${String(expectedCount)}`);
  }
  const has = (name: string): boolean => env[name] !== undefined && env[name] !== "";
  if (has("SLURM_ARRAY_TASK_ID")) return fromSlurm(env, expectedCount);
  if (has("JOB_COMPLETION_INDEX")) return withCount("kubernetes", env, "JOB_COMPLETION_INDEX", expectedCount);
  if (has("AWS_BATCH_JOB_ARRAY_INDEX")) return withCount("aws-batch", env, "AWS_BATCH_JOB_ARRAY_INDEX", expectedCount);
  if (has("BATCH_TASK_INDEX")) {
    const from = pick(env, ["BATCH_TASK_INDEX", "BATCH_TASK_COUNT"]);
    const index = whole(env, "BATCH_TASK_INDEX", 0);
    const count = has("BATCH_TASK_COUNT") ? whole(env, "BATCH_TASK_COUNT", 1) : requireCount("gcp-batch", "BATCH_TASK_COUNT", expectedCount);
    return check({ scheduler: "gcp-batch", index, count, from }, expectedCount, "BATCH_TASK_COUNT");
  }
  throw new RangeError(
    "shardFromEnvironment: no job-array variables found (looked for SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX, " +
      "AWS_BATCH_JOB_ARRAY_INDEX and BATCH_TASK_INDEX); run inside a job array, or give the shard as i/n",
  );
}

function fromSlurm(env: Environment, expectedCount: number | undefined): ScheduledShard {
  const names = ["SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_MAX", "SLURM_ARRAY_TASK_STEP", "SLURM_ARRAY_TASK_COUNT"];
  const from = pick(env, names);
  const id = whole(env, "SLURM_ARRAY_TASK_ID", 0);
  const min = env["SLURM_ARRAY_TASK_MIN"] === undefined ? 0 : whole(env, "SLURM_ARRAY_TASK_MIN", 0);
  const step = env["SLURM_ARRAY_TASK_STEP"] === undefined ? 1 : whole(env, "SLURM_ARRAY_TASK_STEP", 1);
  const max = env["SLURM_ARRAY_TASK_MAX"] === undefined ? undefined : whole(env, "SLURM_ARRAY_TASK_MAX", 0);
  let count: number;
  if (env["SLURM_ARRAY_TASK_COUNT"] !== undefined) count = whole(env, "SLURM_ARRAY_TASK_COUNT", 1);
  else if (max !== undefined) count = Math.floor((max - min) / step) + 1;
  else count = requireCount("slurm", "SLURM_ARRAY_TASK_COUNT", expectedCount);
  const shown = describe(from);
  if (id < min || (id - min) % step !== 0) {
    throw new RangeError(`shardFromEnvironment: task id ${id} is not MIN + k·STEP (${shown}); the array must be a range such as --array=0-7 or 1-15:2`);
  }
  if (max !== undefined && (max < min || Math.floor((max - min) / step) + 1 !== count)) {
    throw new RangeError(
      `shardFromEnvironment: the Slurm array is not one evenly stepped range (${shown}): MIN to MAX by STEP gives ` +
        `${Math.max(0, Math.floor((max - min) / step) + 1)} tasks but COUNT is ${count}; use --array=A-B or --array=A-B:S`,
    );
  }
  return check({ scheduler: "slurm", index: (id - min) / step, count, from }, expectedCount, "SLURM_ARRAY_TASK_COUNT");
}

function withCount(scheduler: "kubernetes" | "aws-batch", env: Environment, indexName: string, expectedCount: number | undefined): ScheduledShard {
  const from = pick(env, [indexName, "CASEFLOW_SHARD_COUNT"]);
  const index = whole(env, indexName, 0);
  const fromVariable = env["CASEFLOW_SHARD_COUNT"] !== undefined && env["CASEFLOW_SHARD_COUNT"] !== "" ? whole(env, "CASEFLOW_SHARD_COUNT", 1) : undefined;
  const count = fromVariable ?? requireCount(scheduler, "CASEFLOW_SHARD_COUNT", expectedCount);
  return check({ scheduler, index, count, from }, expectedCount, "CASEFLOW_SHARD_COUNT");
}

function check(shard: ScheduledShard, expectedCount: number | undefined, countName: string): ScheduledShard {
  if (expectedCount !== undefined && expectedCount !== shard.count) {
    throw new RangeError(
      `shardFromEnvironment: ${countName} says ${shard.count} shards but ${expectedCount} were expected (${describe(shard.from)}); make them agree`,
    );
  }
  if (shard.index >= shard.count) {
    throw new RangeError(`shardFromEnvironment: shard index ${shard.index} lies outside 0 to ${shard.count - 1} (${describe(shard.from)})`);
  }
  return shard;
}

function requireCount(scheduler: string, variable: string, expectedCount: number | undefined): number {
  if (expectedCount === undefined) {
    throw new RangeError(
      `shardFromEnvironment: ${scheduler} gives this task's index but not the number of tasks; ` + `give it as auto/N (e.g. --shard auto/8) or set ${variable}`,
    );
  }
  return expectedCount;
}

function whole(env: Environment, name: string, min: number): number {
  const text = env[name] ?? "";
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!(Number.isSafeInteger(n) && n >= min)) {
    throw new RangeError(`shardFromEnvironment: ${name} is ${JSON.stringify(text)}; expected a whole number ≥ ${min}`);
  }
  return n;
}

function pick(env: Environment, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) if (env[name] !== undefined) out[name] = env[name]!;
  return out;
}

function describe(from: Record<string, string>): string {
  return Object.entries(from)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
}

/**
 * The worker threads a scheduler grants this task: `SLURM_CPUS_PER_TASK`
 * inside a Slurm job (so `--workers auto` does not take every core of a shared
 * node), else undefined (use the machine's cores).
 *
 * @param env - the environment @defaultValue process.env
 */
export function scheduledCpus(env: Environment = process.env): number | undefined {
  const text = env["SLURM_CPUS_PER_TASK"];
  if (text === undefined || text === "") return undefined;
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}
