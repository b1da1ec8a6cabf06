/*
 * A reward structure: bonuses, or salary talks that turn on a measured figure.
 * Rewards add no target of their own; they make people respond more strongly
 * to whatever the unit's targets already press for — the gaming grows with the
 * reward as much as the effort does.
 */
import { z } from "zod";
import { lazyDefaults, lazySchema } from "./lazySchema";
import { nonNegative, type OptionsOf, type SettingsOf } from "./optionSchemas";
import { parsePolicyOptions } from "./parsePolicyOptions";
import type { Policy } from "./Policy";

/**
 * The written form of {@link rewardStructure} (`{ kind: "rewardStructure", ...options }`)
 * and the one description of its option. Built on first call.
 */
export const rewardStructureSpecSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal("rewardStructure"),
    bonusStrength: nonNegative(100)
      .default(0.5)
      .describe(
        "how much stronger people respond to pressure: the unit's pressure is multiplied by 1 + bonusStrength (assumption) (at most 100: pressure multiplied by at most 101)",
      ),
  }),
);

/** Options of {@link rewardStructure}, each optional: see {@link rewardStructureSpecSchema} for meaning, bounds and default. */
export type RewardStructureOptions = OptionsOf<typeof rewardStructureSpecSchema>;

/** Defaults of {@link rewardStructure}: the `.default()` of each option in {@link rewardStructureSpecSchema} (read on first use). */
export const rewardStructureDefaults: Readonly<SettingsOf<typeof rewardStructureSpecSchema>> = lazyDefaults(() =>
  parsePolicyOptions("rewardStructure", rewardStructureSpecSchema(), {}),
);

/**
 * A reward tied to the measured figures: `pressureGain` is 1 + bonusStrength,
 * so the pressure the unit's other policies create (and every response keyed to
 * it) grows by that factor. Alone it changes nothing.
 *
 * @param opts options over {@link rewardStructureDefaults}, read with {@link rewardStructureSpecSchema}
 * @throws RangeError naming the option, the value and what is allowed when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function rewardStructure(opts: RewardStructureOptions = {}): Policy {
  const P = "rewardStructure";
  const gain = 1 + parsePolicyOptions(P, rewardStructureSpecSchema(), opts).bonusStrength;
  return {
    name: P,
    pressureGain(): number {
      return gain;
    },
  };
}
