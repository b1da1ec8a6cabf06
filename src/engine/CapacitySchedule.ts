/*
 * A capacity schedule (shifts): a resource's number of servers follows a
 * timetable of (time, capacity) steps, optionally repeating with a period. What
 * happens to work in progress when capacity drops is the resource's
 * `onCapacityDrop` setting: "finish" (default) lets it finish, "preempt"
 * interrupts the excess holders.
 */
import type { Resource } from "./Resource";

/** A timetable of capacity steps. */
export interface CapacityTimetable {
  /** Step times relative to the start of the period, ascending, first must be 0. */
  times: readonly number[];
  /** Capacity from each step time on (whole numbers ≥ 0). */
  capacities: readonly number[];
  /** Length of the repeating period; Infinity = no repetition. @defaultValue Infinity */
  period?: number;
}

/**
 * Make `resource`'s capacity follow `timetable` from the current time on.
 * Returns a function that stops the schedule.
 */
export function scheduleCapacity(resource: Resource, timetable: CapacityTimetable): () => void {
  const { times, capacities } = timetable;
  const period = timetable.period ?? Infinity;
  const name = resource.name;
  if (times.length === 0 || times.length !== capacities.length) {
    throw new RangeError(
      `${name}: timetable needs as many capacities as times and at least one step; got ${times.length} times, ${capacities.length} capacities`,
    );
  }
  if (times[0] !== 0) throw new RangeError(`${name}: timetable.times[0] must be 0; got ${String(times[0])}`);
  for (let i = 1; i < times.length; i++) {
    if (!((times[i] as number) > (times[i - 1] as number))) {
      throw new RangeError(`${name}: timetable.times must be strictly ascending; times[${i}] = ${String(times[i])}`);
    }
  }
  if (!(period > (times[times.length - 1] as number))) {
    throw new RangeError(`${name}: timetable.period must exceed the last step time; got ${String(period)}`);
  }
  capacities.forEach((c, i) => {
    if (!Number.isInteger(c) || c < 0) {
      throw new RangeError(`${name}: timetable.capacities[${i}] must be a whole number ≥ 0; got ${String(c)}`);
    }
  });
  const sim = resource.sim;
  const origin = sim.now;
  let stopped = false;
  const apply = (cycle: number, i: number): void => {
    if (stopped) return;
    resource.setCapacity(capacities[i] as number);
    let nextI = i + 1;
    let nextCycle = cycle;
    if (nextI >= times.length) {
      if (period === Infinity) return;
      nextI = 0;
      nextCycle += 1;
    }
    const at = origin + nextCycle * period + (times[nextI] as number);
    sim.schedule(at - sim.now, () => apply(nextCycle, nextI));
  };
  apply(0, 0);
  return () => {
    stopped = true;
  };
}
