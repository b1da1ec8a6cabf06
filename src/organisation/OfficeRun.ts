/*
 * How one replication of the office is run (seed, horizon, warm-up, trace,
 * guards) and what it returns: the outcome, weekly series, contacts by reason,
 * the optional trace and figures per period.
 */
import type { ScriptedCase } from "../casework/CaseFactory";
import type { ContactReason } from "../casework/Task";
import type { OfficeMetrics, OfficeSeries } from "./OfficeMetrics";
import type { PeriodLength, PeriodMetrics } from "./PeriodRecorder";

/** How to run one replication. */
export interface OfficeRunOptions {
  /** root seed of the experiment */
  seed: number | string;
  /** replication index (selects the random streams) @defaultValue 0 */
  replication?: number;
  /** simulated calendar days */
  horizonDays: number;
  /** days discarded before measuring @defaultValue 0 */
  warmupDays?: number;
  /** keep a trace of every claim's events (memory grows with the run) @defaultValue false */
  trace?: boolean;
  /** most events before the run is stopped as runaway @defaultValue 50 million */
  eventBudget?: number;
  /** claims written out by hand; when given they replace random arrivals and the starting backlog */
  script?: readonly ScriptedCase[];
  /** also keep the figures per calendar month or quarter (see PeriodRecorder). @defaultValue none */
  periods?: PeriodLength;
  /**
   * most heap the run may use, MB; checked once per simulated day, the run stops with a
   * SimulationError past it (instead of an out-of-memory crash of the whole process).
   * @defaultValue 80% of the JavaScript heap limit, at most 3072
   */
  memoryBudgetMB?: number;
  /** aborts the run; checked once per simulated day (useful when the run is on a worker thread or driven by a timer) */
  signal?: AbortSignal;
}

/** One line of the optional trace. */
export interface TraceEntry {
  /** day */
  t: number;
  /** claim id */
  caseId: number;
  /** what happened */
  event: string;
  /** index of the unit handling the claim (in the office's `units`), once it has one */
  unit?: number;
  /** staff hours a finished task took (`end:` events only) */
  hours?: number;
}

/** What one replication returns. */
export interface OfficeRun {
  /** the outcome */
  metrics: OfficeMetrics;
  /** weekly series */
  series: OfficeSeries;
  /** contacts by reason in the window */
  contactsByReason: Partial<Record<ContactReason, number>>;
  /** the trace, when asked for */
  trace?: TraceEntry[];
  /** events processed */
  events: number;
  /** figures per period, when asked for with `periods` */
  periods?: PeriodMetrics[];
}
