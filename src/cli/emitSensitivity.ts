/*
 * What `caseflow sensitivity` and `caseflow map` do with their result: print
 * the ranked tables (or CSV, or JSON), save the result (JSON, or tidy CSV for
 * a .csv name) and write the HTML report, each file atomically.
 */
import { toCSV, type RegimeMapResult, type SensitivityResult } from "../experiment";
import { formatTable, regimeMapRows, regimeMapTable, renderSensitivityReport, sensitivityCharts, sensitivityRows, sensitivityTables } from "../report";
import type { CliIO } from "./CliIO";
import { writeFileAtomic } from "./writeFileAtomic";

/** Output flags of the two commands. */
export interface SensitivityOutputFlags {
  /** `table` (default), `json` or `csv`. */
  format?: string;
  /** Save the result here: JSON, or tidy CSV when the name ends in `.csv`. */
  output?: string;
  /** Write the HTML report here. */
  report?: string;
}

/** Prints and writes `result` as the flags ask. */
export async function emitSensitivity(io: CliIO, result: SensitivityResult<unknown> | RegimeMapResult<unknown>, flags: SensitivityOutputFlags): Promise<void> {
  const rows = result.kind === "regimeMap" ? regimeMapRows(result) : sensitivityRows(result);
  const json = JSON.stringify(result, null, 2) + "\n";
  const format = flags.format ?? "table";
  let text: string;
  if (format === "json") text = json;
  else if (format === "csv") text = toCSV(rows);
  else if (result.kind === "regimeMap") text = formatTable(regimeMapTable(result));
  else if (result.shard !== undefined) {
    text = `shard ${result.shard.index} of ${result.shard.count}: ${result.runs.length} runs of ${result.points.length} design points; join the shards with caseflow merge\n`;
  } else text = sensitivityTables(result).map(formatTable).join("\n");
  if (flags.output !== undefined) {
    const csv = flags.output.toLowerCase().endsWith(".csv");
    await writeFileAtomic(flags.output, csv ? toCSV(rows) : json);
    io.stderr.write(`wrote ${flags.output}${csv ? " (one row per metric, parameter and measure)" : ""}\n`);
  }
  if (flags.report !== undefined) {
    const n = sensitivityCharts(result).length;
    await writeFileAtomic(flags.report, renderSensitivityReport(result));
    io.stderr.write(`wrote ${flags.report} (HTML report, ${n} chart${n === 1 ? "" : "s"})\n`);
  }
  io.stdout.write(text);
}
