/*
 * A signal: processes wait on it and are all woken by the next notify, with the
 * value notified. Useful for "new work has arrived" or "the shift has changed".
 */
import { SimEvent } from "./SimEvent";
import type { Simulation } from "./Simulation";

/** A broadcast wake-up: every wait() pending at notify() is woken with its value. */
export class Signal<T = undefined> {
  private waiters: SimEvent<T>[] = [];

  /** @param sim owning simulation */
  constructor(readonly sim: Simulation) {}

  /** Number of processes waiting. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** An event processed at the next {@link Signal.notify}. */
  wait(): SimEvent<T> {
    const ev = new SimEvent<T>(this.sim);
    this.waiters.push(ev);
    return ev;
  }

  /** Wake every waiter with `value`; returns how many were woken. */
  notify(value?: T): number {
    const ws = this.waiters;
    if (ws.length === 0) return 0;
    this.waiters = [];
    for (const ev of ws) if (!ev.triggered) ev.succeed(value);
    return ws.length;
  }
}
