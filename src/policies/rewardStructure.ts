/*
 * A reward structure: bonuses, or salary talks that turn on a measured figure.
 * Rewards add no target of their own; they make people respond more strongly
 * to whatever the unit's targets already press for — the gaming grows with the
 * reward as much as the effort does.
 */
import { checkNumber, resolveOptions, type FilledOptions } from "./checkOptions";
import type { Policy } from "./Policy";

/** Options of {@link rewardStructure}. */
export interface RewardStructureOptions {
  /** how much stronger people respond to pressure: the unit's pressure is multiplied by 1 + bonusStrength (≥ 0). @defaultValue 0.5 (assumption) */
  bonusStrength?: number | undefined;
}

/** Defaults of {@link rewardStructure}. */
export const rewardStructureDefaults: Readonly<FilledOptions<RewardStructureOptions>> = Object.freeze({
  bonusStrength: 0.5,
});

/**
 * A reward tied to the measured figures: `pressureGain` is 1 + bonusStrength,
 * so the pressure the unit's other policies create (and every response keyed to
 * it) grows by that factor. Alone it changes nothing.
 *
 * @param opts options over {@link rewardStructureDefaults}
 * @throws RangeError naming the option when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function rewardStructure(opts: RewardStructureOptions = {}): Policy {
  const P = "rewardStructure";
  const o = resolveOptions<FilledOptions<RewardStructureOptions>>(P, rewardStructureDefaults, opts);
  const gain = 1 + checkNumber(P, "bonusStrength", o.bonusStrength, { min: 0 });
  return {
    name: P,
    pressureGain(): number {
      return gain;
    },
  };
}
