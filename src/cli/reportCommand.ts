/*
 * `caseflow report <results.json>`: renders a saved result (a run, a
 * comparison, a sweep or merged shards) as one self-contained HTML file with
 * the scenarios in words, the outcome tables and the charts.
 */
import type { Command } from "commander";
import { renderReport, reportCharts } from "../report";
import type { CliContext } from "./CliContext";
import { InputError } from "./InputError";
import { readJSONFile } from "./readJSONFile";
import { readResultFile } from "./readResultFile";
import { checkOutputPath, writeFileAtomic } from "./writeFileAtomic";

/** Adds the `report` command to `program`. */
export function reportCommand(program: Command, ctx: CliContext): void {
  program
    .command("report")
    .description("write the HTML report of a saved result (from -o of run, compare, sweep or merge)")
    .argument("<results.json>", "result file")
    .option("-o, --output <out.html>", "where to write the report (default: the result file's name with .html)")
    .option("--title <text>", "title of the report (default: from the scenario names)")
    .addHelpText(
      "after",
      `
The report opens offline in any browser: the charting libraries are inside the
file. The backlog-over-time chart needs weekly series: save results with
--series or --report on run, compare or sweep.

Example:
  caseflow compare base.json teams.json -o compare.json && caseflow report compare.json -o compare.html`,
    )
    .action(async (file: string, flags: { output?: string; title?: string }) => {
      const out = flags.output ?? defaultReportPath(file);
      checkOutputPath(out, "--output", [file]);
      const result = readResultOrExplain(file);
      const charts = reportCharts(result).length;
      await writeFileAtomic(out, renderReport(result, flags.title === undefined ? {} : { title: flags.title }));
      ctx.io.stderr.write(`wrote ${out} (HTML report, ${charts} chart${charts === 1 ? "" : "s"})\n`);
    });
}

/** `results.json` → `results.html`; any other name gets `.html` appended. */
export function defaultReportPath(file: string): string {
  return file.toLowerCase().endsWith(".json") ? `${file.slice(0, -5)}.html` : `${file}.html`;
}

/** The result in `file`; a scenario file gets a message saying to use `run --report`. */
function readResultOrExplain(file: string): ReturnType<typeof readResultFile> {
  try {
    return readResultFile(file);
  } catch (err) {
    if (err instanceof InputError && isScenario(file)) {
      throw new InputError(
        `${file} is a scenario, not a saved result; to run it and write its report, use: caseflow run ${file} --report ${defaultReportPath(file)}`,
      );
    }
    throw err;
  }
}

function isScenario(file: string): boolean {
  try {
    const { data } = readJSONFile(file, "result");
    if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
    const o = data as Record<string, unknown>;
    return ("office" in o || "run" in o) && !("summary" in o) && !("comparisons" in o) && !("points" in o);
  } catch {
    return false;
  }
}
