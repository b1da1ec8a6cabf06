/*
 * The simulation: a clock and an event calendar. Processes, resources and stores
 * all belong to one Simulation. The clock jumps from event to event; simultaneous
 * events run in the calendar's documented order (time, then priority — interrupts
 * and process starts before ordinary events — then the order in which they were
 * scheduled). Guards stop a zero-time livelock or a run over its event budget with
 * a clear error instead of a hang.
 */
import { allOf, anyOf, type FirstOf } from "./Condition";
import { EventQueue } from "./EventQueue";
import { Process, type ProcessGenerator } from "./Process";
import { EventState, NORMAL, SimEvent, URGENT, type EventCallback } from "./SimEvent";
import { SimulationError, formatTime } from "./SimulationError";

/** Settings of a simulation. */
export interface SimulationOptions {
  /** Time at which the clock starts. @defaultValue 0 */
  startTime?: number;
  /**
   * Most events allowed at one instant before the run is stopped as a zero-time
   * livelock. @defaultValue 1_000_000
   */
  maxEventsPerInstant?: number;
  /** Most events allowed over the simulation's life. @defaultValue Infinity */
  eventBudget?: number;
}

/** How to run. */
export interface RunOptions {
  /**
   * Stop when the clock would pass this time: events scheduled strictly before
   * `until` are processed, then the clock is set to `until`. @defaultValue Infinity
   */
  until?: number;
  /** Checked after every event; the run stops when it returns true. */
  stopWhen?: () => boolean;
}

/** Why a run returned. */
export type StopReason = "until" | "empty" | "stopWhen" | "stop";

/** What {@link Simulation.run} returns. */
export interface RunResult {
  /** why it stopped */
  reason: StopReason;
  /** the clock when it stopped */
  time: number;
  /** events processed during this call */
  events: number;
}

/** A discrete-event simulation: clock, event calendar and process factory. */
export class Simulation {
  /** @internal */ _now: number;
  /** @internal process currently running, if any */ _active: Process<unknown> | null = null;
  private readonly queue: EventQueue<SimEvent<unknown>>;
  private readonly maxPerInstant: number;
  private readonly budget: number;
  private processedCount = 0;
  private instantTime = NaN;
  private instantCount = 0;
  private stopRequested = false;
  private processCounter = 0;

  /** @param options see {@link SimulationOptions} */
  constructor(options: SimulationOptions = {}) {
    const start = options.startTime ?? 0;
    if (!Number.isFinite(start)) {
      throw new RangeError(`startTime must be a finite number; got ${String(start)}`);
    }
    const maxPer = options.maxEventsPerInstant ?? 1_000_000;
    if (!(maxPer >= 1)) {
      throw new RangeError(`maxEventsPerInstant must be at least 1; got ${String(maxPer)}`);
    }
    const budget = options.eventBudget ?? Infinity;
    if (!(budget >= 1)) {
      throw new RangeError(`eventBudget must be at least 1; got ${String(budget)}`);
    }
    this._now = start;
    this.queue = new EventQueue<SimEvent<unknown>>(start);
    this.maxPerInstant = maxPer;
    this.budget = budget;
  }

  /** Current simulation time. */
  get now(): number {
    return this._now;
  }

  /** Total events processed so far. */
  get eventsProcessed(): number {
    return this.processedCount;
  }

  /** Number of events waiting in the calendar. */
  get pending(): number {
    return this.queue.size;
  }

  /** Time of the next event, or `Infinity` if there is none. */
  peek(): number {
    return this.queue.peekTime();
  }

  /** The process whose generator is running right now, or `null`. */
  get activeProcess(): Process<unknown> | null {
    return this._active;
  }

  /** @internal put a triggered event into the calendar */
  _schedule(ev: SimEvent<unknown>, delay: number, priority: number): void {
    if (!(delay >= 0) || delay === Infinity) {
      throw new RangeError(`delay must be a finite number ≥ 0; got ${String(delay)} at t=${formatTime(this._now)}`);
    }
    ev._state = EventState.Triggered;
    this.queue.push(ev, this._now + delay, priority);
  }

  /**
   * @internal put a new process into the calendar as its own start entry: now,
   * URGENT, its state left Pending
   */
  _scheduleStart(proc: Process<unknown>): void {
    this.queue.push(proc, this._now, URGENT);
  }

