/*
 * A process: a piece of model behaviour written as a synchronous generator
 * function that yields events to wait for them (a timeout, a resource request, a
 * store get or put, a condition over several events, a signal). The process is
 * itself an event that is triggered when the generator returns, so other
 * processes can wait for it (when nothing waits for it at that moment it is
 * marked processed at once instead of taking a calendar entry). An exception inside it is reported with the
 * process's name and the simulation time.
 */
import { Interrupt } from "./Interrupt";
import { EventState, SimEvent, URGENT, type EventCallback } from "./SimEvent";
import { ProcessError } from "./SimulationError";
import type { Simulation } from "./Simulation";

/** The generator a process runs: it yields events and may return a value. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- `yield ev` returns the value of whichever event was yielded; callers annotate it
export type ProcessGenerator<R = void> = Generator<SimEvent<unknown>, R, any>;

/**
 * A running generator in simulated time. Created by {@link Simulation.process};
 * it starts at the current time (before normal events at that time) and, as an
 * event, succeeds with the generator's return value.
 */
export class Process<R = unknown> extends SimEvent<R> {
  private target: SimEvent<unknown> | null = null;
  /** made on the first interrupt; most processes are never interrupted */
  private interruptCb: EventCallback | null = null;
  /**
   * @internal 1 while the process itself sits in the calendar as its own start
   * entry (no separate start event is made), 0 once started
   */
  _start = 1;
  private nameGiven: string | undefined;
  private readonly id: number;

  /**
   * @param sim owning simulation
   * @param generator the generator object to drive
   * @param name name used in error messages and traces @defaultValue `process#N` (N: the process's number)
   * @param id number of the process in its simulation, for the default name
   */
  constructor(
    sim: Simulation,
    private readonly generator: ProcessGenerator<R>,
    name?: string,
    id = 0,
  ) {
    super(sim);
    this.nameGiven = name;
    this.id = id;
    // the process is its own start entry: URGENT at the current time, in the
    // calendar's order like any event, but its state stays Pending (alive)
    sim._scheduleStart(this);
  }

  /** Name used in error messages and traces (`process#N` unless one was given). */
  get name(): string {
    return (this.nameGiven ??= `process#${this.id}`);
  }

  /** @internal called by the simulation: the start, or the process's own completion */
  override _process(): void {
    if (this._start !== 0) {
      this._start = 0;
      this._resume(this);
      return;
    }
    super._process();
  }

  /** True until the generator has returned or thrown. */
  get isAlive(): boolean {
    return this._state === EventState.Pending;
  }

  /** The event the process is waiting for, or `null` when it is not waiting. */
  get waitingFor(): SimEvent<unknown> | null {
    return this.target;
  }

  /**
   * Throw an {@link Interrupt} carrying `cause` into the process at its current
   * `yield`, at the current time and before normal events at that time. The
   * event it was waiting for no longer resumes it. Throws if the process has ended.
   */
  interrupt(cause?: unknown): void {
    if (this._state !== EventState.Pending) {
      throw new Error(`process "${this.name}" has ended and cannot be interrupted`);
    }
    const ev = new SimEvent<Interrupt>(this.sim);
    ev._ok = false;
    ev._value = new Interrupt(cause);
    ev._defused = true;
    ev._cb = this.interruptCb ??= (iev) => {
      if (this._state !== EventState.Pending) return; // finished meanwhile
      if (this.target !== null) this.target._removeWaiter(this);
      this.target = null;
      this._resume(iev);
    };
    this.sim._schedule(ev, 0, URGENT);
  }

  /**
   * @internal resume the generator with the outcome of `first` (at the start:
   * the process itself, pending, so the generator gets `undefined`)
   */
  _resume(first: SimEvent<unknown>): void {
    const sim = this.sim;
    const gen = this.generator;
    sim._active = this;
    let ev = first;
    for (;;) {
      let r: IteratorResult<SimEvent<unknown>, R>;
      try {
        r = ev._ok ? gen.next(ev._value) : gen.throw(ev._value);
      } catch (err) {
        this.target = null;
        sim._active = null;
        this.fail(err instanceof ProcessError ? err : new ProcessError(this.name, sim.now, err));
        return;
      }
      if (r.done === true) {
        this.target = null;
        sim._active = null;
        if (this._cb === null && this._callbacks === null) {
          // nobody waits for this process: it is processed at once (no calendar
          // entry); a later yield on it continues immediately with its value
          this._ok = true;
          this._value = r.value;
          this._state = EventState.Processed;
          return;
        }
        this.succeed(r.value);
        return;
      }
      const next = r.value;
      if (!(next instanceof SimEvent)) {
        this.target = null;
        sim._active = null;
        this.fail(new ProcessError(this.name, sim.now, new TypeError(`yielded ${describeValue(next)}; a process may only yield events`)));
        return;
      }
      if (next._state === EventState.Processed) {
        if (!next._ok) next._defused = true;
        ev = next;
        continue;
      }
      next._addCallback(this);
      this.target = next;
      break;
    }
    sim._active = null;
  }
}

function describeValue(v: unknown): string {
  if (v === null) return "null";
  switch (typeof v) {
    case "object":
      return `an object (${v.constructor?.name ?? "Object"})`;
    case "function":
      return `a function (${v.name || "anonymous"})`;
    case "symbol":
      return v.toString();
    case "string":
      return `string ${JSON.stringify(v)}`;
    default:
      return `${typeof v} ${v as number | boolean | bigint | undefined}`;
  }
}
