/*
 * How one unit of the office is organised: the settings every way of working
 * (regime) shares, and the union of the known regimes' settings. Each regime
 * defines its own settings, defaults and factory in its folder under
 * regimes/ (standardised: specialised pools behind a customer centre; team:
 * small teams owning claims end to end).
 */
import type { Policy } from "../policies/Policy";
import type { StandardisedUnitConfig } from "./regimes/standardised/StandardisedUnitConfig";
import type { TeamUnitConfig } from "./regimes/team/TeamUnitConfig";

/** Settings shared by every regime. */
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

/**
 * The settings of each known regime, by tag. A regime defined outside the
 * package adds its settings here by declaration merging
 * (`declare module "caseflow" { interface UnitConfigByRegime { front: FrontUnitConfig } }`)
 * and registers itself with `registerRegime`.
 */
export interface UnitConfigByRegime {
  /** a standardised, detail-managed unit */
  standardised: StandardisedUnitConfig;
  /** a unit of trust-based teams */
  team: TeamUnitConfig;
}

/** A unit of any known regime. */
export type UnitConfig = UnitConfigByRegime[keyof UnitConfigByRegime];

/**
 * @internal The check the unit factories run: the same schema as scenario files
 * (src/models/office/checkOfficeConfig.ts installs it when loaded, which the package
 * and every office run always do; the organisation layer cannot import the
 * schema itself, which imports the regimes' defaults).
 */
export const unitFactoryCheck: { check: ((factory: string, overrides: unknown, unit: RegimeUnitConfig) => void) | null } = { check: null };

/** The settings of a unit of some regime, known or not: the shared settings and the regime's tag. */
export type RegimeUnitConfig = CommonUnitConfig & { regime: string };

// The built-in regimes' settings, defaults and factories live in their folders;
// they are re-exported here for code that imports them from this module.
export { standardisedUnit, defaultStandardisedUnit, type StandardisedUnitConfig, type PoolShares } from "./regimes/standardised/StandardisedUnitConfig";
export { teamUnit, defaultTeamUnit, type TeamUnitConfig } from "./regimes/team/TeamUnitConfig";
