/*
 * How one unit of the office is organised. A standardised, detail-managed unit
 * cuts the claim into steps done by specialised pools, each with its own queue,
 * and puts a customer centre in front of the citizens. A trust-based unit is a set
 * of small teams that own claims end to end with one responsible handler. Both are
 * plain objects; `standardisedUnit()` and `teamUnit()` fill in the defaults.
 */
import type { Policy } from "../policies/Policy";

/** Shares of a standardised unit's staff in each pool (normalised internally). */
export interface PoolShares {
  /** registration. @defaultValue 0.08 */
  register: number;
  /** certificate check. @defaultValue 0.09 */
  certificate: number;
  /** assessment. @defaultValue 0.33 */
  assess: number;
  /** decision. @defaultValue 0.14 */
  decide: number;
  /** payment. @defaultValue 0.1 */
  pay: number;
  /** checkpoint follow-up. @defaultValue 0.1 */
  checkpoint: number;
  /** customer centre (answers citizens first). @defaultValue 0.16 */
  customerCentre: number;
}

/** Settings shared by both regimes. */
export interface CommonUnitConfig {
  /** name used in results. */
  name: string;
  /** share of new claims routed to this unit (normalised over units). @defaultValue 1 */
  caseShare: number;
  /** number of staff (handlers, and in a standardised unit also customer-centre agents). @defaultValue 40 */
  handlers: number;
  /** working hours spent re-reading an average case file after a handover (scaled by √(need/mean need)). @defaultValue 0.1 (assumption; ISF 2015:7 found such costs underestimated) */
  rereadHours: number;
  /** chance a detail is lost at a handover. @defaultValue 0.05 (assumption; ISF 2015:7) */
  handoffLossShare: number;
  /** how much handlers' personal leanings show in decisions (0 = rules fix the outcome, 1 = full discretion). */
  discretion: number;
  /** autonomy felt by staff (0..1); relieves stress. */
  autonomy: number;
  /** management policies in force (see src/policies). @defaultValue [] */
  policies: Policy[];
  /** initial loss of productivity of a new way of working (share). Teams default 0.1 (assumption; both Trust Lab offices nearly gave up); standardised 0 (the established way). */
  transitionDip: number;
  /** productivity reachable through improvement work, relative to the established way. @defaultValue 1.1 (assumption) */
  capabilityMax: number;
  /** improvement hours per handler that close about 63% of the gap to capabilityMax. @defaultValue 40 (assumption) */
  improvementHoursToGain: number;
  /** queued work per head, in weeks of working time, above which management orders overtime for the coming week. @defaultValue 1 (assumption) */
  overtimeThresholdWeeks: number;
  /** overtime hours per person in a week when ordered (0 = never). @defaultValue 4 (assumption; about the 200 hours a year the Working Hours Act allows spread over the year) */
  overtimeHoursPerWeek: number;
  /** most overtime hours per person in a year. @defaultValue 200 (Arbetstidslagen 1982:673, 8 §: general overtime at most 200 hours a calendar year) */
  overtimeHoursPerYear: number;
  /** queued work per head, in weeks of working time, above which management borrows handlers from other units of the agency for the coming week. @defaultValue 1.5 (assumption) */
  borrowThresholdWeeks: number;
  /** handlers borrowed then, as a share of the unit's staff (0 = never). @defaultValue 0.15 (assumption) */
  borrowShare: number;
  /** productivity of a borrowed handler, new to the unit's work, relative to its own staff. @defaultValue 0.7 (assumption) */
  borrowedProductivity: number;
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

/** A unit of trust-based teams. */
export interface TeamUnitConfig extends CommonUnitConfig {
  /** regime tag */
  regime: "team";
  /** people per team. @defaultValue 6 */
  teamSize: number;
  /** whether each team specialises internally (Torsby): registration, certificate check and payment go to the team's specialists. @defaultValue false */
  specialise: boolean;
  /** share of each team working as specialists when `specialise`. @defaultValue 0.34 */
  specialistShare: number;
  /** speed gain of specialists at their own steps. @defaultValue 0.3 (assumption) */
  specialisationGain: number;
  /** cost of a handover inside a team relative to one between pools. @defaultValue 0.5 (assumption) */
  internalHandoffFactor: number;
  /** chance the responsible handler resolves a citizen's matter in one contact. @defaultValue 0.9 (assumption) */
  ownerResolves: number;
  /** whether the owner calls the citizen when a promised date will slip. @defaultValue true */
  proactiveContact: boolean;
  /** working hours of a proactive call. @defaultValue 0.1 (assumption) */
  proactiveHours: number;
  /** extra working hours to write a letter fitted to the case. @defaultValue 0.1 (assumption) */
  letterHours: number;
}

/** Either kind of unit. */
export type UnitConfig = StandardisedUnitConfig | TeamUnitConfig;

/** Defaults of a standardised unit. */
export const defaultStandardisedUnit: Readonly<StandardisedUnitConfig> = Object.freeze({
  regime: "standardised",
  name: "standardised",
  caseShare: 1,
  handlers: 40,
  rereadHours: 0.1,
  handoffLossShare: 0.05,
  discretion: 0.5,
  autonomy: 0,
  policies: [],
  transitionDip: 0,
  capabilityMax: 1.1,
  improvementHoursToGain: 40,
  overtimeThresholdWeeks: 1,
  overtimeHoursPerWeek: 4,
  overtimeHoursPerYear: 200,
  borrowThresholdWeeks: 1.5,
  borrowShare: 0.15,
  borrowedProductivity: 0.7,
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
}) as StandardisedUnitConfig;

/** Defaults of a trust-based team unit. */
export const defaultTeamUnit: Readonly<TeamUnitConfig> = Object.freeze({
  regime: "team",
  name: "teams",
  caseShare: 1,
  handlers: 40,
  rereadHours: 0.1,
  handoffLossShare: 0.05,
  discretion: 1,
  autonomy: 1,
  policies: [],
  teamSize: 6,
  specialise: false,
  specialistShare: 0.34,
  specialisationGain: 0.3,
  internalHandoffFactor: 0.5,
  ownerResolves: 0.9,
  proactiveContact: true,
  proactiveHours: 0.1,
  letterHours: 0.1,
  transitionDip: 0.1,
  capabilityMax: 1.1,
  improvementHoursToGain: 40,
  overtimeThresholdWeeks: 1,
  overtimeHoursPerWeek: 4,
  overtimeHoursPerYear: 200,
  borrowThresholdWeeks: 1.5,
  borrowShare: 0.15,
  borrowedProductivity: 0.7,
}) as TeamUnitConfig;

/**
 * @internal The check the unit factories run: the same schema as scenario files
 * (src/experiment/checkOfficeConfig.ts installs it when loaded, which the package
 * and every office run always do; the organisation layer cannot import the
 * schema itself, which imports this file's defaults).
 */
export const unitFactoryCheck: { check: ((factory: string, overrides: unknown, unit: UnitConfig) => void) | null } = { check: null };

/**
 * A standardised unit with `overrides` over the defaults.
 * @throws ScenarioValidationError listing every problem (unknown option, value out of range, a bad policy)
 */
export function standardisedUnit(overrides: Partial<Omit<StandardisedUnitConfig, "regime">> = {}): StandardisedUnitConfig {
  const unit: StandardisedUnitConfig = {
    ...defaultStandardisedUnit,
    ...overrides,
    policies: Array.isArray(overrides.policies) ? [...overrides.policies] : (overrides.policies ?? []),
    regime: "standardised",
  };
  unitFactoryCheck.check?.("standardisedUnit", overrides, unit);
  return unit;
}

/**
 * A trust-based team unit with `overrides` over the defaults.
 * @throws ScenarioValidationError listing every problem (unknown option, value out of range, a bad policy)
 */
export function teamUnit(overrides: Partial<Omit<TeamUnitConfig, "regime">> = {}): TeamUnitConfig {
  const unit: TeamUnitConfig = {
    ...defaultTeamUnit,
    ...overrides,
    policies: Array.isArray(overrides.policies) ? [...overrides.policies] : (overrides.policies ?? []),
    regime: "team",
  };
  unitFactoryCheck.check?.("teamUnit", overrides, unit);
  return unit;
}
