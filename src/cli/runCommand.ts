/*
 * `caseflow run <scenario.json>`: runs replications of one scenario and prints
 * each metric's mean with its 95% confidence interval; optionally saves the
 * result, one shard of it, or an HTML report.
 */
import type { Command } from "commander";
import { runReplications } from "../experiment";
import type { CliContext } from "./CliContext";
import { addOutputOptions, addRunOptions } from "./commonOptions";
import { emitResult, metricPatterns, type OutputFlags } from "./emitResult";
import { findModel, readScenario } from "./readScenario";
import { runSettings, type RunFlags } from "./runSettings";
import { runWithProgress } from "./runWithProgress";
import { withRunSettings } from "./withRunSettings";
import { checkOutputPath } from "./writeFileAtomic";

/** Flags of `caseflow run`. */
export interface RunCommandFlags extends RunFlags, OutputFlags {
  /** `--model`: the model id. @defaultValue "office" */
  model: string;
  /** `--series`: keep weekly series in the saved result. */
  series?: boolean;
}

/** Adds the `run` command to `program`. */
export function runCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command("run")
    .description("run replications of a scenario and print every key metric with its 95% confidence interval")
    .argument("<scenario.json>", "scenario file (see `caseflow init` and `caseflow schema`)");
  addRunOptions(command, { shard: true });
  addOutputOptions(command, { series: true });
  command.addHelpText(
    "after",
    `
Examples:
  caseflow run office.json
  caseflow run office.json --replications 40 --seed 7 --report office.html
  caseflow run office.json --shard 0/4 -o shard0.json     (likewise 1/4, 2/4, 3/4; then: caseflow merge shard*.json -o all.json)
  caseflow run office.json --format csv --metrics "leadTimeDays.*" > lead.csv`,
  );
  command.action(async (file: string, flags: RunCommandFlags) => {
    const model = findModel(flags.model);
    metricPatterns(flags.metrics);
    if (flags.output !== undefined) checkOutputPath(flags.output, "--output", [file]);
    if (flags.report !== undefined) checkOutputPath(flags.report, "--report", [file]);
    const { scenario } = readScenario(file, model);
    const settings = runSettings(flags, scenario);
    const result = await runWithProgress(ctx.io, "run", (onProgress) =>
      runReplications(model, withRunSettings(scenario, settings), {
        replications: settings.replications,
        rootSeed: settings.rootSeed,
        workers: settings.workers,
        keepSeries: flags.report !== undefined || flags.series === true,
        onProgress,
        ...(settings.shard === undefined ? {} : { shard: settings.shard }),
        ...(ctx.io.signal === undefined ? {} : { signal: ctx.io.signal }),
      }),
    );
    await emitResult(ctx.io, result, flags);
  });
}

