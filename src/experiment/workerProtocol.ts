/*
 * The messages exchanged between the experiment runner and its worker threads.
 * A worker is told the model id and module, scenarios and root seed once, then receives
 * replication tasks one at a time and answers each with its metrics or error.
 */
import type { MetricRecord } from "./ExperimentModel";

/** Data every worker starts with. */
export interface WorkerSetup {
  /** Id of the model. */
  modelId: string;
  /** Module the worker imports to find the model (an export with this id); see ExperimentModel.module. */
  module: string;
  /** Validated scenarios; tasks refer to them by position. */
  scenarios: unknown[];
  /** Root seed of the experiment. */
  rootSeed: number | string;
  /** Whether to send time series back. */
  keepSeries: boolean;
}

/** Runner → worker: run one replication. */
export interface TaskMessage {
  /** Task number, echoed in the answer. */
  task: number;
  /** Position of the scenario in {@link WorkerSetup.scenarios}. */
  scenario: number;
  /** Replication index. */
  replication: number;
}

/** Worker → runner: the outcome of one task. */
export type ResultMessage =
  | { type: "done"; task: number; metrics: MetricRecord; series?: Record<string, number[]> }
  | { type: "error"; task: number; name: string; message: string; stack?: string };
