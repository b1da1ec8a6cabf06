/*
 * The kernel's contracts pinned exactly: the errors it throws (with their
 * messages), the guards' boundaries, the clock after a run, the getters, the
 * order in which waiters are resumed and removed, and a process's name, state
 * and failure reporting. Written against the mutants Stryker found surviving in
 * src/engine/Simulation.ts, SimEvent.ts and Process.ts (docs/testing.md
 * "Mutation testing"); each test is a few microseconds of simulated work.
 */
import { describe, expect, it } from "vitest";
import { Interrupt, ProcessError, Simulation, SimulationError, type ProcessGenerator, type SimEvent } from "../../src/engine/index";

function errorOf(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error");
}

describe("Simulation options and guards", () => {
  it("rejects bad options naming the option and the value", () => {
    expect(() => new Simulation({ startTime: NaN })).toThrow(new RangeError("startTime must be a finite number; got NaN"));
    expect(() => new Simulation({ startTime: Infinity })).toThrow("startTime must be a finite number; got Infinity");
    expect(() => new Simulation({ maxEventsPerInstant: 0 })).toThrow(new RangeError("maxEventsPerInstant must be at least 1; got 0"));
    expect(() => new Simulation({ maxEventsPerInstant: NaN })).toThrow("maxEventsPerInstant must be at least 1; got NaN");
    expect(() => new Simulation({ eventBudget: 0.5 })).toThrow(new RangeError("eventBudget must be at least 1; got 0.5"));
    expect(() => new Simulation({ eventBudget: NaN })).toThrow("eventBudget must be at least 1; got NaN");
    // the smallest allowed values are accepted
    expect(() => new Simulation({ maxEventsPerInstant: 1, eventBudget: 1 })).not.toThrow();
  });

  it("starts the clock at startTime: processes start and timeouts count from there", () => {
    const sim = new Simulation({ startTime: 10 });
    expect(sim.now).toBe(10);
    expect(sim.peek()).toBe(Infinity);
    const seen: number[] = [];
    sim.process(
      (function* (): ProcessGenerator {
        seen.push(sim.now);
        yield sim.timeout(2);
        seen.push(sim.now);
      })(),
    );
    expect(sim.peek()).toBe(10);
    expect(sim.pending).toBe(1);
    const r = sim.run();
    expect(seen).toEqual([10, 12]);
    expect(r).toEqual({ reason: "empty", time: 12, events: 2 });
    expect(sim.eventsProcessed).toBe(2);
    expect(sim.pending).toBe(0);
  });

  it("allows exactly maxEventsPerInstant events at one instant, and counts afresh when the clock moves", () => {
    const run = (perInstant: number): Simulation => {
      const sim = new Simulation({ maxEventsPerInstant: 3 });
      for (const t of [0, 1]) for (let i = 0; i < perInstant; i++) sim.schedule(t, () => undefined);
      sim.run();
      return sim;
    };
    expect(run(3).eventsProcessed).toBe(6);
    const e = errorOf(() => run(4));
    expect(e).toBeInstanceOf(SimulationError);
    expect(e.message).toBe("zero-time livelock: more than 3 events at t=0 without the clock advancing (raise maxEventsPerInstant if this is intended)");
    expect((e as SimulationError).time).toBe(0);
  });

  it("allows exactly eventBudget events and stops at the next with the time", () => {
    const ok = new Simulation({ eventBudget: 3 });
    for (const t of [1, 2, 3]) ok.schedule(t, () => undefined);
    expect(ok.run()).toEqual({ reason: "empty", time: 3, events: 3 });
    const over = new Simulation({ eventBudget: 3 });
    for (const t of [1, 2, 3, 4.25]) over.schedule(t, () => undefined);
    const e = errorOf(() => over.run());
    expect(e).toBeInstanceOf(SimulationError);
    expect(e.message).toBe("event budget exhausted: 3 events processed by t=4.25 (raise eventBudget if the model needs more)");
    expect((e as SimulationError).time).toBe(4.25);
  });

  it("rejects bad delays with the value and the time", () => {
    const sim = new Simulation({ startTime: 2 });
    expect(() => sim.schedule(-1, () => undefined)).toThrow(new RangeError("delay must be a finite number ≥ 0; got -1 at t=2"));
    expect(() => sim.schedule(Infinity, () => undefined)).toThrow("delay must be a finite number ≥ 0; got Infinity at t=2");
    expect(() => sim.event().succeed(undefined, NaN)).toThrow("delay must be a finite number ≥ 0; got NaN at t=2");
    expect(() => sim.timeout(Infinity)).toThrow(new RangeError("timeout delay must be a finite number ≥ 0; got Infinity at t=2"));
    expect(() => sim.timeout(-0.5)).toThrow("timeout delay must be a finite number ≥ 0; got -0.5 at t=2");
    expect(() => sim.run({ until: NaN })).toThrow(new RangeError("until must be a time ≥ now (2); got NaN"));
    expect(sim.pending).toBe(0);
    // zero delays are allowed
    sim.schedule(0, () => undefined);
    expect(sim.timeout(0).triggered).toBe(true);
    expect(sim.pending).toBe(2);
  });
});