  /** A new pending event; trigger it with `succeed` or `fail`. */
  event<T = unknown>(): SimEvent<T> {
    return new SimEvent<T>(this);
  }

  /** An event processed `delay` time units from now, carrying `value`. */
  timeout<T = undefined>(delay: number, value?: T): SimEvent<T> {
    if (!(delay >= 0) || delay === Infinity) {
      throw new RangeError(`timeout delay must be a finite number ≥ 0; got ${String(delay)} at t=${formatTime(this._now)}`);
    }
    const ev = new SimEvent<T>(this);
    ev._value = value;
    ev._state = EventState.Triggered;
    this.queue.push(ev, this._now + delay, NORMAL);
    return ev;
  }

  /** Run `callback` after `delay` (a plain scheduled function, no process needed). */
  schedule(delay: number, callback: EventCallback, priority: number = NORMAL): SimEvent<undefined> {
    const ev = new SimEvent<undefined>(this);
    ev._cb = callback;
    this._schedule(ev, delay, priority);
    return ev;
  }

  /**
   * Start a process running `generator`. It starts at the current time, before
   * ordinary events at this time. `name` appears in errors; default `process#N`.
   */
  process<R>(generator: ProcessGenerator<R>, name?: string): Process<R> {
    this.processCounter += 1;
    return new Process<R>(this, generator, name, this.processCounter);
  }

  /** An event processed when the first of `events` is (see {@link anyOf}). */
  anyOf<T>(events: ReadonlyArray<SimEvent<T>>): SimEvent<FirstOf<T>> {
    return anyOf(this, events);
  }

  /** An event processed when all of `events` are (see {@link allOf}). */
  allOf<T>(events: ReadonlyArray<SimEvent<T>>): SimEvent<T[]> {
    return allOf(this, events);
  }

  /** Ask the current `run` to return after the event being processed. */
  stop(): void {
    this.stopRequested = true;
  }

  /**
   * Process the next event. Returns false when the calendar is empty.
   * Throws a {@link SimulationError} when a guard trips, and rethrows the error of
   * a failed event nobody waited for (for a process: a {@link ProcessError}).
   */
  step(): boolean {
    const queue = this.queue;
    const ev = queue.pop();
    if (ev === undefined) return false;
    const t = queue.poppedTime;
    if (t === this.instantTime) {
      if (++this.instantCount > this.maxPerInstant) {
        throw new SimulationError(
          `zero-time livelock: more than ${this.maxPerInstant} events at t=${formatTime(t)} ` +
            `without the clock advancing (raise maxEventsPerInstant if this is intended)`,
          t,
        );
      }
    } else {
      this.instantTime = t;
      this.instantCount = 1;
    }
    if (++this.processedCount > this.budget) {
      throw new SimulationError(
        `event budget exhausted: ${this.budget} events processed by t=${formatTime(t)} ` + `(raise eventBudget if the model needs more)`,
        t,
      );
    }
    this._now = t;
    ev._process();
    // (a process's start entry leaves it Pending or Triggered: a failure at its
    // start is thrown when its failure event is processed, as for any event)
    if (!ev._ok && !ev._defused && ev._state === EventState.Processed) throw ev._value;
    return true;
  }

  /** Run until `until`, a stop condition, `stop()`, or an empty calendar. */
  run(options: RunOptions = {}): RunResult {
    const until = options.until ?? Infinity;
    if (Number.isNaN(until) || until < this._now) {
      throw new RangeError(`until must be a time ≥ now (${formatTime(this._now)}); got ${String(until)}`);
    }
    const stopWhen = options.stopWhen;
    const before = this.processedCount;
    this.stopRequested = false;
    const queue = this.queue;
    for (;;) {
      if (queue.size === 0) {
        if (until !== Infinity) this._now = until;
        return { reason: "empty", time: this._now, events: this.processedCount - before };
      }
      if (queue.peekTime() >= until) {
        this._now = until;
        return { reason: "until", time: until, events: this.processedCount - before };
      }
      this.step();
      if (this.stopRequested) {
        this.stopRequested = false;
        return { reason: "stop", time: this._now, events: this.processedCount - before };
      }
      if (stopWhen !== undefined && stopWhen()) {
        return { reason: "stopWhen", time: this._now, events: this.processedCount - before };
      }
    }
  }
}
