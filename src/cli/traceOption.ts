/*
 * `caseflow run --trace events.csv [--trace-claims 17,42]`: runs one extra
 * replication of an office scenario (replication 0, the same draws as the
 * run's first) with the event trace on and writes it as CSV, one row per
 * event (columns: see traceRows). The same trace gives the report's "one run
 * seen from inside" section when --report is given too.
 */
import type { Command } from "commander";
import { toCSV, type ExperimentModel } from "../experiment";
import { officeFromScenario } from "../models/office/officeModel";
import type { OfficeScenario } from "../models/office/officeScenarioSchema";
import { simulateOffice } from "../organisation";
import { replicationView, traceRows, TRACE_COLUMNS, type ReplicationView } from "../models";
import type { CliIO } from "./CliIO";
import { InputError } from "./InputError";
import { checkOutputPath, writeFileAtomic } from "./writeFileAtomic";

/** Trace flags of `run`. */
export interface TraceFlags {
  /** `--trace <events.csv>`: where to write the trace. */
  trace?: string;
  /** `--trace-claims <ids>`: comma-separated claim ids to keep. */
  traceClaims?: string;
  /** `--report`: with it, the trace also feeds the report's single-replication view. */
  report?: string;
}

/** Adds --trace and --trace-claims. */
export function addTraceOptions(command: Command): Command {
  return command
    .option("--trace <events.csv>", "also write the event trace of replication 0 as CSV: time, date, claim, unit, handler, event, detail (office model)")
    .option("--trace-claims <ids>", "keep only these claims in the trace, comma-separated ids, e.g. 17,42");
}

/** A traced replication: its weekly view, and how to save its CSV (a no-op without --trace). */
export interface TracedRun {
  /** The single-replication view for the report. */
  view: ReplicationView;
  /** Writes the --trace file (call it after the main run, so a failed run leaves no trace file). */
  save: () => Promise<void>;
}

/**
 * Checks the trace flags, and when a trace or a report is asked for (office
 * model), runs replication 0 with the trace on; undefined otherwise.
 *
 * @throws InputError for a malformed --trace-claims, --trace with another model, or an unwritable path
 */
export function traceRun(
  io: CliIO,
  model: ExperimentModel<unknown, unknown>,
  scenario: unknown,
  rootSeed: number | string,
  flags: TraceFlags,
): TracedRun | undefined {
  const claims = flags.traceClaims === undefined ? undefined : parseClaims(flags.traceClaims);
  if (claims !== undefined && flags.trace === undefined) throw new InputError("--trace-claims needs --trace <events.csv>");
  if (flags.trace !== undefined) {
    if (model.id !== "office") throw new InputError(`--trace: only the office model keeps an event trace (this is "${model.id}")`);
    checkOutputPath(flags.trace, "--trace");
  }
  if (model.id !== "office" || (flags.trace === undefined && flags.report === undefined)) return undefined;
  const s = scenario as OfficeScenario;
  const run = simulateOffice(officeFromScenario(s), {
    seed: rootSeed,
    replication: 0,
    horizonDays: s.run.horizonDays,
    warmupDays: s.run.warmupDays,
    trace: true,
  });
  const trace = run.trace ?? [];
  const out = flags.trace;
  const save = async (): Promise<void> => {
    if (out === undefined) return;
    const rows = traceRows(trace, { startDate: s.office.startDate, unitNames: s.office.units.map((u) => u.name), ...(claims === undefined ? {} : { claims }) });
    await writeFileAtomic(out, toCSV(rows as unknown as Array<Record<string, unknown>>, TRACE_COLUMNS));
    io.stderr.write(`wrote ${out} (${rows.length} events of replication 0${claims === undefined ? "" : `, claims ${[...claims].join(", ")}`})\n`);
  };
  return {
    view: replicationView(trace, { replication: 0, horizonDays: s.run.horizonDays, warmupDays: s.run.warmupDays, startDate: s.office.startDate }),
    save,
  };
}

function parseClaims(text: string): Set<number> {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p))) {
    throw new InputError(`--trace-claims: got ${JSON.stringify(text)}; expected claim ids (whole numbers ≥ 0) separated by commas, e.g. 17,42`);
  }
  return new Set(parts.map(Number));
}
