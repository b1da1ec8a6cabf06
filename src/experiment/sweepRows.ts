/*
 * The tidy table of a sweep: one row per point, replication and metric, with
 * the swept settings as extra columns. Built from the points' results, so it
 * is the same whether the sweep ran at once, was read back from a file or was
 * merged from shards.
 */
import type { ExperimentResult } from "./ExperimentResult";
import type { SweepPoint, SweepRow } from "./sweep";

/**
 * Rows `{ point, replication, metric, value, ...parameters }`, by point, then
 * replication (in each result's order), then metric (in record order).
 *
 * @param points - the sweep's points, in order
 * @param results - each point's result, in the order of `points`
 */
export function sweepRows(points: readonly SweepPoint[], results: ReadonlyArray<ExperimentResult<unknown>>): SweepRow[] {
  const rows: SweepRow[] = [];
  results.forEach((result, k) => {
    const parameters = points[k]!.parameters;
    result.records.forEach((record, r) => {
      for (const metric of Object.keys(record)) {
        rows.push({ point: k, replication: result.replications[r]!, metric, value: record[metric]!, ...parameters });
      }
    });
  });
  return rows;
}
