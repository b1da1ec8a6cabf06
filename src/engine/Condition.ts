/*
 * Waiting for several events at once: `anyOf` is processed when the first of its
 * events is, `allOf` when the last one is. If one of the events fails first, the
 * condition fails with the same error.
 */
import { EventState, SimEvent } from "./SimEvent";
import type { Simulation } from "./Simulation";

/** Value of an `anyOf` condition: which event came first and what it carried. */
export interface FirstOf<T> {
  /** position of the first event in the list passed in */
  index: number;
  /** the event itself */
  event: SimEvent<T>;
  /** its value */
  value: T;
}

/**
 * An event processed as soon as any of `events` is processed. An empty list
 * succeeds at once with index -1.
 */
export function anyOf<T>(sim: Simulation, events: ReadonlyArray<SimEvent<T>>): SimEvent<FirstOf<T>> {
  const cond = new SimEvent<FirstOf<T>>(sim);
  if (events.length === 0) {
    return cond.succeed({ index: -1, event: cond as unknown as SimEvent<T>, value: undefined as T });
  }
  events.forEach((ev, index) => {
    ev.onProcessed((done) => {
      if (cond._state !== EventState.Pending) return;
      if (done._ok) cond.succeed({ index, event: ev, value: done._value as T });
      else cond.fail(done._value);
    });
  });
  return cond;
}

/**
 * An event processed once every one of `events` is processed; its value is the
 * list of their values in the order given. An empty list succeeds at once.
 */
export function allOf<T>(sim: Simulation, events: ReadonlyArray<SimEvent<T>>): SimEvent<T[]> {
  const cond = new SimEvent<T[]>(sim);
  let left = events.length;
  if (left === 0) return cond.succeed([]);
  for (const ev of events) {
    ev.onProcessed((done) => {
      if (cond._state !== EventState.Pending) return;
      if (!done._ok) {
        cond.fail(done._value);
        return;
      }
      left -= 1;
      if (left === 0) cond.succeed(events.map((e) => e._value as T));
    });
  }
  return cond;
}
