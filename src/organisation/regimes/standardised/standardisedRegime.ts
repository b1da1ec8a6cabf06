/*
 * The standardised, detail-managed regime as a plug-in: tag "standardised", the
 * defaults, the unit as written in a scenario file (every pool staffed), the
 * unit factory and the regime in plain words.
 */
import { z } from "zod";
import { wholeNumber } from "../../../experiment/wholeNumber";
import { POOLS, StandardisedUnit } from "../../StandardisedUnit";
import type { Regime } from "../Regime";
import { commonUnitShape, nonNeg, pos, share, weight } from "../unitSchemaParts";
import { defaultStandardisedUnit as S, type StandardisedUnitConfig } from "./StandardisedUnitConfig";

let shape: ReturnType<typeof standardisedUnitShape> | undefined;

/** A standardised unit as written in a scenario file (without its cross-field checks). */
export function standardisedUnitShape() {
  const poolShares = z.strictObject({
    register: weight(),
    certificate: weight(),
    assess: weight(),
    decide: weight(),
    pay: weight(),
    checkpoint: weight(),
    customerCentre: weight(),
  });
  return z.strictObject({
    regime: z.literal("standardised"),
    ...commonUnitShape(S),
    poolShares: z
      .union([z.literal("auto"), poolShares])
      .default("auto")
      .describe('staff shares per pool (relative weights, each at most 1000), or "auto" (planned hours)'),
    templateFit: pos(S.templateFit, "template hours as a multiple of the mean step need", 100, "a multiple of the mean step need"),
    misfitTolerance: nonNeg(S.misfitTolerance, "a step needing more than template × (1 + tolerance) is a misfit", 100, "a multiple of the template"),
    escalateShare: share(S.escalateShare, "share of misfits escalated"),
    plannedContactsPerCase: nonNeg(S.plannedContactsPerCase, "contacts per claim the customer centre is planned for", 100, "a hundred calls a claim"),
    staffMovesPerWeek: wholeNumber().min(0).max(1000).default(S.staffMovesPerWeek).describe("most staff moved between pools in a week (0 = pools fixed)"),
    moveThresholdWeeks: nonNeg(S.moveThresholdWeeks, "queued-work difference per head (weeks) before anyone is moved", 52, "a year of queued work per head"),
    unfamiliarSlowdown: nonNeg(S.unfamiliarSlowdown, "extra time in a pool new to the handler, at first (share)", 10, "eleven times slower"),
    familiarisationWeeks: nonNeg(S.familiarisationWeeks, "weeks to become familiar with a new pool", 520, "ten years"),
  });
}

/** The standardised regime: claims cut into steps handled by specialised pools behind a customer centre. */
export const standardisedRegime: Regime<StandardisedUnitConfig> = {
  tag: "standardised",
  description:
    "Standardised and detail-managed: the claim is cut into steps (registration, certificate check, assessment, decision, payment, " +
    "follow-up) done by specialised pools, each with its own queue and template effort per step; a customer centre answers citizens first " +
    "and passes on what it cannot resolve; management moves staff between back-office pools week by week.",
  defaults: S,
  minHandlers: { count: POOLS.length, why: `a standardised unit needs one person in each of its ${POOLS.length} pools` },
  unitShape: () => (shape ??= standardisedUnitShape()),
  checkUnit(u, issue) {
    // Every pool has work (steps, reviews, checkpoints, calls), so a pool without staff
    // would hold its queue for ever: each needs a positive share.
    const shares = u["poolShares"];
    if (typeof shares !== "object" || shares === null) return;
    for (const [pool, x] of Object.entries(shares)) {
      if (!((x as number) > 0)) issue(["poolShares", pool], "a number > 0 (every pool has work; a pool without staff never moves)", x);
    }
  },
  create: (index, config, office) => new StandardisedUnit(index, config, office),
  describeUnit: () => "standardised and detail-managed: claims cut into steps handled by specialised pools behind a customer centre",
};