describe("Simulation.run and step", () => {
  it("an empty calendar with a finite until moves the clock to until; without one it stays", () => {
    const sim = new Simulation();
    sim.schedule(3, () => undefined);
    expect(sim.run({ until: 8 })).toEqual({ reason: "empty", time: 8, events: 1 });
    expect(sim.now).toBe(8);
    expect(sim.run({ until: 8 })).toEqual({ reason: "empty", time: 8, events: 0 });
    expect(sim.run()).toEqual({ reason: "empty", time: 8, events: 0 });
    expect(sim.now).toBe(8);
    expect(sim.step()).toBe(false);
  });

  it("an event exactly at until waits for the next run; the result counts this call's events", () => {
    const sim = new Simulation();
    const log: number[] = [];
    for (const t of [1, 2, 2, 5]) sim.schedule(t, () => log.push(t));
    expect(sim.run({ until: 2 })).toEqual({ reason: "until", time: 2, events: 1 });
    expect(sim.peek()).toBe(2);
    expect(sim.run({ until: 5 })).toEqual({ reason: "until", time: 5, events: 2 });
    expect(log).toEqual([1, 2, 2]);
    expect(sim.eventsProcessed).toBe(3);
  });

  it("stop() ends only the current run; stopWhen is checked after each event", () => {
    const sim = new Simulation();
    const log: number[] = [];
    sim.schedule(1, () => {
      log.push(1);
      sim.stop();
    });
    sim.schedule(2, () => log.push(2));
    sim.schedule(3, () => log.push(3));
    expect(sim.run()).toEqual({ reason: "stop", time: 1, events: 1 });
    let checks = 0;
    expect(
      sim.run({
        stopWhen: () => {
          checks++;
          return sim.now >= 2;
        },
      }),
    ).toEqual({ reason: "stopWhen", time: 2, events: 1 });
    expect(checks).toBe(1);
    expect(sim.run()).toEqual({ reason: "empty", time: 3, events: 1 });
    expect(log).toEqual([1, 2, 3]);
  });

  it("a run ended by stop() counts only its own events", () => {
    const sim = new Simulation();
    for (const t of [1, 2, 3]) sim.schedule(t, () => undefined);
    sim.schedule(3, () => sim.stop());
    expect(sim.run({ until: 2 })).toEqual({ reason: "until", time: 2, events: 1 });
    expect(sim.run()).toEqual({ reason: "stop", time: 3, events: 3 });
    expect(sim.eventsProcessed).toBe(4);
  });

  it("a stop() asked outside a run does not end the next run", () => {
    const sim = new Simulation();
    sim.schedule(1, () => undefined);
    sim.schedule(2, () => undefined);
    sim.stop();
    expect(sim.run()).toEqual({ reason: "empty", time: 2, events: 2 });
  });

  it("a failed event nobody waits for stops the run with its error; one a process waits for does not", () => {
    const sim = new Simulation();
    const boom = new Error("boom");
    sim.event().fail(boom, 1);
    expect(() => sim.run()).toThrow(boom);
    expect(sim.now).toBe(1);

    const sim2 = new Simulation();
    const ev = sim2.event<number>();
    const log: string[] = [];
    sim2.process(
      (function* (): ProcessGenerator {
        try {
          yield ev;
        } catch (e) {
          log.push(`caught ${(e as Error).message} at ${sim2.now}`);
        }
      })(),
    );
    ev.fail(new Error("late"), 4);
    expect(sim2.run()).toEqual({ reason: "empty", time: 4, events: 2 });
    expect(log).toEqual(["caught late at 4"]);
    expect(ev.ok).toBe(false);
    expect(ev.processed).toBe(true);
  });

  it("activeProcess is the process whose generator runs, null outside", () => {
    const sim = new Simulation();
    const seen: unknown[] = [];
    const p = sim.process(
      (function* (): ProcessGenerator {
        seen.push(sim.activeProcess);
        yield sim.timeout(1);
        seen.push(sim.activeProcess);
      })(),
    );
    sim.schedule(0.5, () => seen.push(sim.activeProcess));
    expect(sim.activeProcess).toBeNull();
    sim.run();
    expect(seen).toEqual([p, null, p]);
    expect(sim.activeProcess).toBeNull();
  });
});

