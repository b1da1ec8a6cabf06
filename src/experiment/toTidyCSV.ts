/*
 * An experiment result as a tidy CSV table: one row per replication and metric,
 * the shape R, pandas and spreadsheets pivot and plot directly.
 */
import type { ExperimentResult } from "./ExperimentResult";
import { toCSV } from "./toCSV";

/**
 * CSV (RFC 4180, CRLF line ends) with columns `replication,metric,value`: one
 * row per replication and metric, replications in order, metrics in the order
 * the model reports them.
 */
export function toTidyCSV(result: ExperimentResult<unknown>): string {
  const rows: Array<Record<string, unknown>> = [];
  result.records.forEach((record, k) => {
    const replication = result.replications[k];
    for (const metric of Object.keys(record)) rows.push({ replication, metric, value: record[metric] });
  });
  return toCSV(rows, ["replication", "metric", "value"]);
}
