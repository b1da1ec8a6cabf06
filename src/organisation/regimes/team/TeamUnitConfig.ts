/*
 * The settings of a unit of trust-based teams: small teams own claims end to end
 * with one responsible handler. `teamUnit()` fills in the defaults.
 */
import type { CommonUnitConfig } from "../../UnitConfig";
import { sharedCapacityDefaults, sharedUnitBasics } from "../sharedUnitDefaults";
import { unitConfigOf } from "../unitConfigOf";

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
  /** the new date the owner gives in a proactive call, in days from the call as a share of `world.citizens.expectedDecisionDays`. @defaultValue 0.5 (assumption: half the usual wait; was a constant in code) */
  proactiveNewDateShare: number;
  /** extra working hours to write a letter fitted to the case. @defaultValue 0.1 (assumption) */
  letterHours: number;
}

/** Defaults of a trust-based team unit. */
export const defaultTeamUnit: Readonly<TeamUnitConfig> = Object.freeze({
  regime: "team",
  name: "teams",
  ...sharedUnitBasics,
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
  proactiveNewDateShare: 0.5,
  letterHours: 0.1,
  transitionDip: 0.1,
  ...sharedCapacityDefaults,
});

/**
 * A trust-based team unit with `overrides` over the defaults.
 * @throws ScenarioValidationError listing every problem (unknown option, value out of range, a bad policy)
 */
export function teamUnit(overrides: Partial<Omit<TeamUnitConfig, "regime">> = {}): TeamUnitConfig {
  return unitConfigOf(defaultTeamUnit, overrides, "teamUnit");
}