describe("SimEvent", () => {
  it("is triggered once; a second succeed or fail is an error", () => {
    const sim = new Simulation();
    const ev = sim.event<string>();
    expect([ev.triggered, ev.processed, ev.ok, ev.value]).toEqual([false, false, true, undefined]);
    expect(ev.succeed("v", 2)).toBe(ev);
    expect([ev.triggered, ev.processed]).toEqual([true, false]);
    expect(() => ev.succeed("w")).toThrow(new Error("event has already been triggered"));
    expect(() => ev.fail(new Error("x"))).toThrow("event has already been triggered");
    const failed = sim.event();
    failed.fail("reason", 1).onProcessed(() => undefined);
    expect(() => failed.succeed()).toThrow("event has already been triggered");
    expect(() => failed.fail("again")).toThrow("event has already been triggered");
    sim.run();
    expect([ev.processed, ev.ok, ev.value, failed.ok, failed.value]).toEqual([true, true, "v", false, "reason"]);
    expect(sim.now).toBe(2);
  });

  it("succeed and fail take a delay and a priority", () => {
    const sim = new Simulation();
    const log: string[] = [];
    const a = sim.event();
    const b = sim.event();
    const c = sim.event();
    a.onProcessed(() => log.push("a"));
    b.onProcessed(() => log.push("b"));
    c.onProcessed(() => log.push(`c ${String(c.value)}`));
    a.succeed(undefined, 3);
    b.succeed(undefined, 3, 0); // URGENT: before a at the same time
    c.fail("late", 3, 2); // after both
    sim.run();
    expect(log).toEqual(["b", "a", "c late"]);
  });

  it("resumes waiters in registration order; a removed first waiter hands its place to the next", () => {
    const sim = new Simulation();
    const log: string[] = [];
    const ev = sim.event();
    const w = (name: string) => (): void => void log.push(name);
    const ws = ["a", "b", "c", "d"].map(w);
    for (const f of ws) ev.onProcessed(f);
    ev.removeCallback(ws[0]!); // the first: b moves up
    ev.removeCallback(ws[2]!); // one in the list
    ev.removeCallback(() => undefined); // not registered: nothing happens
    ev.onProcessed(w("e"));
    ev.succeed();
    sim.run();
    expect(log).toEqual(["b", "d", "e"]);
    // registered after processing: runs at once
    ev.onProcessed(w("f"));
    expect(log).toEqual(["b", "d", "e", "f"]);
  });

  it("removing the only waiter leaves none; removing from an event with one waiter and others does not drop the others", () => {
    const sim = new Simulation();
    const log: string[] = [];
    const only = sim.event();
    const f = (): void => void log.push("only");
    only.onProcessed(f);
    only.removeCallback(f);
    only.succeed();
    const two = sim.event();
    const g = (): void => void log.push("g");
    const h = (): void => void log.push("h");
    two.onProcessed(g);
    two.onProcessed(h);
    two.removeCallback(g);
    two.removeCallback(g); // a second time: no effect
    two.succeed();
    sim.run();
    expect(log).toEqual(["h"]);
  });

  it("removing a callback that was never registered keeps the one that was (and is harmless on an event without waiters)", () => {
    const sim = new Simulation();
    const log: string[] = [];
    const ev = sim.event();
    const none = sim.event();
    const stranger = (): void => void log.push("stranger");
    none.removeCallback(stranger);
    ev.onProcessed(() => log.push("f"));
    ev.removeCallback(stranger);
    ev.succeed();
    none.succeed();
    sim.run();
    expect(log).toEqual(["f"]);
  });

  it("removing every waiter, the later one first, leaves none", () => {
    const sim = new Simulation();
    const log: string[] = [];
    const ev = sim.event();
    const f = (): void => void log.push("f");
    const g = (): void => void log.push("g");
    ev.onProcessed(f);
    ev.onProcessed(g);
    ev.removeCallback(g); // the list behind the first is now empty
    ev.removeCallback(f);
    ev.succeed();
    expect(sim.run()).toEqual({ reason: "empty", time: 0, events: 1 });
    expect(log).toEqual([]);
  });

  it("processes waiting for the same event resume in the order they started waiting", () => {
    const sim = new Simulation();
    const ev = sim.event<string>();
    const log: string[] = [];
    for (const name of ["p", "q", "r"]) {
      sim.process(
        (function* (): ProcessGenerator {
          log.push(`${name} ${String(yield ev)}`);
        })(),
      );
    }
    sim.schedule(1, () => void ev.succeed("go"));
    sim.run();
    expect(log).toEqual(["p go", "q go", "r go"]);
  });
});

