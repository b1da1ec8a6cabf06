/*
 * The written form of a timeline of dated changes (see TimelineChange), for
 * scenario files: each change names what changes ("regime", "policies",
 * "staffing", "demand", "upstream", "officeHours"), its day (days after the
 * start date, or an ISO date) and what it changes to. Checks that need the rest
 * of the scenario — the day inside the horizon, the unit existing — are in
 * `checkTimeline`, run on the whole scenario before anything is simulated.
 */
import { describeValue } from "../../text/describeValue";
import { z } from "zod";
import { parseIsoDate } from "../../engine/civilDate";
import { isKnownRegime, regimeOf, sealRegimes } from "../../organisation/regimes/regimeRegistry";
import type { standardisedUnitShape } from "../../organisation/regimes/standardised/standardisedRegime";
import type { teamUnitShape } from "../../organisation/regimes/team/teamRegime";
import { POLICY_KINDS } from "../../policies/policyFromSpec";
import { policySpecSchema } from "../../policies/policySchemas";
import { closestMatch } from "../../experiment/closestMatch";
import { DEFAULT_REORGANISATION, REORGANISATION_BOUNDS } from "../../organisation/reorganisationTime";
import { WEEK } from "../../organisation/regimes/unitSchemaParts";
import { wholeNumber } from "../../experiment/wholeNumber";

/** Schemas of the office file the timeline reuses. */
export interface TimelineSchemaParts {
  /** office hours of a week */
  officeHours: z.ZodType;
}

/** A unit's new organisation: its shape without the staff and the share of claims, which carry over. */
type SwitchTo<S extends z.ZodObject> = z.ZodObject<Omit<S["shape"], "handlers" | "caseShare">, z.core.$strict>;

/** The new organisations of the built-in regimes (the type of a regime change's `to`). */
type KnownSwitchTo = z.ZodDiscriminatedUnion<[SwitchTo<ReturnType<typeof standardisedUnitShape>>, SwitchTo<ReturnType<typeof teamUnitShape>>]>;

let switchTo: z.ZodType | undefined;

/** The timeline schema built on the unit schemas of the registered regimes and the office-hours schema of the office file. */
export function timelineSchema(parts: TimelineSchemaParts) {
  /** A day: days after the start date, or an ISO date. */
  const day = z
    .union([z.number().min(0).max(36_600), z.iso.date()])
    .describe("day of the run: days after office.startDate (0 = the start date), or an ISO date YYYY-MM-DD");

  const unitRef = z
    .union([z.string().min(1).max(100), wholeNumber().min(0).max(99)])
    .describe('the unit: its name (default names: "standardised", "teams") or its position in office.units (0 = first)');
  // the people are those already employed, and the unit keeps its share of claims;
  // the shapes are without the refinements about staff, which the unit's staff settle (see checkTimeline)
  const to = z
    .lazy(
      () =>
        (switchTo ??= z.discriminatedUnion(
          "regime",
          sealRegimes().map((r) => z.strictObject(r.unitShape().shape).omit({ handlers: true, caseShare: true })) as [z.ZodObject, ...z.ZodObject[]],
        )),
    )
    .describe(
      "the new organisation of the unit (its people and share of claims carry over; name defaults to the unit's)",
    ) as unknown as z.ZodLazy<KnownSwitchTo>;
  const { hoursPerWeek, weeks } = DEFAULT_REORGANISATION;
  const regime = z.strictObject({
    change: z.literal("regime"),
    at: day,
    unit: unitRef,
    to,
    reorganisation: z
      .strictObject({
        hoursPerWeek: z
          .number()
          .min(0)
          .max(REORGANISATION_BOUNDS.hoursPerWeek)
          .default(hoursPerWeek)
          .describe(`hours per person in a full working week (at most ${REORGANISATION_BOUNDS.hoursPerWeek}: ${WEEK}; default an assumption)`),
        weeks: z
          .number()
          .min(0)
          .max(REORGANISATION_BOUNDS.weeks)
          .default(weeks)
          .describe(`weeks from the switch (at most ${REORGANISATION_BOUNDS.weeks}: two years; default an assumption)`),
      })
      .default({ hoursPerWeek, weeks })
      .describe("the time the reorganisation itself takes from casework after the switch: meetings, agreeing on the problems, fact gathering (0 hours = none)"),
  });
  const policies = z.strictObject({
    change: z.literal("policies"),
    at: day,
    unit: unitRef,
    add: z.array(policySpecSchema()).max(50).default([]).describe("policies put in force; one of a kind already in force replaces it (changed options)"),
    remove: z.array(z.enum(POLICY_KINDS)).max(50).default([]).describe("kinds of policy withdrawn"),
  });
  const staffing = z.strictObject({
    change: z.literal("staffing"),
    at: day,
    unit: unitRef,
    hire: wholeNumber().min(0).max(100_000).default(0).describe("new positions filled by new hires"),
    leave: wholeNumber().min(0).max(100_000).default(0).describe("people who leave (positions closed)"),
    freezeUntil: day.optional().describe("no vacancy is filled until this day (hiring freeze)"),
    reinforce: z
      .strictObject({
        handlers: wholeNumber().min(1).max(100_000).describe("experienced people added"),
        until: day.describe("day they go back"),
      })
      .optional()
      .describe("a temporary reinforcement"),
  });
  const demand = z.strictObject({
    change: z.literal("demand"),
    at: day,
    factor: z.number().min(0).max(10).describe("multiplier of the arrival rate of new claims (1.3 = a 30% surge)"),
    until: day.optional().describe("day the usual rate returns (default: the horizon)"),
  });
  const upstream = z.strictObject({
    change: z.literal("upstream"),
    at: day,
    completeShare: z.number().min(0).max(1).optional().describe("certificates complete on arrival from now on"),
    answerDelayDays: z.number().min(0).max(1e6).optional().describe("healthcare's mean answer delay, days"),
    until: day.optional().describe("day the earlier values return (default: never)"),
  });
  const officeHours = z.strictObject({
    change: z.literal("officeHours"),
    at: day,
    hours: parts.officeHours,
  });
  return z
    .array(z.discriminatedUnion("change", [regime, policies, staffing, demand, upstream, officeHours]))
    .max(1000)
    .optional()
    .describe("dated changes while the office runs, e.g. a switch to teams at week 26");
}

