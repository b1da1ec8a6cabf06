/*
 * An event: something that will happen at a point in simulated time. Processes
 * wait for events by yielding them; when an event is processed, everything
 * waiting for it is resumed in the order it started waiting. An event is pending
 * until it is triggered (succeed/fail), then sits in the calendar until the clock
 * reaches it, then is processed exactly once.
 */
import type { Process } from "./Process";
import type { Simulation } from "./Simulation";

/** Priority of interrupts and process starts: runs before normal events at the same time. */
export const URGENT = 0;
/** Priority of ordinary events (timeouts, resource grants, store transfers, signals). */
export const NORMAL = 1;

/** Life-cycle state of an event. */
export const enum EventState {
  /** Not yet triggered. */
  Pending = 0,
  /** Triggered and waiting in the calendar. */
  Triggered = 1,
  /** Taken from the calendar; its callbacks have run. */
  Processed = 2,
}

/** A function run when an event is processed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a callback typed for its own event's value (SimEvent<number>) must be accepted
export type EventCallback = (event: SimEvent<any>) => void;

/**
 * @internal what waits for an event: a callback, or a process (resumed directly,
 * which spares every process a closure)
 */
export type Waiter = EventCallback | Process<unknown>;

/**
 * An event in simulated time carrying a value of type `T`.
 * Create one with {@link Simulation.event}; trigger it with {@link SimEvent.succeed}
 * or {@link SimEvent.fail}. Yielding it from a process waits until it is processed.
 */
export class SimEvent<T = unknown> {
  /** @internal */ _state: EventState = EventState.Pending;
  /** @internal */ _ok = true;
  /** @internal */ _value: unknown = undefined;
  /** @internal a failure someone has handled (waited for) need not stop the run */
  _defused = false;
  /**
   * @internal the first callback, kept outside the list because most events have
   * exactly one waiter (saves allocating an array per wait)
   */
  _cb: Waiter | null = null;
  /** @internal waiters after the first, in registration order */
  _callbacks: Waiter[] | null = null;

  /** @param sim the simulation this event belongs to */
  constructor(readonly sim: Simulation) {}

  /** True once the event has been triggered (it may not have been processed yet). */
  get triggered(): boolean {
    return this._state !== EventState.Pending;
  }

  /** True once the event has been processed and its waiters resumed. */
  get processed(): boolean {
    return this._state === EventState.Processed;
  }

  /** True when the event succeeded (meaningful once triggered). */
  get ok(): boolean {
    return this._ok;
  }

  /** The value the event carries (the error when it failed). */
  get value(): T {
    return this._value as T;
  }

  /**
   * Trigger the event successfully, to be processed after `delay` (default 0)
   * with the given priority (default {@link NORMAL}). Throws if already triggered.
   */
  succeed(value?: T, delay = 0, priority: number = NORMAL): this {
    if (this._state !== EventState.Pending) {
      throw new Error("event has already been triggered");
    }
    this._ok = true;
    this._value = value;
    this.sim._schedule(this, delay, priority);
    return this;
  }

  /**
   * Trigger the event as failed with `error`: every process waiting for it has the
   * error thrown at its `yield`. A failed event nobody waits for stops the run.
   */
  fail(error: unknown, delay = 0, priority: number = NORMAL): this {
    if (this._state !== EventState.Pending) {
      throw new Error("event has already been triggered");
    }
    this._ok = false;
    this._value = error;
    this.sim._schedule(this, delay, priority);
    return this;
  }

  /**
   * Run `callback` when the event is processed. If it has been processed already
   * the callback runs at once.
   */
  onProcessed(callback: EventCallback): void {
    if (this._state === EventState.Processed) {
      callback(this);
      return;
    }
    this._addCallback(callback);
  }

  /** @internal register a waiter on an event not yet processed */
  _addCallback(waiter: Waiter): void {
    if (this._cb === null) this._cb = waiter;
    else if (this._callbacks === null) this._callbacks = [waiter];
    else this._callbacks.push(waiter);
  }

  /** Stop calling `callback` when the event is processed. */
  removeCallback(callback: EventCallback): void {
    this._removeWaiter(callback);
  }

  /** @internal stop resuming or calling `waiter` when the event is processed */
  _removeWaiter(waiter: Waiter): void {
    const cbs = this._callbacks;
    if (this._cb === waiter) {
      // promote the next waiter so registration order is kept
      this._cb = cbs !== null && cbs.length > 0 ? (cbs.shift() as Waiter) : null;
      return;
    }
    if (cbs === null) return;
    const i = cbs.indexOf(waiter);
    if (i >= 0) cbs.splice(i, 1);
  }

  /** @internal called by the simulation when the clock reaches the event */
  _process(): void {
    this._state = EventState.Processed;
    const cb = this._cb;
    if (cb === null) return;
    const cbs = this._callbacks;
    this._cb = null;
    this._callbacks = null;
    if (typeof cb === "function") cb(this);
    else cb._resume(this);
    if (cbs !== null) {
      for (let i = 0; i < cbs.length; i++) {
        const w = cbs[i] as Waiter;
        if (typeof w === "function") w(this);
        else w._resume(this);
      }
    }
    if (!this._ok) this._defused = true;
  }
}