describe("Process", () => {
  it("names processes process#N in creation order unless named", () => {
    const sim = new Simulation();
    const idle = function* (): ProcessGenerator {
      yield sim.timeout(1);
    };
    const a = sim.process(idle());
    const b = sim.process(idle(), "worker");
    const c = sim.process(idle());
    expect([a.name, b.name, c.name]).toEqual(["process#1", "worker", "process#3"]);
  });

  it("is alive until it returns and tells what it waits for", () => {
    const sim = new Simulation();
    let t: SimEvent<unknown> | undefined;
    const p = sim.process(
      (function* (): ProcessGenerator<string> {
        t = sim.timeout(2);
        yield t;
        return "ok";
      })(),
    );
    expect(p.isAlive).toBe(true);
    expect(p.waitingFor).toBeNull();
    sim.run({ until: 1 });
    expect(p.isAlive).toBe(true);
    expect(p.waitingFor).toBe(t);
    sim.run();
    expect(p.isAlive).toBe(false);
    expect(p.waitingFor).toBeNull();
    expect([p.processed, p.ok, p.value]).toEqual([true, true, "ok"]);
  });

  it("an ended process cannot be interrupted", () => {
    const sim = new Simulation();
    const p = sim.process(
      (function* (): ProcessGenerator {
        yield sim.timeout(1);
      })(),
      "short",
    );
    sim.run();
    expect(() => p.interrupt("late")).toThrow(new Error('process "short" has ended and cannot be interrupted'));
  });

  it("an interrupt that arrives after the process ended at the same instant is dropped", () => {
    const sim = new Simulation();
    const log: string[] = [];
    const p = sim.process(
      (function* (): ProcessGenerator<string> {
        yield sim.timeout(1);
        // interrupt itself, then return before the interrupt is processed
        sim.activeProcess!.interrupt("self");
        log.push("returning");
        return "done";
      })(),
    );
    expect(sim.run()).toEqual({ reason: "empty", time: 1, events: 3 });
    expect(log).toEqual(["returning"]);
    expect(p.value).toBe("done");
  });

  it("an interrupted process no longer waits for its old event; the interrupt carries the cause", () => {
    const sim = new Simulation();
    const log: string[] = [];
    const ev = sim.event<string>();
    const p = sim.process(
      (function* (): ProcessGenerator {
        try {
          yield ev;
        } catch (e) {
          const i = e as Interrupt;
          log.push(`${i.name}: ${i.message} at ${sim.now}`);
        }
        log.push(`then ${String(yield sim.timeout(5, "t"))} at ${sim.now}`);
      })(),
    );
    sim.schedule(1, () => p.interrupt(new Error("stop now")));
    sim.schedule(2, () => void ev.succeed("old"));
    sim.run();
    expect(log).toEqual(["Interrupt: interrupted: stop now at 1", "then t at 6"]);
    // the interrupt of an object with a kind, of a number, and without a cause
    expect(new Interrupt({ kind: "preempted" }).message).toBe("interrupted: preempted");
    expect(new Interrupt(7).message).toBe("interrupted: 7");
    expect(new Interrupt(undefined).message).toBe("interrupted");
  });

  it("two interrupts at one instant are both delivered, in order", () => {
    const sim = new Simulation();
    const causes: unknown[] = [];
    const p = sim.process(
      (function* (): ProcessGenerator {
        for (let i = 0; i < 3; i++) {
          try {
            yield sim.timeout(10);
          } catch (e) {
            causes.push([(e as Interrupt).cause, sim.now]);
          }
        }
      })(),
    );
    sim.schedule(1, () => {
      p.interrupt("a");
      p.interrupt("b");
    });
    sim.run();
    expect(causes).toEqual([
      ["a", 1],
      ["b", 1],
    ]);
    expect(sim.now).toBe(11);
  });

  it("a process that fails with another process's error passes it on unwrapped", () => {
    const sim = new Simulation();
    const child = sim.process(
      (function* (): ProcessGenerator {
        yield sim.timeout(1);
        throw new Error("inner");
      })(),
      "child",
    );
    sim.process(
      (function* (): ProcessGenerator {
        yield child;
      })(),
      "parent",
    );
    const e = errorOf(() => sim.run());
    expect(e).toBeInstanceOf(ProcessError);
    expect(e.message).toBe('process "child" failed at t=1: inner');
    expect((e as ProcessError).processName).toBe("child");
    expect(e.stack).toContain("--- caused by ---");
  });

  it("a non-Error thrown is reported with its text; times are rounded to 6 decimals", () => {
    const sim = new Simulation();
    sim.process(
      (function* (): ProcessGenerator {
        yield sim.timeout(1 / 3);
        throw "plain"; // eslint-disable-line @typescript-eslint/only-throw-error -- what a careless model might do
      })(),
      "p",
    );
    expect(() => sim.run()).toThrow(new ProcessError("p", 1 / 3, "plain"));
    expect(new ProcessError("p", 1 / 3, "plain").message).toBe('process "p" failed at t=0.333333: plain');
  });

  it("yielding an event already processed continues at once; a failed one is thrown in and does not stop the run", () => {
    const sim = new Simulation();
    const good = sim.timeout(1, "g");
    const bad = sim.event();
    const log: unknown[] = [];
    bad.onProcessed(() => undefined);
    bad.fail(new Error("old failure"), 1);
    sim.process(
      (function* (): ProcessGenerator {
        yield sim.timeout(2);
        log.push(yield good, sim.now);
        try {
          yield bad;
        } catch (e) {
          log.push((e as Error).message, sim.now);
        }
      })(),
    );
    expect(sim.run()).toEqual({ reason: "empty", time: 2, events: 4 });
    expect(log).toEqual(["g", 2, "old failure", 2]);
  });

  it("a process that fails at its start stops the run when its failure event is processed, not before", () => {
    const sim = new Simulation();
    sim.process(
      (function* (): ProcessGenerator {
        if (sim.now === 0) throw new Error("at once");
        yield sim.timeout(1);
      })(),
      "early",
    );
    expect(() => sim.run()).toThrow('process "early" failed at t=0: at once');
    // the start entry, then the process's own failure event
    expect(sim.eventsProcessed).toBe(2);
    expect(sim.pending).toBe(0);
  });

  it("names what a process yielded by mistake", () => {
    class Thing {}
    const cases: [unknown, string][] = [
      [null, "null"],
      [undefined, "undefined undefined"],
      [true, "boolean true"],
      ["s", 'string "s"'],
      [Symbol("z"), "Symbol(z)"],
      [new Thing(), "an object (Thing)"],
      [Object.create(null), "an object (Object)"],
      [function named(): void {}, "a function (named)"],
      [
        (
          () => () =>
            undefined
        )(),
        "a function (anonymous)",
      ],
      [3n, "bigint 3"],
    ];
    for (const [value, text] of cases) {
      const sim = new Simulation();
      sim.process(
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- yields a non-event on purpose
        (function* (): Generator<any, void, any> {
          yield value;
        })(),
        "bad",
      );
      expect(() => sim.run()).toThrow(`process "bad" failed at t=0: yielded ${text}; a process may only yield events`);
    }
  });
});
