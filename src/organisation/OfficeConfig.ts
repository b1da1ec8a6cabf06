/*
 * The configuration of a whole office: its calendar, the world it works in and
 * its units (one or more, of either regime, side by side). `officeConfig()` fills
 * every default, so a user only writes what differs.
 */
import { defaultCaseworkParams, type CaseworkParams } from "../casework/CaseworkParams";
import type { WorkingCalendarOptions } from "../engine/WorkingCalendar";
import type { StartingClaim } from "./StartingClaim";
import type { TimelineChange } from "./TimelineChange";
import { checkOfficeConfig } from "../models/office/checkOfficeConfig";
import { standardisedUnit, teamUnit, type UnitConfig } from "./UnitConfig";

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
}

function merge<T>(base: T, over: unknown): T {
  if (over === undefined) return structuredClone(base);
  if (typeof base !== "object" || base === null || Array.isArray(base)) return over as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over as Record<string, unknown>)) {
    out[k] = merge((base as Record<string, unknown>)[k], v);
  }
  return out as T;
}

/**
 * Fill every default of an office, after checking `input` against the same schema
 * as scenario files (unknown keys and regimes are errors; policies must be objects
 * with a name and function hooks).
 * @throws ScenarioValidationError listing every problem, with its path
 */
export function officeConfig(input: OfficeInput = {}): OfficeConfig {
  checkOfficeConfig(input, "office configuration");
  const units = (input.units ?? [{ regime: "standardised" }]).map((u) =>
    u.regime === "team" ? teamUnit(u as Partial<UnitConfig> as never) : standardisedUnit(u as Partial<UnitConfig> as never),
  );
  const cfg: OfficeConfig = {
    startDate: input.startDate ?? "2026-01-05",
    holidays: input.holidays ?? "SE",
    world: merge(defaultCaseworkParams as CaseworkParams, input.world),
    units,
  };
  if (input.officeHours !== undefined) cfg.officeHours = input.officeHours;
  if (input.initialBacklog !== undefined) cfg.initialBacklog = structuredClone(input.initialBacklog);
  if (input.timeline !== undefined && input.timeline.length > 0) cfg.timeline = input.timeline;
  return cfg;
}
