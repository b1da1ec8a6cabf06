/*
 * What every experiment command does with its result: print it in the chosen
 * format (a table, CSV or JSON), save it with --output (JSON, or tidy CSV for a
 * .csv name; `-o -` writes the JSON to standard output in place of the
 * table) and render the HTML report with --report (`-` for standard output). Files are written
 * atomically; the printed text is prepared first so a bad --metrics pattern
 * cannot cost the run's files.
 */
import { toCSV } from "../experiment";
import {
  formatTable,
  renderReport,
  reportCharts,
  reportTables,
  resultToJSON,
  summaryRows,
  tidyRows,
  type AnyResult,
  type MetricChoice,
  type ReportOptions,
} from "../report";
import type { CliIO } from "./CliIO";
import { InputError } from "./InputError";
import { safeText } from "../text/safeText";
import { writeFileAtomic } from "./writeFileAtomic";

/** Output flags shared by run, compare, sweep and merge. */
export interface OutputFlags {
  /** `table` (default), `json` or `csv`. */
  format?: string;
  /** Save the result here: JSON, or tidy CSV when the name ends in `.csv`. */
  output?: string;
  /** Write the HTML report here. */
  report?: string;
  /** Comma-separated metric names or `*` patterns for the printed table/CSV. */
  metrics?: string;
  /** `--quiet`: no progress bar or "wrote" notes (the command passes a silent stderr). */
  quiet?: boolean;
}

/** The name of an output that means standard output. */
const STDOUT = "-";

/** The metrics flag as patterns, or undefined when not given. */
export function metricPatterns(flag: string | undefined): string[] | undefined {
  if (flag === undefined) return undefined;
  const patterns = flag
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (patterns.length === 0) throw new InputError(`--metrics: got ${JSON.stringify(flag)}; expected metric names or patterns separated by commas`);
  return patterns;
}

/**
 * Prints `result` to `io.stdout` in `flags.format` and writes the files the
 * flags ask for, reporting each on `io.stderr`; `reportOptions` go to the
 * HTML report (e.g. the single-replication view of `run --trace`).
 *
 * @throws InputError if a --metrics pattern matches no metric (after the files are written)
 */
export async function emitResult(io: CliIO, result: AnyResult, flags: OutputFlags, reportOptions: ReportOptions = {}): Promise<void> {
  const patterns = metricPatterns(flags.metrics);
  let text: string | undefined;
  let problem: unknown;
  try {
    text = printed(result, flags.format ?? "table", patterns);
  } catch (err) {
    problem = err;
  }
  if (flags.output === STDOUT) {
    // The saved result takes standard output's place; the table is not printed.
    io.stdout.write(resultToJSON(result) + "\n");
  } else if (flags.output !== undefined) {
    const csv = flags.output.toLowerCase().endsWith(".csv");
    await writeFileAtomic(flags.output, csv ? toCSV(tidyRows(result)) : resultToJSON(result) + "\n");
    io.stderr.write(`wrote ${safeText(flags.output, 200)}${csv ? " (one row per replication and metric)" : ""}\n`);
  }
  if (flags.report === STDOUT) {
    io.stdout.write(renderReport(result, reportOptions));
  } else if (flags.report !== undefined) {
    const charts = reportCharts(result).length + (reportOptions.inside?.charts.length ?? 0);
    await writeFileAtomic(flags.report, renderReport(result, reportOptions));
    io.stderr.write(`wrote ${safeText(flags.report, 200)} (HTML report, ${charts} chart${charts === 1 ? "" : "s"})\n`);
  }
  if (problem !== undefined) {
    const written = [flags.output, flags.report].filter((p) => p !== undefined);
    const message = (problem as Error).message + (written.length > 0 ? ` (the results were written to ${written.join(" and ")})` : "");
    throw new InputError(message);
  }
  if (flags.output === STDOUT || flags.report === STDOUT) return;
  io.stdout.write(text!);
}

function printed(result: AnyResult, format: string, patterns: string[] | undefined): string {
  if (format === "json") return resultToJSON(result) + "\n";
  if (format === "csv") return toCSV(summaryRows(result, patterns ?? "all"));
  const choice: MetricChoice = patterns ?? "key";
  const tables = reportTables(result, { metrics: choice });
  // the table holds names from the scenario files: shown with control and invisible characters escaped
  return tables
    .map((t) => {
      if (patterns === undefined && t.note !== undefined && /metrics shown/.test(t.note)) {
        t.note += `; --metrics "*" shows all, --metrics "leadTimeDays.*" a group`;
      }
      return formatTable(t)
        .split("\n")
        .map((line) => safeText(line, Infinity))
        .join("\n");
    })
    .join("\n");
}
