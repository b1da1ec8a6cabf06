// Small helpers shared by the examples: command-line flags and plain-text tables.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { defaultCaseworkParams } from "caseflow";

/** Flags every example understands: --quick (short run, for tests), --replications, --workers, --report. */
export function exampleArgs() {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      replications: { type: "string" },
      workers: { type: "string" },
      report: { type: "string" },
    },
  });
  return {
    quick: values.quick,
    replications: values.replications ? Number(values.replications) : undefined,
    workers: values.workers ? (values.workers === "auto" ? "auto" : Number(values.workers)) : "auto",
    report: values.report,
  };
}

/** Read a scenario file next to this example. */
export function scenario(name) {
  return JSON.parse(readFileSync(new URL(`./scenarios/${name}.json`, import.meta.url), "utf8"));
}

/**
 * Shorten a scenario for quick runs (tests): half a year, half the staff (at least 6 a unit) and
 * the demand scaled with the staff, so the office keeps its load per head (the calibrated
 * 250 claims a week for 40 becomes 125 for 20) and is neither idle nor overloaded.
 */
export function quicken(s, quick) {
  if (!quick) return s;
  const copy = structuredClone(s);
  copy.run = { ...copy.run, horizonDays: 126, warmupDays: 28 };
  const staff = (units) => units.reduce((n, u) => n + (u.handlers ?? 40), 0);
  const before = staff(copy.office.units);
  for (const u of copy.office.units) u.handlers = Math.max(6, Math.round((u.handlers ?? 40) / 2));
  const demand = copy.office.world?.demand?.casesPerWeek ?? defaultCaseworkParams.demand.casesPerWeek;
  const casesPerWeek = Math.round((demand * staff(copy.office.units)) / before);
  copy.office.world = { ...(copy.office.world ?? {}), demand: { ...(copy.office.world?.demand ?? {}), casesPerWeek } };
  return copy;
}

/** Format a number for a table. */
export function fmt(x, digits = 3) {
  if (x === undefined || Number.isNaN(x)) return "–";
  const a = Math.abs(x);
  return a !== 0 && (a >= 1e4 || a < 1e-3) ? x.toExponential(2) : x.toFixed(a >= 100 ? 1 : digits);
}

/** Print rows (arrays of strings) as an aligned table with a header. */
export function printTable(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

/** The metrics the examples report, with their labels. */
export const KEY_METRICS = [
  ["decisionsPerWeek", "decisions per week"],
  ["leadTimeDays.mean", "lead time, mean days"],
  ["leadTimeDays.p90", "lead time, p90 days"],
  ["leadTimeDays.byComplexity.complex.p90", "complex claims, p90 days"],
  ["daysToFirstPayment.mean", "days to first payment"],
  ["checkpointsOnTimeShare", "checkpoints on time"],
  ["decisionAccuracy", "decision accuracy"],
  ["uniformity", "uniformity"],
  ["reconsiderationShare", "reconsiderations per decision"],
  ["contactsPerCase", "contacts per claim"],
  ["failureDemandShare", "failure-demand share"],
  ["timeShare.value", "time: value work"],
  ["timeShare.failure", "time: failure work"],
  ["timeShare.measurement", "time: measurement & admin"],
  ["timeShare.handoffs", "time: handovers"],
  ["hoursPerCorrectDecision", "hours per correct decision"],
  ["stressMean", "stress"],
  ["turnoverPerYear", "turnover per year"],
];
