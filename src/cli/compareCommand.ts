/*
 * `caseflow compare <base.json> <variant.json>…`: runs the base and each
 * variant on the same replications (common random numbers) and prints, per
 * variant, each metric's base and variant means and their paired difference
 * with a 95% interval, marking the significant ones.
 */
import type { Command } from "commander";
import { compareVariants } from "../experiment";
import type { CliContext } from "./CliContext";
import { addOutputOptions, addRunOptions } from "./commonOptions";
import { emitResult, metricPatterns } from "./emitResult";
import { findModel, readScenario } from "./readScenario";
import type { RunCommandFlags } from "./runCommand";
import { runSettings } from "./runSettings";
import { runWithProgress } from "./runWithProgress";
import { variantNames } from "./variantNames";
import { withRunSettings } from "./withRunSettings";
import { checkOutputPath } from "./writeFileAtomic";

/** Adds the `compare` command to `program`. */
export function compareCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command("compare")
    .description("compare variants with a base scenario, paired replication by replication (common random numbers)")
    .argument("<base.json>", "the base scenario")
    .argument("<variant.json...>", "one or more variant scenarios");
  addRunOptions(command);
  addOutputOptions(command, { series: true });
  command.addHelpText(
    "after",
    `
Seed and replications come from the base file unless given; every variant runs
the same replications with the same seed. Variants are named by their "name"
field, or by file name.

Examples:
  caseflow compare standardised.json teams.json torsby.json
  caseflow compare base.json variant.json --replications 30 --report compare.html -o compare.json`,
  );
  command.action(async (baseFile: string, variantFiles: string[], flags: RunCommandFlags) => {
    const model = findModel(flags.model);
    metricPatterns(flags.metrics);
    if (flags.output !== undefined) checkOutputPath(flags.output, "--output", [baseFile, ...variantFiles]);
    if (flags.report !== undefined) checkOutputPath(flags.report, "--report", [baseFile, ...variantFiles]);
    const base = readScenario(baseFile, model);
    const variants = variantFiles.map((f) => readScenario(f, model));
    const settings = runSettings(flags, base.scenario);
    const baseName = nameOf(base.scenario) ?? "base";
    const names = variantNames(baseName, variants);
    const named: Record<string, unknown> = {};
    names.forEach((name, k) => (named[name] = withRunSettings(variants[k]!.scenario, settings)));
    const result = await runWithProgress(ctx.io, "compare", (onProgress) =>
      compareVariants(model, withRunSettings(base.scenario, settings), named, {
        replications: settings.replications,
        rootSeed: settings.rootSeed,
        workers: settings.workers,
        keepSeries: flags.report !== undefined || flags.series === true,
        onProgress,
        ...(ctx.io.signal === undefined ? {} : { signal: ctx.io.signal }),
      }),
    );
    await emitResult(ctx.io, result, flags);
  });
}

function nameOf(scenario: unknown): string | undefined {
  const name = typeof scenario === "object" && scenario !== null ? (scenario as Record<string, unknown>)["name"] : undefined;
  return typeof name === "string" && name !== "" ? name : undefined;
}
