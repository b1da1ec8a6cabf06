/*
 * `caseflow merge <shard files…>`: joins the shards of one experiment (a run,
 * a comparison or a sweep), run on several machines with `--shard i/n -o …`
 * or as a job array with `--shard auto`, into the result an unsharded run
 * would have given.
 */
import type { Command } from "commander";
import { mergeComparisons, mergeResults, mergeSweeps, stableHash, type ComparisonResult, type ExperimentResult, type SweepResult } from "../experiment";
import { resultKind, type AnyResult } from "../report";
import type { CliContext } from "./CliContext";
import { addOutputOptions } from "./commonOptions";
import { emitResult, metricPatterns, type OutputFlags } from "./emitResult";
import { emitSensitivity } from "./emitSensitivity";
import { InputError } from "./InputError";
import { mergeSensitivityFiles } from "./mergeSensitivityFiles";
import { readResultFile } from "./readResultFile";
import { checkOutputPath } from "./writeFileAtomic";

/** Adds the `merge` command to `program`. */
export function mergeCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command("merge")
    .description("join the shard files of run, comparison, sweep or sensitivity design (from `--shard i/n -o …` or `--shard auto`) into one result")
    .argument("<shard.json...>", "result files of the shards");
  addOutputOptions(command);
  command.addHelpText(
    "after",
    `
Example (four machines, then one merge):
  caseflow run office.json --replications 200 --shard 0/4 -o shard0.json    # machine 1; likewise 1/4, 2/4, 3/4
  caseflow merge shard0.json shard1.json shard2.json shard3.json -o office.json --report office.html
  caseflow merge shards/*.json -o office.json        # after a job array (see docs/cluster.md)`,
  );
  command.action(async (files: string[], flags: OutputFlags) => {
    metricPatterns(flags.metrics);
    if (flags.output !== undefined) checkOutputPath(flags.output, "--output", files);
    if (flags.report !== undefined) checkOutputPath(flags.report, "--report", files);
    const sensitivity = mergeSensitivityFiles(files);
    if (sensitivity !== undefined) return emitSensitivity(ctx.io, sensitivity, flags);
    const shards = files.map((file) => ({ file, result: readResultFile(file) }));
    shareScenarios(shards.map((s) => s.result));
    const kind = resultKind(shards[0]!.result);
    for (const { file, result } of shards) {
      const k = resultKind(result);
      if (k !== kind)
        throw new InputError(`${file} holds a ${KIND_LABEL[k]} but ${shards[0]!.file} holds a ${KIND_LABEL[kind]}; merge joins shards of one experiment`);
    }
    let merged: AnyResult;
    try {
      const results = shards.map((s) => s.result);
      merged =
        kind === "comparison"
          ? mergeComparisons(results as ComparisonResult<unknown>[])
          : kind === "sweep"
            ? mergeSweeps(results as SweepResult<unknown>[])
            : mergeResults(results as ExperimentResult<unknown>[]);
    } catch (err) {
      throw new InputError(
        `cannot merge ${describeFiles(files)}: ${(err as Error).message
          .replace(/^merge(Results|Comparisons|Sweeps): /, "")
          .replace(/results\[(\d+)\]/g, (_, k: string) => files[Number(k)] ?? `file ${k}`)}`,
      );
    }
    await emitResult(ctx.io, merged, flags);
  });
}

/** The file list for a message: every name up to five, else the first three and a count. */
function describeFiles(files: string[]): string {
  return files.length <= 5 ? files.join(", ") : `${files.slice(0, 3).join(", ")} and ${files.length - 3} more files`;
}

const KIND_LABEL = { experiment: "run's result", comparison: "comparison", sweep: "sweep" } as const;

/**
 * Lets shards whose scenario equals an earlier shard's share that one object,
 * so merging a thousand shard files holds one copy of each scenario, not one
 * per file (the merge compares scenarios by hash, so this changes nothing).
 */
function shareScenarios(results: AnyResult[]): void {
  const seen = new Map<string, unknown>();
  const share = (r: ExperimentResult<unknown>): void => {
    const hash = stableHash(r.scenario);
    const earlier = seen.get(hash);
    if (earlier === undefined) seen.set(hash, r.scenario);
    else r.scenario = earlier;
  };
  for (const result of results) {
    const kind = resultKind(result);
    if (kind === "experiment") share(result as ExperimentResult<unknown>);
    else if (kind === "comparison") {
      const c = result as ComparisonResult<unknown>;
      share(c.base);
      Object.values(c.variants).forEach(share);
    } else (result as SweepResult<unknown>).results.forEach(share);
  }
}