/** What `checkTimeline` reads of a parsed scenario. */
interface ScenarioView {
  office: {
    startDate: string;
    units: ReadonlyArray<{ regime: string; name?: string | undefined; handlers: number }>;
    timeline?: ReadonlyArray<Record<string, unknown>> | undefined;
  };
  run: { horizonDays: number };
}

/**
 * Checks of the timeline against the rest of the scenario: every day falls
 * inside the run (0 ≤ day < horizonDays, an `until` after its `at` and at most
 * the horizon), every unit exists (with a "did you mean" for a misspelt name), a
 * switch has the staff the new regime needs (a standardised unit one person in each of its seven pools) and passes its checks, an office-hours
 * change comes after the first day, leavers leave someone behind.
 */
export function checkTimeline(s: ScenarioView, ctx: z.RefinementCtx): void {
  const timeline = s.office?.timeline;
  const units: unknown = s.office?.units; // the refinement sees the input as written: check before reading
  if (!Array.isArray(timeline) || !Array.isArray(units) || !(s.run?.horizonDays > 0)) return;
  const start = parseIsoDate(s.office.startDate);
  const horizon = s.run.horizonDays;
  const names = s.office.units.map((u) => u.name ?? (isKnownRegime(u.regime) ? regimeOf(u.regime).defaults.name : u.regime));
  const toDay = (v: unknown): number => (typeof v === "number" ? v : (parseIsoDate(String(v)) ?? NaN) - (start ?? NaN));
  const issue = (path: PropertyKey[], message: string, input: unknown): void => {
    ctx.addIssue({ code: "custom", path: ["office", "timeline", ...path], message, input });
  };
  const describe = (v: unknown): string => (typeof v === "string" ? `${v}, day ${toDay(v)}` : `day ${String(v)}`);
  timeline.forEach((c: Record<string, unknown>, i: number) => {
    const at = toDay(c["at"]);
    if (!(at >= 0 && at < horizon)) {
      issue([i, "at"], `a day inside the run, from 0 (${s.office.startDate}) to before run.horizonDays (${horizon}), not ${describe(c["at"])}`, c["at"]);
    }
    const untilChecks: Array<[PropertyKey[], unknown]> = [];
    if (c["until"] !== undefined) untilChecks.push([["until"], c["until"]]);
    if (c["freezeUntil"] !== undefined) untilChecks.push([["freezeUntil"], c["freezeUntil"]]);
    const r = c["reinforce"] as { until?: unknown } | undefined;
    if (r !== undefined) untilChecks.push([["reinforce", "until"], r.until]);
    for (const [path, v] of untilChecks) {
      const d = toDay(v);
      if (!(d > at && d <= horizon)) {
        issue([i, ...path], `a day after "at" (${describe(c["at"])}) and at most run.horizonDays (${horizon}), not ${describe(v)}`, v);
      }
    }
    if (c["unit"] === undefined) return;
    const ref = c["unit"];
    const index = typeof ref === "number" ? (ref < names.length ? ref : -1) : names.indexOf(typeof ref === "string" ? ref : describeValue(ref));
    if (index < 0) {
      const guess = typeof ref === "string" ? closestMatch(ref, names) : undefined;
      issue(
        [i, "unit"],
        `the name of a unit (${names.map((n) => JSON.stringify(n)).join(", ")}) or its position 0..${names.length - 1}` +
          (guess === undefined ? "" : `; did you mean "${guess}"?`),
        ref,
      );
      return;
    }
    const unit = s.office.units[index]!;
    const to = c["change"] === "regime" ? (c["to"] as Record<string, unknown> | undefined) : undefined;
    if (to !== undefined && isKnownRegime(to["regime"])) {
      const regime = regimeOf(to["regime"]);
      const min = regime.minHandlers;
      if (min !== undefined && unit.handlers < min.count) {
        const fits = sealRegimes().filter((r) => (r.minHandlers?.count ?? 1) <= unit.handlers);
        issue(
          [i, "to", "regime"],
          `${fits.map((r) => JSON.stringify(r.tag)).join(" or ")} for unit ${JSON.stringify(names[index])}: ${min.why} and it has ${unit.handlers}`,
          regime.tag,
        );
      }
      regime.checkUnit?.(to, (path, message, input) => issue([i, "to", ...path], message, input));
    }
    if (c["change"] === "staffing" && (c["leave"] as number) >= unit.handlers + (c["hire"] as number)) {
      issue([i, "leave"], `a whole number < ${unit.handlers + (c["hire"] as number)} (the unit's staff; someone must stay)`, c["leave"]);
    }
    if (c["change"] === "officeHours" && at < 1) {
      issue([i, "at"], "a day ≥ 1 (for the hours from the start, set office.officeHours)", c["at"]);
    }
  });
}
