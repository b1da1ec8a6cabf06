/*
 * A calibration as tables: the fitted settings (start, fitted value, range,
 * whether the figures pin each down) and each observed figure beside the
 * fitted model's mean with its 95% confidence interval. The command prints
 * them and the report shows them, so both give the same numbers.
 */
import type { CalibrationResult } from "../experiment";
import { decimalsFor, formatNumber } from "./formatNumber";
import type { TextTable } from "./TextTable";

/** The fitted-settings table and the model-against-observed table. */
export function calibrationTables(result: CalibrationResult<unknown>): TextTable[] {
  const params: TextTable = {
    title: `Fitted settings (loss ${formatNumber(result.startLoss)} at the start, ${formatNumber(result.loss)} fitted; ${result.evaluations} of ${result.budget} candidates, ${result.stoppedBy === "tolerance" ? "converged" : "budget used up"})`,
    columns: ["setting", "start", "fitted", "range", "pinned down"],
    align: ["left", "right", "right", "left", "left"],
    rows: result.parameters.map((p) => [
      p.path,
      formatNumber(p.start),
      formatNumber(p.fitted),
      `[${formatNumber(p.lo)}, ${formatNumber(p.hi)}]${p.scale === "log" ? " log" : ""}${p.integer ? " whole" : ""}`,
      p.identifiable ? (p.atBound === null ? "yes" : `yes, at ${p.atBound === "lo" ? "lower" : "upper"} bound`) : "no",
    ]),
  };
  const residuals: TextTable = {
    title: `Fitted model against observed (confirmation run: ${result.confirmation.replications.length} fresh replications)`,
    columns: ["figure", "observed", "tolerance", "model", "95% CI", "off by (tolerances)"],
    align: ["left", "right", "right", "right", "right", "right"],
    rows: result.residuals.map((r) => {
      const d = decimalsFor(r.mean, (r.upper - r.lower) / 2);
      return [
        r.key,
        formatNumber(r.observed),
        formatNumber(r.tolerance),
        formatNumber(r.mean, d),
        `${formatNumber(r.lower, d)} – ${formatNumber(r.upper, d)}`,
        `${r.standardised >= 0 ? "+" : ""}${formatNumber(r.standardised, 2)}${r.withinTolerance ? "" : " *"}`,
      ];
    }),
    note: "* more than one tolerance off. Tolerance: as given in the observed data, else 10% of the observed value.",
  };
  return [params, residuals];
}
