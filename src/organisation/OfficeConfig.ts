/*
 * The configuration of a whole office: its calendar, the world it works in and
 * its units (one or more, of any registered regime, side by side). `officeConfig()` fills
 * every default, so a user only writes what differs.
 */
import type { CaseworkParams } from "../casework/CaseworkParams";
import type { WorkingCalendarOptions } from "../engine/WorkingCalendar";
import type { StartingClaim } from "./StartingClaim";
import type { TimelineChange } from "./TimelineChange";
import { checkOfficeConfig } from "../models/office/checkOfficeConfig";
import { workingYear, type WorkingYearConfig, type WorkingYearInput } from "./WorkingYearConfig";
import { regimeOf } from "./regimes/regimeRegistry";
import { unitConfigOf } from "./regimes/unitConfigOf";
import type { UnitConfig } from "./UnitConfig";

/** Deeply optional version of a parameter group. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** A whole office. */
export interface OfficeConfig {
  /** first day of the simulation (ISO date). @defaultValue "2026-01-05" (a Monday) */
  startDate: string;
  /** office hours per weekday [[from, to], …] in hours of the day, Monday first. @defaultValue Mon–Fri 8–12 and 13–16.5 */
  officeHours?: WorkingCalendarOptions["hours"];
  /** public holidays that close the office. @defaultValue "SE" */
  holidays: "SE" | "none";
  /** the sickness-insurance world */
  world: CaseworkParams;
  /** the units */
  units: UnitConfig[];
  /** the office's real open claims at the start; when given they replace the random starting backlog (`demand.initialBacklogWeeks`). @defaultValue none */
  initialBacklog?: StartingClaim[];
  /** dated changes while the office runs (see TimelineChange). @defaultValue none */
  timeline?: TimelineChange[];
  /** leave, sickness and parental leave of the staff (see WorkingYearConfig). @defaultValue none: everyone employed is at work every working day */
  workingYear?: WorkingYearConfig;
}

/** What a user may write: everything optional but the units. */
export interface OfficeInput {
  /** see {@link OfficeConfig.startDate} */
  startDate?: string;
  /** see {@link OfficeConfig.officeHours} */
  officeHours?: WorkingCalendarOptions["hours"];
  /** see {@link OfficeConfig.holidays} */
  holidays?: "SE" | "none";
  /** world parameters differing from the defaults */
  world?: DeepPartial<CaseworkParams>;
  /** the units, each a full config (use standardisedUnit() / teamUnit()) or a partial with a regime tag. @defaultValue one standardised unit */
  units?: Array<UnitConfig | (Partial<UnitConfig> & { regime: UnitConfig["regime"] })>;
  /** see {@link OfficeConfig.initialBacklog} */
  initialBacklog?: StartingClaim[];
  /** dated changes while the office runs (see TimelineChange). @defaultValue none */
  timeline?: TimelineChange[];
  /** a working year with leave, sickness and parental leave; `{}` gives the sourced defaults, each part given overrides them (see WorkingYearConfig); `{ enabled: false }` is the same as leaving it out. @defaultValue none (off: see the model card, "The working year", for why) */
  workingYear?: WorkingYearInput;
}

/**
 * Fill every default of an office, after checking `input` against the same schema
 * as scenario files (unknown keys and regimes are errors; policies must be objects
 * with a name and function hooks).
 * @throws ScenarioValidationError listing every problem, with its path
 */
export function officeConfig(input: OfficeInput = {}): OfficeConfig {
  // the scenario schema fills the world's defaults (and the calendar's): the one place they are applied
  const checked = checkOfficeConfig(input, "office configuration");
  // each unit takes the defaults of its own regime
  const units = (input.units ?? [{ regime: "standardised" }]).map(
    (u, i) => unitConfigOf(regimeOf(u.regime, `units[${i}].regime`).defaults, u, "officeConfig") as UnitConfig,
  );
  const cfg: OfficeConfig = {
    startDate: checked.startDate,
    holidays: checked.holidays,
    world: structuredClone<CaseworkParams>(checked.world),
    units,
  };
  if (input.officeHours !== undefined) cfg.officeHours = input.officeHours;
  if (input.initialBacklog !== undefined) cfg.initialBacklog = structuredClone(input.initialBacklog);
  if (input.timeline !== undefined && input.timeline.length > 0) cfg.timeline = input.timeline;
  if (input.workingYear !== undefined && input.workingYear.enabled !== false) cfg.workingYear = workingYear(input.workingYear);
  return cfg;
}
