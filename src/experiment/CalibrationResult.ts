/*
 * The result of fitting a model to an office's observed figures: the fitted
 * parameter values, how well they fit (the loss and, per figure, the model's
 * mean with a 95% confidence interval from a confirmation run beside the
 * observed value), the optimiser's path, and warnings where a parameter sits at
 * the edge of its range or does not move the fit at all. Plain data, so it
 * serialises to JSON.
 */
import type { ExperimentResult } from "./ExperimentResult";
import type { ObservedData } from "./ObservedData";

/** Version of the {@link CalibrationResult} format. */
export const CALIBRATION_SCHEMA_VERSION = 1;

/** A fitted parameter's search: its path, range, scale and start (shared by the checked parameter and the result). */
export interface FitRange {
  /** Scenario path, e.g. `office.world.demand.casesPerWeek`. */
  path: string;
  /** Lower end of the search range. */
  lo: number;
  /** Upper end of the search range. */
  hi: number;
  /** How the range was searched: evenly (`linear`) or evenly in log (`log`). */
  scale: "linear" | "log";
  /** Whether only whole numbers were tried (the scenario allows no others here). */
  integer: boolean;
  /** The value the search started from (the scenario's, moved into the range, rounded when whole numbers only). */
  start: number;
}

/** One fitted parameter. */
export interface FittedParameter extends FitRange {
  /** The fitted value. */
  fitted: number;
  /** `"lo"` or `"hi"` when the fitted value lies within 1% of the range from that end, else null. */
  atBound: "lo" | "hi" | null;
  /**
   * Finite-difference check at the optimum: the loss change when the parameter
   * moves 10% of its range down and up (null where the range ends). Both below
   * 0.1 means the figures do not pin the parameter down.
   */
  lossChange: { down: number | null; up: number | null };
  /** False when neither move changed the loss by 0.1 or more. */
  identifiable: boolean;
}

/** One observed figure against the fitted model. */
export interface CalibrationResidual {
  /** Result key. */
  key: string;
  /** Observed value. */
  observed: number;
  /** Its tolerance (given, or 10% of |observed|). */
  tolerance: number;
  /** Model mean in the confirmation run. */
  mean: number;
  /** 95% confidence interval of the mean. */
  lower: number;
  /** 95% confidence interval of the mean. */
  upper: number;
  /** Replications with a finite value. */
  n: number;
  /** mean − observed. */
  residual: number;
  /** (mean − observed) / tolerance. */
  standardised: number;
  /** Whether |mean − observed| ≤ tolerance. */
  withinTolerance: boolean;
}

/** One candidate the optimiser evaluated. */
export interface CalibrationStep {
  /** 1-based count of candidates asked for so far. */
  evaluation: number;
  /** Parameter values, in the order of {@link CalibrationResult.parameters}. */
  values: number[];
  /** Its loss. */
  loss: number;
}

/** The result of {@link calibrate}. */
export interface CalibrationResult<S = unknown> {
  /** Format version, 1. */
  schemaVersion: 1;
  /** Always `"calibration"`, to tell this result from others in a file. */
  kind: "calibration";
  /** Model id. */
  model: string;
  /** Root seed shared by every candidate (common random numbers). */
  rootSeed: number | string;
  /** Replication indices every candidate ran. */
  replications: number[];
  /** Most candidates the optimiser could ask for. */
  budget: number;
  /** Candidates it asked for (repeats included). */
  evaluations: number;
  /** Why the search stopped: the simplex converged, or the budget ran out. */
  stoppedBy: "tolerance" | "budget";
  /** The observed figures fitted to. */
  observed: ObservedData;
  /** The fitted parameters. */
  parameters: FittedParameter[];
  /** Loss at the start values, over `replications`. */
  startLoss: number;
  /** Loss at the fitted values, over `replications` (see calibrationLoss). */
  loss: number;
  /** Loss at the fitted values in the confirmation run (fresh replications). */
  confirmationLoss: number;
  /** Each observed figure against the confirmation run. */
  residuals: CalibrationResidual[];
  /** Parameters at a bound or not identifiable, figures far outside their tolerance. */
  warnings: string[];
  /** Every candidate, in the order asked. */
  history: CalibrationStep[];
  /** The scenario with the fitted values (validated, defaults filled in). */
  scenario: S;
  /** The confirmation run of the fitted scenario, on replications after `replications` (with weekly series). */
  confirmation: ExperimentResult<S>;
}
