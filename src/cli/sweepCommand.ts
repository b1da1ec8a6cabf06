/*
 * `caseflow sweep <scenario.json> --set path=v1,v2 [--set …]`: runs the
 * scenario at every combination of the settings (or one setting at a time)
 * on the same replications, and prints each point's key metrics.
 */
import type { Command } from "commander";
import { sweep, type SweepDesign } from "../experiment";
import type { CliContext } from "./CliContext";
import { addOutputOptions, addRunOptions } from "./commonOptions";
import { emitResult, metricPatterns } from "./emitResult";
import { InputError } from "./InputError";
import { parseSetOption } from "./parseSetOption";
import { findModel, readScenario } from "./readScenario";
import type { RunCommandFlags } from "./runCommand";
import { runSettings } from "./runSettings";
import { runWithProgress } from "./runWithProgress";
import { experimentOptions } from "./experimentOptions";
import { withRunSettings } from "./withRunSettings";
import { checkOutputPath } from "./writeFileAtomic";

/** Flags of `caseflow sweep`. */
export interface SweepCommandFlags extends RunCommandFlags {
  /** Every `--set path=values` given. */
  set: string[];
  /** `--one-at-a-time`: vary each path alone. */
  oneAtATime?: boolean;
}

/** Adds the `sweep` command to `program`. */
export function sweepCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command("sweep")
    .description("run a scenario over a grid of settings (or one setting at a time) and show the outcomes against them")
    .argument("<scenario.json>", "the base scenario")
    .option("--set <path=values>", "a setting and the values to try, e.g. office.units[0].handlers=30,40,50 (repeatable)", collect, [])
    .option("--one-at-a-time", "vary each --set path alone, the others at their base value (default: every combination)");
  addRunOptions(command, { shard: true });
  addOutputOptions(command, { series: true });
  command.addHelpText(
    "after",
    `
Paths are dotted, with [i] for list items, as in the scenario file; values are
read as JSON where possible (numbers, true/false, [arrays]) and as text otherwise.

Examples:
  caseflow sweep office.json --set office.world.caseMix.variety=0.5,1,1.5,2
  caseflow sweep office.json --set office.units[0].handlers=30,40 --set office.world.caseMix.variety=0.5,1.5 --report sweep.html
  caseflow sweep office.json --set office.units[0].handlers=30,40 --set office.world.demand.casesPerWeek=300,400 --one-at-a-time`,
  );
  command.action(async (file: string, flags: SweepCommandFlags) => {
    const model = findModel(flags.model);
    metricPatterns(flags.metrics);
    if (flags.set.length === 0) throw new InputError("sweep: give at least one --set path=value1,value2,…");
    const spec: Record<string, unknown[]> = {};
    for (const text of flags.set) {
      const { path, values } = parseSetOption(text);
      if (path in spec) throw new InputError(`--set ${path}: given twice; list all its values in one --set`);
      spec[path] = values;
    }
    if (flags.output !== undefined) checkOutputPath(flags.output, "--output", [file]);
    if (flags.report !== undefined) checkOutputPath(flags.report, "--report", [file]);
    const { scenario } = readScenario(file, model);
    const settings = runSettings(flags, scenario, ctx.io.env);
    const design: SweepDesign = flags.oneAtATime === true ? { oneAtATime: spec } : { grid: spec };
    const result = await runWithProgress(ctx.io, "sweep", (onProgress) =>
      sweep(model, withRunSettings(scenario, settings), design, {
        replications: settings.replications,
        ...experimentOptions(settings, flags, ctx.io.signal, onProgress),
      }),
    );
    await emitResult(ctx.io, result, flags);
  });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
