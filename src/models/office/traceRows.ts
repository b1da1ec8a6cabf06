/*
 * An office run's event trace as rows for a CSV file, one per event, with
 * documented columns:
 *   time     days since the start of the simulation (fractions are hours: 0.375 = 09:00 on day 0)
 *   date     calendar date and clock time, "YYYY-MM-DD HH:MM"
 *   claim    the claim's id (0, 1, 2, … in order of arrival, starting backlog first)
 *   unit     the unit handling the claim (its name, or its index from 0)
 *   handler  who did the work, for task events: role#index within the unit (e.g. "assessor#3")
 *   event    what happened: arrive, start, end, contact, completion-request,
 *            certificate-completed, certificate-still-incomplete, checkpoint-done,
 *            decide, paid, withdrawn
 *   detail   the rest: the kind of task (and staff hours at its end), the contact's
 *            reason, the decision and whether it was right, a checkpoint's due day
 */
import type { TraceEntry } from "../../organisation";
import { formatIsoDate, parseIsoDate } from "../../engine/civilDate";

/** The columns of {@link traceRows}, in order. */
export const TRACE_COLUMNS = ["time", "date", "claim", "unit", "handler", "event", "detail"] as const;

/** One row of the trace. */
export interface TraceRow {
  /** Days since the start (fractions are time of day). */
  time: number;
  /** "YYYY-MM-DD HH:MM", or "" without a start date. */
  date: string;
  /** Claim id. */
  claim: number;
  /** Unit name or index ("" before the claim is routed). */
  unit: string;
  /** role#index for task events, else "". */
  handler: string;
  /** Event name. */
  event: string;
  /** Details of the event. */
  detail: string;
}

/**
 * The rows of `trace` (from `simulateOffice` with `trace: true`), keeping only
 * the claims in `claims` when given.
 *
 * @param options.startDate - day 0's date (ISO), for the `date` column
 * @param options.unitNames - unit names by index (an index is used where a name is missing)
 */
export function traceRows(
  trace: readonly TraceEntry[],
  options: { startDate?: string; unitNames?: readonly (string | undefined)[]; claims?: ReadonlySet<number> } = {},
): TraceRow[] {
  const start = options.startDate === undefined ? undefined : parseIsoDate(options.startDate);
  const rows: TraceRow[] = [];
  for (const e of trace) {
    if (options.claims !== undefined && !options.claims.has(e.caseId)) continue;
    const parts = e.event.split(":");
    const event = parts[0]!;
    let handler = "";
    let detail = parts.slice(1).join(":");
    if ((event === "start" || event === "end") && parts.length >= 3) {
      handler = parts[2]!;
      detail = parts[1]!;
      if (event === "end" && e.hours !== undefined) detail += ` (${e.hours.toFixed(2)} h)`;
    } else if (event === "decide") {
      detail = parts.slice(1).join(", ");
    }
    const unit = e.unit === undefined ? "" : (options.unitNames?.[e.unit] ?? String(e.unit));
    rows.push({ time: Math.round(e.t * 1e4) / 1e4, date: start === undefined ? "" : clock(start, e.t), claim: e.caseId, unit, handler, event, detail });
  }
  return rows;
}

function clock(start: number, t: number): string {
  const day = Math.floor(t);
  let minutes = Math.round((t - day) * 1440);
  let d = day;
  if (minutes >= 1440) {
    minutes -= 1440;
    d += 1;
  }
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${formatIsoDate(start + d)} ${hh}:${mm}`;
}
