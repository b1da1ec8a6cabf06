/*
 * The context a policy hook is called with, as the policy gets it: a frozen
 * object whose fields read the unit's current context when they are read. The
 * measured figures and the typical step hours are frozen too, and the random
 * stream is a plain function drawing from the policy's own stream, so a policy
 * cannot change what the unit (or another policy) sees.
 */
import type { MeasuredFigures, PolicyContext } from "./Policy";

/** The measured figures, in the order of {@link MeasuredFigures}. */
export const MEASURED_FIGURES: readonly (keyof MeasuredFigures)[] = Object.freeze([
  "decisionsPerHandlerWeek",
  "leadTimeDays",
  "callAnswerSeconds",
  "auditedAccuracy",
  "rejectionShare",
  "backlogPerHandler",
]);

/**
 * A read-only view of the context that `live()` returns when read.
 * @param live the unit's current context (it may be changed between hook calls; the view follows it)
 * @returns a frozen object; assigning to a field, or to a measured figure, throws in strict code
 */
export function contextView(live: () => PolicyContext): PolicyContext {
  const measured = {} as Record<keyof MeasuredFigures, number>;
  for (const key of MEASURED_FIGURES) {
    Object.defineProperty(measured, key, { get: () => live().measured[key], enumerable: true });
  }
  Object.freeze(measured);
  let stepHoursOf: readonly number[] | null = null;
  let stepHours: readonly number[] = Object.freeze([]);
  const rng = Object.freeze(() => live().rng());
  return Object.freeze({
    get now() {
      return live().now;
    },
    get regime() {
      return live().regime;
    },
    get unit() {
      return live().unit;
    },
    get pressure() {
      return live().pressure;
    },
    measured,
    get typicalStepHours() {
      const hours = live().typicalStepHours;
      if (hours !== stepHoursOf) {
        stepHoursOf = hours;
        stepHours = Object.freeze([...hours]);
      }
      return stepHours;
    },
    rng,
  });
}
