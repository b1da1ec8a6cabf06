/*
 * The known ways of organising a unit (regimes), by tag. The standardised and
 * the team regime are registered here; a user adds another with
 * `registerRegime` before the first office or scenario is built. Everything that
 * depends on the regime — building units, filling defaults, the scenario
 * schema, the report's description — asks the registry instead of testing tags.
 */
import { closestMatch } from "../../experiment/closestMatch";
import { describeValue } from "../../text/describeValue";
import type { RegimeUnitConfig } from "../UnitConfig";
import type { Regime } from "./Regime";
import { standardisedRegime } from "./standardised/standardisedRegime";
import { teamRegime } from "./team/teamRegime";

const regimes = new Map<string, Regime<RegimeUnitConfig>>();
/** the tags when the scenario schema was built (a later regime would be missing from it) */
let sealed = false;

/**
 * Add a regime. Register it before the first scenario is validated or office
 * built: the scenario schema is built from the regimes known then.
 * @throws Error when the tag is taken, or the scenario schema was already built
 */
export function registerRegime<C extends RegimeUnitConfig>(regime: Regime<C>): void {
  const tag = regime.tag;
  if (typeof tag !== "string" || !/^[A-Za-z][\w-]{0,39}$/.test(tag)) {
    throw new Error(`registerRegime: tag: got ${describeValue(tag)}; expected a name of 1 to 40 letters, digits, "_" or "-", starting with a letter`);
  }
  if (regimes.has(tag)) throw new Error(`registerRegime: tag: got "${tag}"; expected a new tag (known regimes: ${listed()})`);
  if (sealed) {
    throw new Error(
      `registerRegime: regime "${tag}" registered after the scenario schema was built from ${listed()}; register it before the first office or scenario is validated`,
    );
  }
  if (regime.defaults.regime !== tag) {
    throw new Error(`registerRegime: defaults.regime: got ${describeValue(regime.defaults.regime)}; expected "${tag}" (the regime's tag)`);
  }
  regimes.set(tag, regime);
}

/** The tags of the known regimes, in the order they were registered. */
export function knownRegimes(): string[] {
  return [...regimes.keys()];
}

/** Whether `tag` names a known regime. */
export function isKnownRegime(tag: unknown): tag is string {
  return typeof tag === "string" && regimes.has(tag);
}

/** The known regimes as a message lists them: `"standardised", "team"`. */
function listed(): string {
  return knownRegimes()
    .map((r) => `"${r}"`)
    .join(", ");
}

/**
 * What is wrong with `tag` as a regime, for a message after `field: `: the
 * value, the known regimes and the closest one ("did you mean").
 */
export function unknownRegimeText(tag: unknown): string {
  const guess = typeof tag === "string" && tag.length <= 200 ? closestMatch(tag, knownRegimes()) : undefined;
  return `got ${describeValue(tag)}; expected one of the regimes: ${listed()}` + (guess === undefined ? "" : `; did you mean "${guess}"?`);
}

/**
 * The regime with tag `tag`.
 * @param field where the tag was written, for the error message @defaultValue "regime"
 * @throws Error naming the field, the value and the known regimes
 */
export function regimeOf(tag: unknown, field = "regime"): Regime<RegimeUnitConfig> {
  const r = typeof tag === "string" ? regimes.get(tag) : undefined;
  if (r === undefined) throw new Error(`${field}: ${unknownRegimeText(tag)}`);
  return r;
}

/**
 * @internal Every regime, and no more may be registered: the scenario schema
 * calls this when it builds the union of the units.
 */
export function sealRegimes(): Array<Regime<RegimeUnitConfig>> {
  sealed = true;
  return [...regimes.values()];
}

registerRegime(standardisedRegime);
registerRegime(teamRegime);
