/*
 * A way of organising the work of a unit (a regime): its tag, its settings with
 * their defaults, how a unit of it is written in a scenario file, how one is
 * built, and what it is in plain words. The office, the unit factories, the
 * scenario schema, the report and the fuzzers read regimes from the registry
 * (see regimeRegistry), so a new way of working is one definition and one
 * `registerRegime` call.
 */
import type { z } from "zod";
import type { OfficeServices } from "../OfficeServices";
import type { Unit } from "../Unit";
import type { RegimeUnitConfig } from "../UnitConfig";

/** Reports a problem with a unit as written: path inside the unit, what is allowed, the value. */
export type UnitIssue = (path: PropertyKey[], message: string, input: unknown) => void;

/** A way of organising a unit's work. */
export interface Regime<C extends RegimeUnitConfig = RegimeUnitConfig> {
  /** the tag written as `regime` in unit settings and scenario files */
  readonly tag: C["regime"];
  /** the way of working in plain words, for people choosing a regime */
  readonly description: string;
  /** every setting of a unit of this regime with its default (its `name` is the default unit name) */
  readonly defaults: Readonly<C>;
  /** the least staff a unit of this regime can work with, and why. @defaultValue 1 */
  readonly minHandlers?: { readonly count: number; readonly why: string };
  /**
   * The unit as written in a scenario file: a strict zod object of the tag, the
   * common settings (see `commonUnitShape`, with this regime's defaults) and the
   * regime's own, without cross-field refinements (those are `checkUnit`).
   * Built when first asked for.
   */
  unitShape(): z.ZodObject;
  /** Cross-field checks of a unit as parsed (besides `minHandlers`); calls `issue` for each problem. */
  checkUnit?(unit: Readonly<Record<string, unknown>>, issue: UnitIssue): void;
  /** A unit of this regime at position `index` of the office. */
  create(index: number, config: C, office: OfficeServices): Unit;
  /** One clause in plain words of how a unit with these settings (as parsed from a scenario file) works, for reports. */
  describeUnit(unit: Readonly<Record<string, unknown>>): string;
}
