/*
 * The defaults that every built-in way of organising work shares: how big a
 * unit is and what a handover costs, what improvement work can gain, and when
 * management orders overtime or borrows handlers from other units of the
 * agency. Each regime's defaults spread these, so a shared level is set once.
 */
import type { CommonUnitConfig } from "../UnitConfig";

/**
 * Size and handover defaults shared by the built-in regimes.
 * @defaultValue caseShare 1, handlers 40, rereadHours 0.1, handoffLossShare 0.05 (see {@link CommonUnitConfig})
 */
export const sharedUnitBasics: Readonly<Pick<CommonUnitConfig, "caseShare" | "handlers" | "rereadHours" | "handoffLossShare">> = Object.freeze({
  caseShare: 1,
  handlers: 40,
  rereadHours: 0.1,
  handoffLossShare: 0.05,
});

/**
 * Improvement, overtime and borrowing defaults shared by the built-in regimes.
 * @defaultValue capabilityMax 1.1, improvementHoursToGain 40, overtimeThresholdWeeks 1, overtimeHoursPerWeek 4,
 * overtimeHoursPerYear 200, borrowThresholdWeeks 1.5, borrowShare 0.15, borrowedProductivity 0.7 (see {@link CommonUnitConfig})
 */
export const sharedCapacityDefaults: Readonly<
  Pick<
    CommonUnitConfig,
    | "capabilityMax"
    | "improvementHoursToGain"
    | "overtimeThresholdWeeks"
    | "overtimeHoursPerWeek"
    | "overtimeHoursPerYear"
    | "borrowThresholdWeeks"
    | "borrowShare"
    | "borrowedProductivity"
  >
> = Object.freeze({
  capabilityMax: 1.1,
  improvementHoursToGain: 40,
  overtimeThresholdWeeks: 1,
  overtimeHoursPerWeek: 4,
  overtimeHoursPerYear: 200,
  borrowThresholdWeeks: 1.5,
  borrowShare: 0.15,
  borrowedProductivity: 0.7,
});
