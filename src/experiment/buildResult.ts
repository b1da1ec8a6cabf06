/*
 * Assembles an experiment result from replication records already in index
 * order; the summary is always recomputed from the records, which is what
 * makes merged shards identical to an unsharded run.
 */
import type { MetricRecord } from "./ExperimentModel";
import type { ExperimentResult } from "./ExperimentResult";
import { summariseRecords } from "./summariseRecords";

/** Assembles an {@link ExperimentResult} from records in index order. */
export function buildResult<S>(
  modelId: string,
  scenario: S,
  rootSeed: number | string,
  indices: number[],
  records: MetricRecord[],
  series?: Array<Record<string, number[]>>,
): ExperimentResult<S> {
  const result: ExperimentResult<S> = {
    schemaVersion: 1,
    model: modelId,
    scenario,
    rootSeed,
    replications: indices,
    records,
    summary: summariseRecords(records),
  };
  if (series !== undefined) result.series = series;
  return result;
}
