/*
 * `caseflow map <scenario.json> --variant <other.json> --x path=v1,v2,…
 * --y path=w1,w2,… --metric <key>`: a regime map. In every cell of the
 * two-condition grid the scenario and the variant run on the same
 * replications, and the cell says which is better on the metric and whether
 * the paired difference is significant; the boundary is printed in words.
 */
import { Option, type Command } from "commander";
import { regimeMap } from "../experiment";
import type { CliContext } from "./CliContext";
import { addRunOptions } from "./commonOptions";
import { emitSensitivity, type SensitivityOutputFlags } from "./emitSensitivity";
import { InputError } from "./InputError";
import { parseSetOption } from "./parseSetOption";
import { findModel, readScenario } from "./readScenario";
import { runSettings, type RunFlags } from "./runSettings";
import { runWithProgress } from "./runWithProgress";
import { withRunSettings } from "./withRunSettings";
import { checkOutputPath } from "./writeFileAtomic";

/** Flags of `caseflow map`. */
export interface MapCommandFlags extends RunFlags, SensitivityOutputFlags {
  model: string;
  variant: string;
  x: string;
  y: string;
  metric: string;
  better: "lower" | "higher";
}

/** Adds the `map` command to `program`. */
export function mapCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command("map")
    .description("regime map: over a grid of two conditions, which of two scenarios is better on a metric, and where the boundary lies")
    .argument("<scenario.json>", "the base scenario")
    .requiredOption("--variant <file.json>", "the scenario to compare with (paired, common random numbers)")
    .requiredOption("--x <path=values>", "horizontal condition and its values, e.g. office.world.caseMix.variety=0.5,1,1.5,2")
    .requiredOption("--y <path=values>", "vertical condition and its values, e.g. office.world.demand.casesPerWeek=250,290,320")
    .requiredOption("--metric <key>", "metric compared, e.g. hoursPerCorrectDecision")
    .addOption(new Option("--better <which>", "whether lower or higher values of the metric are better").choices(["lower", "higher"]).default("lower"));
  addRunOptions(command);
  command
    .option("-o, --output <path>", "save the result: JSON, or one row per cell if the name ends in .csv")
    .addOption(new Option("--format <format>", "what to print").choices(["table", "json", "csv"]).default("table"))
    .option("--report <out.html>", "also write the HTML report with the heat map");
  command.addHelpText(
    "after",
    `
--replications is per cell and scenario (default: the scenario's run.replications);
cells × 2 × replications runs in all. Conditions are set in both scenarios
wherever the path exists.

Example:
  caseflow map standardised-targets.json --variant teams.json \\
    --x office.world.caseMix.variety=0.25,1,2 --y office.world.demand.casesPerWeek=250,320 \\
    --metric hoursPerCorrectDecision --replications 4 --report map.html`,
  );
  command.action(async (file: string, flags: MapCommandFlags) => {
    const model = findModel(flags.model);
    const x = axis(flags.x, "--x");
    const y = axis(flags.y, "--y");
    if (flags.output !== undefined) checkOutputPath(flags.output, "--output");
    if (flags.report !== undefined) checkOutputPath(flags.report, "--report");
    const { scenario } = readScenario(file, model);
    const variant = readScenario(flags.variant, model).scenario;
    const settings = runSettings(flags, scenario);
    if (settings.replications < 2) throw new InputError(`--replications: got ${settings.replications}; a paired interval needs at least 2`);
    const result = await runWithProgress(ctx.io, "map", (onProgress) =>
      regimeMap(model, withRunSettings(scenario, settings), withRunSettings(variant, settings), {
        x,
        y,
        metric: flags.metric,
        better: flags.better,
        replications: settings.replications,
        rootSeed: settings.rootSeed,
        workers: settings.workers,
        onProgress,
        ...(ctx.io.signal === undefined ? {} : { signal: ctx.io.signal }),
      }),
    );
    await emitSensitivity(ctx.io, result, flags);
  });
}

function axis(text: string, flag: string): { path: string; values: unknown[] } {
  try {
    const a = parseSetOption(text);
    if (a.values.length < 2) throw new InputError(`${flag} ${a.path}: got ${a.values.length} value; a map needs at least 2 values per condition`);
    return a;
  } catch (err) {
    if (err instanceof InputError) throw new InputError(err.message.replace(/^--set/, flag));
    throw err;
  }
}
