/*
 * The settings of a standardised, detail-managed unit: the claim is cut into
 * steps done by specialised pools, each with its own queue, behind a customer
 * centre. `standardisedUnit()` fills in the defaults.
 */
import type { CommonUnitConfig } from "../../UnitConfig";
import { sharedCapacityDefaults, sharedUnitBasics } from "../sharedUnitDefaults";
import { unitConfigOf } from "../unitConfigOf";

/** Shares of a standardised unit's staff in each pool (normalised internally). */
export interface PoolShares {
  /** registration (a relative weight: the seven are normalised; no per-pool default — a unit's `poolShares` defaults to "auto", planned hours) */
  register: number;
  /** certificate check (relative weight) */
  certificate: number;
  /** assessment (relative weight) */
  assess: number;
  /** decision (relative weight) */
  decide: number;
  /** payment (relative weight) */
  pay: number;
  /** checkpoint follow-up (relative weight) */
  checkpoint: number;
  /** customer centre, answering citizens first (relative weight) */
  customerCentre: number;
}

/** A standardised, detail-managed unit. */
export interface StandardisedUnitConfig extends CommonUnitConfig {
  /** regime tag */
  regime: "standardised";
  /**
   * staff shares per pool, or "auto": management sizes the pools to the planned
   * hours per claim at each step (template hours, handovers, planned contacts and
   * checkpoints), as a planning department would. @defaultValue "auto"
   */
  poolShares: PoolShares | "auto";
  /** template hours per step as a multiple of the mean step need. @defaultValue 1 */
  templateFit: number;
  /** a step needing more than template × (1 + tolerance) is a misfit. @defaultValue 0.25 (assumption) */
  misfitTolerance: number;
  /** share of misfits escalated (another handover) rather than done on template effort. @defaultValue 0.3 (assumption) */
  escalateShare: number;
  /** speed gain of specialists at their own step. @defaultValue 0.3 (assumption) */
  specialisationGain: number;
  /** contacts per claim the customer centre is planned for (with poolShares "auto"). @defaultValue 3 (assumption: about what the stretched standardised office gets; ISF 2015:7 describes a customer centre geared to answer quickly, not one that lets most callers hang up) */
  plannedContactsPerCase: number;
  /** most staff management moves between back-office pools in a week, towards the pool with the most queued work per head (0 = pools fixed). @defaultValue 1 (assumption) */
  staffMovesPerWeek: number;
  /** difference in queued work per head, in weeks of working time, between the most and the least loaded pool before anyone is moved. @defaultValue 1 (assumption) */
  moveThresholdWeeks: number;
  /** extra time a handler needs in a pool new to them, as a share of the task, at first; it fades linearly over `familiarisationWeeks`. @defaultValue 0.3 (assumption) */
  unfamiliarSlowdown: number;
  /** weeks for a moved handler to become familiar with the new pool. @defaultValue 4 (assumption) */
  familiarisationWeeks: number;
}

/** Defaults of a standardised unit. */
export const defaultStandardisedUnit: Readonly<StandardisedUnitConfig> = Object.freeze({
  regime: "standardised",
  name: "standardised",
  ...sharedUnitBasics,
  discretion: 0.5,
  autonomy: 0,
  policies: [],
  transitionDip: 0,
  ...sharedCapacityDefaults,
  poolShares: "auto",
  templateFit: 1,
  misfitTolerance: 0.25,
  escalateShare: 0.3,
  specialisationGain: 0.3,
  plannedContactsPerCase: 3,
  staffMovesPerWeek: 1,
  moveThresholdWeeks: 1,
  unfamiliarSlowdown: 0.3,
  familiarisationWeeks: 4,
});

/**
 * A standardised unit with `overrides` over the defaults.
 * @throws ScenarioValidationError listing every problem (unknown option, value out of range, a bad policy)
 */
export function standardisedUnit(overrides: Partial<Omit<StandardisedUnitConfig, "regime">> = {}): StandardisedUnitConfig {
  return unitConfigOf(defaultStandardisedUnit, overrides, "standardisedUnit");
}
