/*
 * The run settings shared by run, compare and sweep: root seed, number of
 * replications, worker threads and shard, each from its flag or else from the
 * scenario file's `run` section, checked with messages that name the flag.
 */
import { scheduledCpus, shardFromEnvironment, type Environment, type ShardSpec } from "../experiment";
import { InputError } from "./InputError";

/** Run settings as flags give them (strings), before checking. */
export interface RunFlags {
  /** `--seed`: a whole number or a word. */
  seed?: string;
  /** `--replications`: a whole number ≥ 1. */
  replications?: string;
  /** `--workers`: "auto" or a whole number ≥ 1. */
  workers?: string;
  /** `--shard`: `i/n` counted from 0, `auto` (from the job array's variables) or `auto/n`. */
  shard?: string;
}

/** Checked run settings. */
export interface RunSettings {
  /** Root seed of every replication. */
  rootSeed: number | string;
  /** Replications to run (all shards together). */
  replications: number;
  /** Worker threads. */
  workers: number | "auto";
  /** The shard to run, if only one. */
  shard?: ShardSpec;
}

/** Replications when neither a flag nor the scenario gives a number. */
export const DEFAULT_REPLICATIONS = 10;
/** Root seed when neither a flag nor the scenario gives one. */
export const DEFAULT_SEED = 2026;

/**
 * Checks the flags; settings not given come from `scenario.run.seed` and
 * `scenario.run.replications` when the scenario has them (office scenarios
 * do), else {@link DEFAULT_SEED} and {@link DEFAULT_REPLICATIONS}. Workers
 * default to "auto", which inside a Slurm job means `SLURM_CPUS_PER_TASK`
 * threads (so a task does not take every core of a shared node). `--shard
 * auto` reads the shard from the scheduler's variables (see
 * {@link shardFromEnvironment}).
 *
 * @param env - environment variables @defaultValue process.env
 * @throws InputError naming the flag and value if one is malformed
 */
export function runSettings(flags: RunFlags, scenario: unknown, env: Environment = process.env): RunSettings {
  const run = typeof scenario === "object" && scenario !== null ? (scenario as Record<string, unknown>)["run"] : undefined;
  const fromFile = (key: string): unknown => (typeof run === "object" && run !== null ? (run as Record<string, unknown>)[key] : undefined);
  const fileSeed = fromFile("seed");
  const fileReps = fromFile("replications");
  const settings: RunSettings = {
    rootSeed: flags.seed !== undefined ? parseSeed(flags.seed) : typeof fileSeed === "number" || typeof fileSeed === "string" ? fileSeed : DEFAULT_SEED,
    replications:
      flags.replications !== undefined
        ? parseWhole(flags.replications, "--replications", 1, 100_000)
        : typeof fileReps === "number"
          ? fileReps
          : DEFAULT_REPLICATIONS,
    workers:
      flags.workers === undefined || flags.workers === "auto" ? (scheduledCpus(env) ?? "auto") : parseWhole(flags.workers, "--workers", 1, 1024, `"auto" or `),
  };
  if (flags.shard !== undefined) settings.shard = parseShard(flags.shard, env);
  return settings;
}

/** A seed flag: a whole number if it looks like one, else a string (non-empty, without "/"). */
export function parseSeed(text: string): number | string {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return n;
  }
  if (text === "" || text.includes("/")) throw new InputError(`--seed: got ${JSON.stringify(text)}; expected a whole number or a word without "/"`);
  return text;
}

/**
 * A shard flag: `i/n` is shard i of n, counted from 0 as in the library's
 * {@link ShardSpec} and the result file's `shard.index`; `auto` takes index
 * and count from the job array that started the process, and `auto/n` does so
 * with n shards expected (needed where the scheduler does not give the count:
 * Kubernetes Indexed Jobs, AWS Batch).
 *
 * @param env - environment variables for `auto` @defaultValue process.env
 * @throws InputError naming the flag, the value and the variables read
 */
export function parseShard(text: string, env: Environment = process.env): ShardSpec {
  const auto = /^auto(?:\/(\d+))?$/.exec(text.trim());
  if (auto !== null) {
    const expected = auto[1] === undefined ? undefined : Number(auto[1]);
    if (expected !== undefined && !(Number.isSafeInteger(expected) && expected >= 1)) {
      throw new InputError(`--shard: got ${JSON.stringify(text)}; expected auto/n with n ≥ 1`);
    }
    try {
      const { index, count } = shardFromEnvironment(env, expected);
      return { index, count };
    } catch (err) {
      throw new InputError(`--shard ${text}: ${(err as Error).message.replace(/^shardFromEnvironment: /, "")}`);
    }
  }
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const i = m === null ? NaN : Number(m[1]);
  const n = m === null ? NaN : Number(m[2]);
  if (!(n >= 1 && i >= 0 && i < n)) {
    throw new InputError(`--shard: got ${JSON.stringify(text)}; expected i/n with 0 ≤ i < n (e.g. 0/4 for the first of four shards), auto, or auto/n`);
  }
  return { index: i, count: n };
}

function parseWhole(text: string, flag: string, min: number, max: number, alternatives = ""): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!(Number.isInteger(n) && n >= min && n <= max)) {
    throw new InputError(`${flag}: got ${JSON.stringify(text)}; expected ${alternatives}a whole number from ${min} to ${max}`);
  }
  return n;
}
