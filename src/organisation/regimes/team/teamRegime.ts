/*
 * The trust-based team regime as a plug-in: tag "team", the defaults, the unit
 * as written in a scenario file, the unit factory and the regime in plain words.
 */
import { z } from "zod";
import { wholeNumber } from "../../../experiment/wholeNumber";
import { TeamUnit } from "../../TeamUnit";
import type { Regime } from "../Regime";
import { commonUnitShape, DAY, nonNeg, share } from "../unitSchemaParts";
import { defaultTeamUnit as T, type TeamUnitConfig } from "./TeamUnitConfig";

let shape: ReturnType<typeof teamUnitShape> | undefined;

/** A team unit as written in a scenario file. */
export function teamUnitShape() {
  return z.strictObject({
    regime: z.literal("team"),
    ...commonUnitShape(T),
    teamSize: wholeNumber().min(1).max(1000).default(T.teamSize).describe("people per team"),
    specialise: z.boolean().default(T.specialise).describe("internal specialisation (Torsby)"),
    specialistShare: z.number().min(0).lt(1).default(T.specialistShare).describe("share of each team working as specialists"),
    internalHandoffFactor: share(T.internalHandoffFactor, "cost of an internal handover relative to one between pools"),
    ownerResolves: share(T.ownerResolves, "the owner resolves a contact"),
    proactiveContact: z.boolean().default(T.proactiveContact).describe("owner calls when a promised date will slip"),
    proactiveHours: nonNeg(T.proactiveHours, "hours of a proactive call", 8, DAY),
    proactiveNewDateShare: nonNeg(
      T.proactiveNewDateShare,
      "days from a proactive call to the new date it gives, as a share of the citizens' expectedDecisionDays",
      10,
      "ten times the usual wait",
    ),
    letterHours: nonNeg(T.letterHours, "hours to write a fitted letter", 8, DAY),
  });
}

function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** The trust-based team regime: small teams own claims end to end with one responsible handler. */
export const teamRegime: Regime<TeamUnitConfig> = {
  tag: "team",
  description:
    "Trust-based teams: small teams own claims end to end; each claim has one responsible handler who works every step with effort " +
    "following the claim's need, writes letters fitted to it, answers the citizen directly and calls before a promised date slips; " +
    "a team may specialise inside (registration, certificate check and payment to the team's specialists).",
  defaults: T,
  unitShape: () => (shape ??= teamUnitShape()),
  create: (index, config, office) => new TeamUnit(index, config, office),
  describeUnit(u) {
    const size = typeof u["teamSize"] === "number" ? ` of ${u["teamSize"]}` : "";
    const spec =
      u["specialise"] === true
        ? `, with internal specialisation (${fmt(100 * (typeof u["specialistShare"] === "number" ? u["specialistShare"] : 0))}% specialists)`
        : "";
    const proactive = u["proactiveContact"] === true ? ", calling citizens before a promised date slips" : "";
    return `trust-based teams${size} owning each claim end to end${spec}${proactive}`;
  },
};
