/*
 * `caseflow calibrate <scenario.json> --observed observed.json --fit path:[lo,hi] …`:
 * fits scenario settings to an office's observed figures and prints the fitted
 * values, the loss and each figure against the fitted model; optionally starts
 * from the office's own open claims (--backlog), saves the result as JSON and
 * writes an HTML report. Every input is checked before anything runs.
 */
import { readFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { calibrate, calibrationToJSON, parseObservedData, ScenarioValidationError, type FitParameter } from "../experiment";
import { parseBacklogCSV } from "../models";
import { calibrationTables, formatTable, renderCalibrationReport } from "../report";
import type { CliContext } from "./CliContext";
import { InputError } from "./InputError";
import { parseFitOption } from "./parseFitOption";
import { readJSONFile } from "./readJSONFile";
import { findModel, readScenario } from "./readScenario";
import { parseSeed } from "./runSettings";
import { runWithProgress } from "./runWithProgress";
import { checkOutputPath, writeFileAtomic } from "./writeFileAtomic";

/** Flags of `caseflow calibrate`. */
export interface CalibrateCommandFlags {
  /** `--observed`: the observed-data file. */
  observed: string;
  /** Every `--fit path:[lo,hi]` given. */
  fit: string[];
  /** `--budget`: most candidates. @defaultValue "40" */
  budget: string;
  /** `--replications`: replications per candidate. @defaultValue "5" */
  replications: string;
  /** `--confirmation-replications`: replications of the confirmation run. @defaultValue max(10, replications) */
  confirmationReplications?: string;
  /** `--backlog`: CSV of the office's open claims. */
  backlog?: string;
  /** `--model`. @defaultValue "office" */
  model: string;
  /** `--seed`: root seed. @defaultValue the scenario's run.seed */
  seed?: string;
  /** `--workers`. @defaultValue "auto" */
  workers: string;
  /** `-o, --output`: save the result as JSON. */
  output?: string;
  /** `--report`: write the HTML report. */
  report?: string;
  /** `--format`: table (default) or json. */
  format: string;
}

/** Adds the `calibrate` command to `program`. */
export function calibrateCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command("calibrate")
    .description("fit scenario settings to an office's observed figures (Nelder–Mead on common random numbers) and show the model against them")
    .argument("<scenario.json>", "the scenario to fit (its other settings stay as they are)")
    .requiredOption(
      "--observed <observed.json>",
      'observed figures: { "schemaVersion": 1, "figures": { "decisionsPerWeek": { "value": 180, "tolerance": 9 }, … } }',
    )
    .option(
      "--fit <path:[lo,hi]>",
      "a setting to fit and its range, e.g. office.world.demand.casesPerWeek:[100,300] (append :log for a log scale; repeatable)",
      collect,
      [],
    )
    .option("--budget <n>", "most candidate settings to try (each runs --replications replications)", "40")
    .option("--replications <n>", "replications per candidate, the same for every candidate (common random numbers)", "5")
    .option("--confirmation-replications <n>", "fresh replications of the final confirmation run (default: max(10, --replications))")
    .option("--backlog <open-claims.csv>", "start from the office's own open claims: CSV with columns arrived,certificateComplete,step[,complexity]")
    .option("--model <id>", "model to run the scenario with", "office")
    .option("--seed <seed>", "root seed: a whole number or a word (default: the scenario's run.seed)")
    .option("--workers <n>", 'worker threads, or "auto" for one per core; results are the same for any number', "auto")
    .option("-o, --output <path>", "save the calibration result as JSON")
    .addOption(new Option("--format <format>", "what to print: tables or the result as JSON").choices(["table", "json"]).default("table"))
    .option("--report <out.html>", "also write the HTML report (model against observed, and the fitted scenario's outcomes)");
  command.addHelpText(
    "after",
    `
The loss is the sum over observed figures of ((model mean − observed) / tolerance)²;
a figure's tolerance is the one in the file, else 10% of its value.

Examples:
  caseflow calibrate office.json --observed observed.json --fit office.world.demand.casesPerWeek:[100,300]
  caseflow calibrate office.json --observed observed.json --fit office.world.demand.casesPerWeek:[100,300] \\
      --fit office.world.certificates.completeShare:[0.3,0.95] --budget 60 --report fit.html -o fit.json
  caseflow calibrate office.json --observed observed.json --backlog open-claims.csv --fit office.units[0].handlers:[20,60]`,
  );
  command.action(async (file: string, flags: CalibrateCommandFlags) => {
    const model = findModel(flags.model);
    if (flags.fit.length === 0) throw new InputError("calibrate: give at least one --fit path:[lo,hi], e.g. --fit office.world.demand.casesPerWeek:[100,300]");
    const fit: FitParameter[] = flags.fit.map(parseFitOption);
    const budget = whole(flags.budget, "--budget", 1, 100_000);
    const replications = whole(flags.replications, "--replications", 1, 100_000);
    const confirmation =
      flags.confirmationReplications === undefined ? undefined : whole(flags.confirmationReplications, "--confirmation-replications", 1, 100_000);
    const workers = flags.workers === "auto" ? "auto" : whole(flags.workers, "--workers", 1, 1024);
    if (flags.output !== undefined) checkOutputPath(flags.output, "--output");
    if (flags.report !== undefined) checkOutputPath(flags.report, "--report");
    const { scenario } = readScenario(file, model);
    const observedFile = readJSONFile(flags.observed, "file of observed figures");
    let observed;
    try {
      observed = parseObservedData(observedFile.data, flags.observed);
    } catch (err) {
      if (err instanceof ScenarioValidationError)
        throw new InputError(`${flags.observed} is not valid observed data (${count(err.errors.length)}):`, err.errors);
      throw err;
    }
    let input = scenario as Record<string, unknown>;
    if (flags.backlog !== undefined) input = withBacklog(input, flags.backlog);
    const run = (input["run"] ?? {}) as { seed?: number | string };
    const rootSeed = flags.seed !== undefined ? parseSeed(flags.seed) : (run.seed ?? 2026);
    const result = await runWithProgress(ctx.io, "calibrate", (onProgress) =>
      calibrate(model, input, {
        observed,
        fit,
        budget,
        replications,
        ...(confirmation === undefined ? {} : { confirmationReplications: confirmation }),
        rootSeed,
        workers,
        onProgress,
        ...(ctx.io.signal === undefined ? {} : { signal: ctx.io.signal }),
      }).catch((err: unknown) => {
        // name the flag the user wrote rather than the library option
        if (err instanceof RangeError && /^calibrate: fit /.test(err.message)) throw new RangeError(err.message.replace(/^calibrate: fit /, "--fit "));
        throw err;
      }),
    );
    const json = calibrationToJSON(result);
    if (flags.output !== undefined) {
      await writeFileAtomic(flags.output, json + "\n");
      ctx.io.stderr.write(`wrote ${flags.output}\n`);
    }
    if (flags.report !== undefined) {
      await writeFileAtomic(flags.report, renderCalibrationReport(result));
      ctx.io.stderr.write(`wrote ${flags.report} (HTML report)\n`);
    }
    if (flags.format === "json") {
      ctx.io.stdout.write(json + "\n");
      return;
    }
    const text = calibrationTables(result).map(formatTable).join("\n");
    const warnings = result.warnings.length === 0 ? "" : `\nWarnings:\n${result.warnings.map((w) => `  - ${w}\n`).join("")}`;
    ctx.io.stdout.write(text + warnings);
  });
}

/** The scenario with `office.initialBacklog` read from a CSV file of open claims. */
function withBacklog(scenario: Record<string, unknown>, path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`--backlog ${path}: ${code === "ENOENT" ? "no such file" : (err as Error).message} (expected a CSV of open claims)`);
  }
  const office = (scenario["office"] ?? {}) as Record<string, unknown>;
  const startDate = typeof office["startDate"] === "string" ? office["startDate"] : undefined;
  try {
    const claims = parseBacklogCSV(text, startDate === undefined ? { file: path } : { file: path, startDate });
    return { ...scenario, office: { ...office, initialBacklog: claims } };
  } catch (err) {
    if (err instanceof ScenarioValidationError)
      throw new InputError(`--backlog: ${path} is not a valid list of open claims (${count(err.errors.length)}):`, err.errors);
    throw err;
  }
}

function whole(text: string, flag: string, min: number, max: number): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!(Number.isInteger(n) && n >= min && n <= max))
    throw new InputError(`${flag}: got ${JSON.stringify(text)}; expected a whole number from ${min} to ${max}`);
  return n;
}

function count(n: number): string {
  return `${n} problem${n === 1 ? "" : "s"}`;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
