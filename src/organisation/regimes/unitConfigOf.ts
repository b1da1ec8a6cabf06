/*
 * A unit's settings from its regime's defaults and what the user wrote: the one
 * way every regime's factory (`standardisedUnit()`, `teamUnit()`, a plug-in
 * regime's) fills in defaults, checked against the scenario schema.
 */
import { unitFactoryCheck, type RegimeUnitConfig } from "../UnitConfig";

/**
 * `overrides` over `defaults` (the policy list copied, the regime tag kept).
 * @param factory the factory's name, for error messages
 * @throws ScenarioValidationError listing every problem (unknown option, value out of range, a bad policy)
 */
export function unitConfigOf<C extends RegimeUnitConfig>(defaults: Readonly<C>, overrides: object, factory: string): C {
  const over = overrides as Partial<C>;
  const unit = {
    ...defaults,
    ...over,
    policies: Array.isArray(over.policies) ? [...over.policies] : (over.policies ?? []),
    regime: defaults.regime,
  } as C;
  unitFactoryCheck.check?.(factory, overrides, unit);
  return unit;
}
