/*
 * `caseflow compare <base.json> <variant.json>…`: runs the base and each
 * variant on the same replications (common random numbers) and prints, per
 * variant, each metric's base and variant means and their paired difference
 * with a 95% interval, marking the significant ones.
 */
import type { Command } from "commander";
import { compareVariants, type ComparisonResult } from "../experiment";
import type { CliContext } from "./CliContext";
import { checkOutputFlags, quietIO } from "./checkOutputFlags";
import { addOutputOptions, addRunOptions, addScenarioOptions } from "./commonOptions";
import { emitResult, metricPatterns } from "./emitResult";
import { InputError } from "./InputError";
import { checkMetricPatterns, metricNamesOf } from "./metricNamesOf";
import { parsePrecision } from "./parsePrecision";
import { findModel, readScenario } from "./readScenario";
import type { RunCommandFlags } from "./runCommand";
import { runSettings } from "./runSettings";
import { runWithProgress } from "./runWithProgress";
import { applyOverrides } from "./scenarioOverrides";
import { variantNames } from "./variantNames";
import { experimentOptions } from "./experimentOptions";
import { withRunSettings } from "./withRunSettings";

/** Adds the `compare` command to `program`. */
export function compareCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command("compare")
    .description("compare variants with a base scenario, paired replication by replication (common random numbers)")
    .argument("<base.json>", "the base scenario (- reads one scenario from standard input)")
    .argument("<variant.json...>", "one or more variant scenarios");
  addRunOptions(command, { shard: true });
  addScenarioOptions(command);
  addOutputOptions(command, { series: true });
  command.addHelpText(
    "after",
    `
Seed and replications come from the base file unless given; every variant runs
the same replications with the same seed. Variants are named by their "name"
field, or by file name. --horizon, --warmup and --set change every scenario
alike. With --precision, the replications are doubled until every paired
difference's 95% interval is at most that share of the base mean (replication
i is the same whatever the count, so this equals one run of the final count).

Examples:
  caseflow compare standardised.json teams.json torsby.json
  caseflow compare base.json variant.json --replications 30 --report compare.html -o compare.json
  caseflow compare base.json teams.json --horizon 182 --warmup 28 --quiet
  caseflow compare base.json teams.json --precision 0.1 --metrics leadTimeDays.mean`,
  );
  command.action(async (baseFile: string, variantFiles: string[], flags: RunCommandFlags) => {
    const io = quietIO(ctx.io, flags.quiet);
    const model = findModel(flags.model);
    const patterns = metricPatterns(flags.metrics);
    checkOutputFlags(flags, [baseFile, ...variantFiles]);
    if ([baseFile, ...variantFiles].filter((f) => f === "-").length > 1) throw new InputError("only one scenario can be read from standard input (-)");
    const label = (f: string): string => (f === "-" ? "the scenario on standard input" : f);
    const base = readScenario(baseFile, model);
    const variants = variantFiles.map((f) => readScenario(f, model));
    base.scenario = applyOverrides(base.scenario, flags, model, label(baseFile));
    variants.forEach((v, k) => (v.scenario = applyOverrides(v.scenario, flags, model, label(variantFiles[k]!))));
    const settings = runSettings(flags, base.scenario, ctx.io.env);
    const names = metricNamesOf(model, base.scenario);
    checkMetricPatterns(patterns, names);
    if (flags.precision !== undefined && settings.shard !== undefined) {
      throw new InputError("--precision and --shard cannot be combined: a run with --precision decides its own number of replications");
    }
    const precision =
      flags.precision === undefined ? undefined : parsePrecision(flags.precision, flags.maxReplications, settings.replications, patterns, names);
    const baseName = nameOf(base.scenario) ?? "base";
    const variantLabels = variantNames(baseName, variants);
    const run = (replications: number): Promise<ComparisonResult<unknown>> => {
      const named: Record<string, unknown> = {};
      const counted = { ...settings, replications };
      variantLabels.forEach((name, k) => (named[name] = withRunSettings(variants[k]!.scenario, counted)));
      return runWithProgress(io, "compare", (onProgress) =>
        compareVariants(model, withRunSettings(base.scenario, counted), named, {
          replications,
          ...experimentOptions(settings, flags, ctx.io.signal, onProgress),
        }),
      );
    };
    let result = await run(settings.replications);
    if (precision !== undefined) {
      for (;;) {
        const n = result.replications.length;
        if (precise(result, precision.metrics, precision.relativeHalfWidth)) {
          io.stderr.write(`precision reached with ${n} replications\n`);
          break;
        }
        if (n >= precision.maxReplications) {
          io.stderr.write(`precision not reached: stopped at --max-replications ${n}; the intervals are wider than asked\n`);
          break;
        }
        result = await run(Math.min(precision.maxReplications, Math.max(n + 1, 2 * n)));
      }
    }
    await emitResult(io, result, flags);
  });
}

/** Whether every variant's paired difference of every metric has a half-width at most `relative` × |base mean|. */
function precise(result: ComparisonResult<unknown>, metrics: readonly string[], relative: number): boolean {
  return Object.values(result.comparisons).every((per) =>
    metrics.every((m) => {
      const c = per[m];
      return c !== undefined && Number.isFinite(c.difference.halfWidth) && c.difference.halfWidth <= relative * Math.abs(c.baseMean);
    }),
  );
}

function nameOf(scenario: unknown): string | undefined {
  const name = typeof scenario === "object" && scenario !== null ? (scenario as Record<string, unknown>)["name"] : undefined;
  return typeof name === "string" && name !== "" ? name : undefined;
}
