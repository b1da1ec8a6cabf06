/*
 * `caseflow sensitivity <scenario.json> --method morris|sobol|lhs --param
 * <path>:[lo,hi] … --metric <key> [--variant other.json]`: which of the
 * varied settings move a metric (or the paired difference between a variant
 * and the scenario), by Morris screening, Sobol indices or a Latin hypercube
 * sample. Everything is checked before the first run.
 */
import { Option, type Command } from "commander";
import { sensitivity, type ParameterRange, type SensitivityMethod } from "../experiment";
import type { CliContext } from "./CliContext";
import { addRunOptions } from "./commonOptions";
import { emitSensitivity, type SensitivityOutputFlags } from "./emitSensitivity";
import { InputError } from "./InputError";
import { parseParamOption } from "./parseParamOption";
import { findModel, readScenario } from "./readScenario";
import { runSettings, type RunFlags } from "./runSettings";
import { runWithProgress } from "./runWithProgress";
import { withRunSettings } from "./withRunSettings";
import { checkOutputPath } from "./writeFileAtomic";

/** Flags of `caseflow sensitivity`. */
export interface SensitivityCommandFlags extends RunFlags, SensitivityOutputFlags {
  model: string;
  method: SensitivityMethod;
  param: string[];
  metric: string[];
  variant?: string;
  samples?: string;
  levels?: string;
  bootstrap?: string;
}

/** Adds the `sensitivity` command to `program`. */
export function sensitivityCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command("sensitivity")
    .description("which settings (assumptions) move a metric: Morris screening, Sobol indices or a Latin hypercube sample")
    .argument("<scenario.json>", "the base scenario")
    .addOption(
      new Option("--method <method>", "design: morris (screening), sobol (variance shares) or lhs (Latin hypercube)")
        .choices(["morris", "sobol", "lhs"])
        .makeOptionMandatory(),
    )
    .option("--param <path:range>", "a setting and its range: path:[lo,hi], path:log[lo,hi] or path:{a,b,c} (repeatable)", collect, [])
    .option("--metric <key>", "metric to analyse, e.g. hoursPerCorrectDecision; repeat or separate with commas for several (same runs)", collectList, [])
    .option("--variant <file.json>", "analyse the paired difference variant − scenario on common random numbers")
    .option("--samples <n>", "design size: Morris trajectories (default 10), Sobol base samples (default 64) or LHS points (default 50)")
    .option("--levels <p>", "Morris grid levels, even (default 4)")
    .option("--bootstrap <n>", "Sobol bootstrap resamples for the intervals (default 500)");
  addRunOptions(command, { shard: true });
  command
    .option(
      "-o, --output <path>",
      "save the result: JSON (all runs; read by `caseflow merge` for shards), or tidy CSV of the measures if the name ends in .csv",
    )
    .addOption(new Option("--format <format>", "what to print").choices(["table", "json", "csv"]).default("table"))
    .option("--report <out.html>", "also write the HTML report (μ*–σ plane or Sobol indices with intervals)");
  command.addHelpText(
    "after",
    `
--replications is per design point (default 1); every point runs the same
replication indices, so points differ only in their settings. Each --param is
set in the scenario and the variant wherever the path exists. Design size:
Morris r (k+1) points, Sobol n (k+2), LHS n, for k parameters; runs = points ×
replications (× 2 with --variant).

Examples:
  caseflow sensitivity standardised-targets.json --variant teams.json --method morris \\
    --param office.world.contacts.customerCentreResolves:[0.4,0.8] \\
    --param office.world.citizens.handoffContactShare:[0.03,0.2] \\
    --metric hoursPerCorrectDecision,failureDemandShare --samples 6 --report morris.html
  caseflow sensitivity office.json --method sobol --param office.world.caseMix.variety:[0.5,1.5] \\
    --param office.world.demand.casesPerWeek:[250,320] --metric leadTimeDays.mean --samples 32 -o sobol.json`,
  );
  command.action(async (file: string, flags: SensitivityCommandFlags) => {
    const model = findModel(flags.model);
    if (flags.param.length === 0) throw new InputError("sensitivity: give at least one --param path:[lo,hi]");
    if (flags.metric.length === 0) throw new InputError("sensitivity: give --metric, e.g. --metric hoursPerCorrectDecision");
    const parameters: ParameterRange[] = flags.param.map(parseParamOption);
    const samples = flags.samples === undefined ? undefined : whole(flags.samples, "--samples", 1);
    const levels = flags.levels === undefined ? undefined : whole(flags.levels, "--levels", 2);
    const bootstrap = flags.bootstrap === undefined ? undefined : whole(flags.bootstrap, "--bootstrap", 0);
    if (flags.shard !== undefined && (flags.output === undefined || flags.output.toLowerCase().endsWith(".csv"))) {
      throw new InputError("--shard: a shard has no analysis until merged; save it with -o shard.json (JSON) and join the shards with caseflow merge");
    }
    if (flags.output !== undefined) checkOutputPath(flags.output, "--output");
    if (flags.report !== undefined) checkOutputPath(flags.report, "--report");
    const { scenario } = readScenario(file, model);
    const variant = flags.variant === undefined ? undefined : readScenario(flags.variant, model).scenario;
    const settings = runSettings({ ...flags, replications: flags.replications ?? "1" }, scenario);
    const result = await runWithProgress(ctx.io, "sensitivity", (onProgress) =>
      sensitivity(model, withRunSettings(scenario, settings), {
        method: flags.method,
        parameters,
        metric: flags.metric,
        replications: settings.replications,
        rootSeed: settings.rootSeed,
        workers: settings.workers,
        onProgress,
        ...(variant === undefined ? {} : { variant: withRunSettings(variant, settings) }),
        ...(samples === undefined ? {} : { samples }),
        ...(levels === undefined ? {} : { levels }),
        ...(bootstrap === undefined ? {} : { bootstrap }),
        ...(settings.shard === undefined ? {} : { shard: settings.shard }),
        ...(ctx.io.signal === undefined ? {} : { signal: ctx.io.signal }),
      }),
    );
    await emitSensitivity(ctx.io, result, flags);
  });
}

function whole(text: string, flag: string, min: number): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!(Number.isSafeInteger(n) && n >= min)) throw new InputError(`${flag}: got ${JSON.stringify(text)}; expected a whole number ≥ ${min}`);
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function collectList(value: string, previous: string[]): string[] {
  return [
    ...previous,
    ...value
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
  ];
}
