/*
 * The experiment options that run, compare and sweep pass alike from their
 * checked run settings and output flags: root seed, worker threads, whether to
 * keep weekly series (for a report), progress, the shard and the abort signal.
 */
import type { ShardSpec } from "../experiment";
import type { RunSettings } from "./runSettings";

/** The options shared by runReplications, compareVariants and sweep when the command calls them. */
export interface CommandExperimentOptions {
  rootSeed: number | string;
  workers: number | "auto";
  keepSeries: boolean;
  onProgress: (done: number, total: number) => void;
  shard?: ShardSpec;
  signal?: AbortSignal;
}

/**
 * Options from the settings and flags: series are kept when a report is asked
 * for or `--series` is given; shard and signal only when present.
 */
export function experimentOptions(
  settings: RunSettings,
  flags: { report?: string; series?: boolean },
  signal: AbortSignal | undefined,
  onProgress: (done: number, total: number) => void,
): CommandExperimentOptions {
  const options: CommandExperimentOptions = {
    rootSeed: settings.rootSeed,
    workers: settings.workers,
    keepSeries: flags.report !== undefined || flags.series === true,
    onProgress,
  };
  if (settings.shard !== undefined) options.shard = settings.shard;
  if (signal !== undefined) options.signal = signal;
  return options;
}
