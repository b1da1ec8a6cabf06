/*
 * `caseflow merge <shard files…>`: joins the shards of one experiment, run on
 * several machines with `caseflow run --shard i/n -o …`, into the result an
 * unsharded run would have given.
 */
import type { Command } from "commander";
import { mergeResults, type ExperimentResult } from "../experiment";
import { resultKind } from "../report";
import type { CliContext } from "./CliContext";
import { addOutputOptions } from "./commonOptions";
import { emitResult, metricPatterns, type OutputFlags } from "./emitResult";
import { InputError } from "./InputError";
import { readResultFile } from "./readResultFile";
import { checkOutputPath } from "./writeFileAtomic";

/** Adds the `merge` command to `program`. */
export function mergeCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command("merge")
    .description("join the shard files of one experiment (from `caseflow run --shard i/n -o …`) into one result")
    .argument("<shard.json...>", "result files of the shards");
  addOutputOptions(command);
  command.addHelpText(
    "after",
    `
Example (four machines, then one merge):
  caseflow run office.json --replications 200 --shard 0/4 -o shard0.json    # machine 1; likewise 1/4, 2/4, 3/4
  caseflow merge shard0.json shard1.json shard2.json shard3.json -o office.json --report office.html`,
  );
  command.action(async (files: string[], flags: OutputFlags) => {
    metricPatterns(flags.metrics);
    if (flags.output !== undefined) checkOutputPath(flags.output, "--output", files);
    if (flags.report !== undefined) checkOutputPath(flags.report, "--report", files);
    const shards = files.map((file) => {
      const result = readResultFile(file);
      const kind = resultKind(result);
      if (kind !== "experiment") throw new InputError(`${file} holds a ${kind} result; merge joins results of \`caseflow run\` (with --shard)`);
      return result as ExperimentResult<unknown>;
    });
    let merged: ExperimentResult<unknown>;
    try {
      merged = mergeResults(shards);
    } catch (err) {
      throw new InputError(`cannot merge ${files.join(", ")}: ${(err as Error).message.replace(/^mergeResults: /, "").replace(/results\[(\d+)\]/g, (_, k: string) => files[Number(k)] ?? `file ${k}`)}`);
    }
    await emitResult(ctx.io, merged, flags);
  });
}
