/*
 * `caseflow run <scenario.json>`: runs replications of one scenario and prints
 * each metric's mean with its 95% confidence interval; optionally saves the
 * result, one shard of it, an HTML report, or the event trace of one
 * replication. The scenario can come from standard input (`-`) and be changed
 * on the command line (--horizon, --warmup, --set); with --precision the run
 * adds replications until the intervals are narrow enough.
 */
import type { Command } from "commander";
import { runReplications, type SequentialRule } from "../experiment";
import { insideCharts } from "../models/office/insideCharts";
import type { CliContext } from "./CliContext";
import { checkOutputFlags, quietIO } from "./checkOutputFlags";
import { addOutputOptions, addRunOptions, addScenarioOptions } from "./commonOptions";
import { emitResult, metricPatterns, type OutputFlags } from "./emitResult";
import { InputError } from "./InputError";
import { checkMetricPatterns, metricNamesOf } from "./metricNamesOf";
import { parsePrecision } from "./parsePrecision";
import { findModel, readScenario } from "./readScenario";
import { runSettings, type RunFlags } from "./runSettings";
import { runWithProgress } from "./runWithProgress";
import { applyOverrides, type OverrideFlags } from "./scenarioOverrides";
import { addTraceOptions, traceRun, type TraceFlags } from "./traceOption";
import { experimentOptions } from "./experimentOptions";
import { withRunSettings } from "./withRunSettings";

/** Flags of `caseflow run`. */
export interface RunCommandFlags extends RunFlags, OutputFlags, OverrideFlags, TraceFlags {
  /** `--model`: the model id. @defaultValue "office" */
  model: string;
  /** `--series`: keep weekly series in the saved result. */
  series?: boolean;
  /** `--precision`: target relative half-width (sequential stopping). */
  precision?: string;
  /** `--max-replications`: cap with --precision. @defaultValue "200" */
  maxReplications?: string;
}

/** Adds the `run` command to `program`. */
export function runCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command("run")
    .description("run replications of a scenario and print every key metric with its 95% confidence interval")
    .argument("<scenario.json>", "scenario file, or - to read it from standard input (see `caseflow init` and `caseflow schema`)");
  addRunOptions(command, { shard: true });
  addScenarioOptions(command);
  addOutputOptions(command, { series: true });
  addTraceOptions(command);
  command.addHelpText(
    "after",
    `
Examples:
  caseflow run office.json
  caseflow run office.json --replications 40 --seed 7 --report office.html
  caseflow run office.json --horizon 182 --warmup 28 --set office.units[0].handlers=44
  caseflow run office.json --precision 0.02 --metrics leadTimeDays.mean     (adds replications until ±2%)
  caseflow run office.json --trace events.csv --trace-claims 17,42
  caseflow run office.json --shard 0/4 -o shard0.json     (likewise 1/4, 2/4, 3/4; then: caseflow merge shard*.json -o all.json)
  caseflow run office.json --format csv --metrics "leadTimeDays.*" > lead.csv
  cat office.json | caseflow run - -o - --quiet > result.json`,
  );
  command.action(async (file: string, flags: RunCommandFlags) => {
    const io = quietIO(ctx.io, flags.quiet);
    const model = findModel(flags.model);
    const patterns = metricPatterns(flags.metrics);
    checkOutputFlags(flags, [file]);
    const read = readScenario(file, model);
    const scenario = applyOverrides(read.scenario, flags, model, file === "-" ? "the scenario on standard input" : file);
    const settings = runSettings(flags, scenario, ctx.io.env);
    const names = metricNamesOf(model, scenario);
    checkMetricPatterns(patterns, names);
    const sequential = sequentialRule(flags, patterns, names, settings.replications);
    if (sequential !== undefined && settings.shard !== undefined)
      throw new InputError("--precision and --shard cannot be combined: a run with --precision decides its own number of replications");
    const traced = traceRun(io, model, scenario, settings.rootSeed, flags);
    const result = await runWithProgress(io, "run", (onProgress) =>
      runReplications(model, withRunSettings(scenario, settings), {
        ...(sequential === undefined ? { replications: settings.replications } : { replications: settings.replications, sequential }),
        ...experimentOptions(settings, flags, ctx.io.signal, onProgress),
      }),
    );
    if (result.sequential !== undefined) {
      const n = result.replications.length;
      io.stderr.write(
        result.sequential.stoppedBy === "precision"
          ? `precision reached after ${n} replications\n`
          : `precision not reached: stopped at --max-replications ${n}; the intervals are wider than asked\n`,
      );
    }
    await traced?.save();
    await emitResult(io, result, flags, traced === undefined ? {} : { inside: { replication: traced.view.replication, charts: insideCharts(traced.view) } });
  });
}

/** The sequential rule of --precision, or undefined without it. */
function sequentialRule(flags: RunCommandFlags, patterns: string[] | undefined, names: readonly string[], minimum: number): SequentialRule | undefined {
  if (flags.precision === undefined) return undefined;
  const p = parsePrecision(flags.precision, flags.maxReplications, minimum, patterns, names);
  return { metrics: p.metrics, relativeHalfWidth: p.relativeHalfWidth, minReplications: Math.max(2, minimum), maxReplications: p.maxReplications };
}
