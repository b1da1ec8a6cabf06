/*
 * The flags that several commands share, defined once so they read and behave
 * the same everywhere: run settings (--seed, --replications, --workers,
 * --shard, --model), scenario changes (--horizon, --warmup, --set,
 * --precision) and output (--output, --format, --report, --metrics, --quiet,
 * --series).
 */
import { Option, type Command } from "commander";

/** Adds --model, --seed, --replications and --workers (and --shard when `shard` is true). */
export function addRunOptions(command: Command, options: { shard?: boolean } = {}): Command {
  command
    .option("--model <id>", "model to run the scenario with", "office")
    .option("--seed <seed>", "root seed: a whole number or a word (default: the scenario's run.seed)")
    .option("--replications <n>", "independent replications (default: the scenario's run.replications)")
    .option(
      "--workers <n>",
      'worker threads, or "auto" for one per core (inside a Slurm job: SLURM_CPUS_PER_TASK); results are the same for any number',
      "auto",
    );
  if (options.shard === true) {
    command.option(
      "--shard <i/n|auto>",
      "run only shard i of n (counted from 0: 0 ≤ i < n), the replications r with r % n = i; `auto` (or auto/n) takes i and n from a job array (Slurm, Kubernetes, AWS Batch, Google Cloud Batch; see docs/cluster.md); join the shard files with `caseflow merge`",
    );
  }
  return command;
}

/**
 * Adds the scenario-changing flags of run and compare: --horizon, --warmup,
 * --set path=value (repeatable), and sequential stopping with --precision
 * and --max-replications.
 */
export function addScenarioOptions(command: Command): Command {
  return command
    .option("--horizon <days>", "simulated days (overrides the scenario's run.horizonDays)")
    .option("--warmup <days>", "days before measuring starts (overrides run.warmupDays)")
    .option(
      "--set <path=value>",
      "change one setting, e.g. office.units[0].handlers=44 (repeatable; several values: use sweep)",
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option(
      "--precision <relative half-width>",
      "keep adding replications until every 95% interval of the --metrics (default: leadTimeDays.mean and decisionsPerWeek) is at most this share of its mean (compare: of the base mean, for each difference), e.g. 0.05; --replications is then the minimum",
    )
    .option("--max-replications <n>", "most replications with --precision", "200");
}

/** Adds --output, --format, --report, --metrics, --quiet (and --series when `series` is true). */
export function addOutputOptions(command: Command, options: { series?: boolean } = {}): Command {
  command
    .option(
      "-o, --output <path>",
      "save the full result: JSON (read by `caseflow report` and `caseflow merge`), or one row per replication and metric if the name ends in .csv; - writes the JSON to standard output instead of the table",
    )
    .addOption(new Option("--format <format>", "what to print: a table, CSV or the result as JSON").choices(["table", "json", "csv"]).default("table"))
    .option("--report <out.html>", "also write the HTML report (one self-contained file with charts); - writes it to standard output")
    .option("-q, --quiet", 'no progress bar and no "wrote …" notes on standard error (errors are still shown)')
    .option(
      "--metrics <list>",
      'metrics to print, comma-separated, * as wildcard (default: the key metrics in a table, all in CSV), e.g. "leadTimeDays.*,decisionAccuracy"',
    );
  if (options.series === true) {
    command.option("--series", "keep weekly series (backlog, decisions, contacts) in the saved result; implied by --report");
  }
  return command;
}
