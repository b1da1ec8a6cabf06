import { describe, expect, it } from "vitest";
import {
  Interrupt,
  ProcessError,
  Resource,
  Signal,
  Simulation,
  SimulationError,
  Store,
  holdResource,
  scheduleCapacity,
  type ProcessGenerator,
} from "../../src/engine/index";

describe("event order", () => {
  it("runs simultaneous events by priority then scheduling order", () => {
    const sim = new Simulation();
    const log: string[] = [];
    sim.schedule(1, () => log.push("a@1"));
    sim.schedule(0.5, () => log.push("b@0.5"));
    sim.schedule(1, () => log.push("c@1"));
    sim.schedule(1, () => log.push("urgent@1"), 0);
    sim.run();
    expect(log).toEqual(["b@0.5", "urgent@1", "a@1", "c@1"]);
    expect(sim.now).toBe(1);
  });

  it("processes events strictly before until and sets the clock to until", () => {
    const sim = new Simulation();
    const log: number[] = [];
    for (const t of [1, 2, 3]) sim.schedule(t, () => log.push(t));
    const r = sim.run({ until: 2 });
    expect(log).toEqual([1]);
    expect(r).toEqual({ reason: "until", time: 2, events: 1 });
    sim.run({ until: 10 });
    expect(log).toEqual([1, 2, 3]);
    expect(sim.now).toBe(10);
  });

  it("step() processes one event; stopWhen and stop() end a run", () => {
    const sim = new Simulation();
    let n = 0;
    function* ticker(): ProcessGenerator {
      for (;;) {
        yield sim.timeout(1);
        n++;
        if (n === 7) sim.stop();
      }
    }
    sim.process(ticker(), "ticker");
    expect(sim.step()).toBe(true); // process start
    expect(sim.now).toBe(0);
    const r1 = sim.run({ stopWhen: () => n >= 3 });
    expect(r1.reason).toBe("stopWhen");
    expect(sim.now).toBe(3);
    const r2 = sim.run();
    expect(r2.reason).toBe("stop");
    expect(sim.now).toBe(7);
  });
});

describe("processes", () => {
  it("exact trace of two processes sharing a resource", () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const log: string[] = [];
    function* job(name: string, arrive: number, work: number): ProcessGenerator {
      yield sim.timeout(arrive);
      log.push(`${sim.now} ${name} arrives`);
      const req = res.request();
      yield req;
      log.push(`${sim.now} ${name} starts`);
      yield sim.timeout(work);
      res.release(req);
      log.push(`${sim.now} ${name} leaves`);
    }
    sim.process(job("A", 0, 3));
    sim.process(job("B", 1, 2));
    sim.run();
    expect(log).toEqual(["0 A arrives", "0 A starts", "1 B arrives", "3 A leaves", "3 B starts", "5 B leaves"]);
  });

  it("a process returns a value another process can wait for", () => {
    const sim = new Simulation();
    let got: number | undefined;
    const child = sim.process(
      (function* (): ProcessGenerator<number> {
        yield sim.timeout(2);
        return 42;
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator {
        got = yield child;
      })(),
    );
    sim.run();
    expect(got).toBe(42);
    expect(sim.now).toBe(2);
  });

  it("yielding a process that has already finished continues at once with its value", () => {
    const sim = new Simulation();
    const child = sim.process(
      (function* (): ProcessGenerator<string> {
        yield sim.timeout(1);
        return "done";
      })(),
    );
    const log: unknown[] = [];
    sim.process(
      (function* (): ProcessGenerator {
        yield sim.timeout(5);
        log.push(child.processed, yield child, sim.now);
      })(),
    );
    sim.run();
    expect(log).toEqual([true, "done", 5]);
  });

  it("anyOf and allOf", () => {
    const sim = new Simulation();
    const out: unknown[] = [];
    sim.process(
      (function* (): ProcessGenerator {
        const first = yield sim.anyOf([sim.timeout(5, "slow"), sim.timeout(2, "fast")]);
        out.push(sim.now, first.index, first.value);
        const all = yield sim.allOf([sim.timeout(1, "x"), sim.timeout(3, "y")]);
        out.push(sim.now, all);
      })(),
    );
    sim.run();
    expect(out).toEqual([2, 1, "fast", 5, ["x", "y"]]);
  });

  it("interrupts a waiting process, which can catch and continue", () => {
    const sim = new Simulation();
    const log: string[] = [];
    const sleeper = sim.process(
      (function* (): ProcessGenerator {
        try {
          yield sim.timeout(10);
          log.push("woke normally");
        } catch (e) {
          if (!(e instanceof Interrupt)) throw e;
          log.push(`interrupted at ${sim.now} because ${String(e.cause)}`);
        }
        yield sim.timeout(1);
        log.push(`done at ${sim.now}`);
      })(),
      "sleeper",
    );
    sim.schedule(4, () => sleeper.interrupt("alarm"));
    sim.run();
    expect(log).toEqual(["interrupted at 4 because alarm", "done at 5"]);
  });

  it("an exception inside a process names the process and the time", () => {
    const sim = new Simulation();
    sim.process(
      (function* (): ProcessGenerator {
        yield sim.timeout(2.5);
        throw new Error("boom");
      })(),
      "worker-7",
    );
    let caught: unknown;
    try {
      sim.run();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ProcessError);
    expect((caught as ProcessError).message).toBe('process "worker-7" failed at t=2.5: boom');
    expect((caught as ProcessError).processName).toBe("worker-7");
    expect((caught as ProcessError).time).toBe(2.5);
  });

  it("yielding a non-event is an error naming the process", () => {
    const sim = new Simulation();
    // Yields a number, so it is no ProcessGenerator: the point of the test (JavaScript callers are not type-checked).
    const yieldsNumber = (function* (): Generator<unknown, void, unknown> {
      yield 5;
    })() as ProcessGenerator;
    sim.process(yieldsNumber, "bad");
    expect(() => sim.run()).toThrow(/process "bad" failed at t=0: yielded number 5/);
  });

  it("waits on a signal", () => {
    const sim = new Simulation();
    const sig = new Signal<string>(sim);
    const log: string[] = [];
    for (const name of ["p", "q"]) {
      sim.process(
        (function* (): ProcessGenerator {
          const v = yield sig.wait();
          log.push(`${name} got ${v} at ${sim.now}`);
        })(),
      );
    }
    sim.schedule(3, () => sig.notify("go"));
    sim.run();
    expect(log).toEqual(["p got go at 3", "q got go at 3"]);
  });
});

describe("resources", () => {
  it("serves by priority, then arrival", () => {
    const sim = new Simulation();
    const res = new Resource(sim);
    const order: string[] = [];
    const job = (name: string, prio: number): ProcessGenerator =>
      (function* () {
        yield* holdResource(res, 1, prio);
        order.push(name);
      })();
    sim.process(job("first", 5));
    sim.schedule(0.1, () => {
      sim.process(job("low", 3));
      sim.process(job("high", 1));
      sim.process(job("low2", 3));
    });
    sim.run();
    expect(order).toEqual(["first", "high", "low", "low2"]);
    expect(sim.now).toBe(4);
  });

  it("preempt-resume: a preempted job finishes its remaining work later", () => {
    const sim = new Simulation();
    const res = new Resource(sim, { preemptive: true });
    const log: string[] = [];
    sim.process(
      (function* (): ProcessGenerator {
        const n = yield* holdResource(res, 5, 2);
        log.push(`low done at ${sim.now} after ${n} preemption`);
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator {
        yield sim.timeout(2);
        yield* holdResource(res, 3, 1);
        log.push(`high done at ${sim.now}`);
      })(),
    );
    sim.run();
    // low works 0-2, high 2-5, low resumes 5-8 (3 left)
    expect(log).toEqual(["high done at 5", "low done at 8 after 1 preemption"]);
    expect(res.utilisation()).toBe(1);
  });

  it("capacity schedule: work in progress finishes when capacity drops", () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 2 });
    scheduleCapacity(res, { times: [0, 8], capacities: [2, 0], period: 24 });
    const log: string[] = [];
    const job = (name: string, at: number, work: number): ProcessGenerator =>
      (function* () {
        yield sim.timeout(at);
        yield* holdResource(res, work);
        log.push(`${name} ${sim.now}`);
      })();
    sim.process(job("a", 7, 3)); // starts 7, runs past 8, finishes 10
    sim.process(job("b", 9, 1)); // arrives off-shift: waits until 24, done 25
    sim.run({ until: 30 });
    expect(log).toEqual(["a 10", "b 25"]);
  });

  it("capacity drop with preempt interrupts holders", () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1, onCapacityDrop: "preempt" });
    scheduleCapacity(res, { times: [0, 8], capacities: [1, 0], period: 24 });
    const log: string[] = [];
    sim.process(
      (function* (): ProcessGenerator {
        yield sim.timeout(6);
        yield* holdResource(res, 4);
        log.push(`done ${sim.now}`);
      })(),
    );
    sim.run({ until: 40 });
    // 6-8 (2 h), off until 24, then 2 h more
    expect(log).toEqual(["done 26"]);
  });
});

describe("stores", () => {
  it("FIFO, priority order and filtered get", () => {
    const sim = new Simulation();
    const fifo = new Store<number>(sim);
    const prio = new Store<number>(sim, { order: (a, b) => a - b });
    const got: string[] = [];
    for (const x of [3, 1, 2]) {
      fifo.put(x);
      prio.put(x);
    }
    sim.process(
      (function* (): ProcessGenerator {
        got.push(`fifo ${yield fifo.get()}`);
        got.push(`prio ${yield prio.get()}`);
        got.push(`even ${yield fifo.get((x: number) => x % 2 === 0)}`);
        got.push(`wait ${yield fifo.get((x: number) => x > 10)} at ${sim.now}`);
      })(),
    );
    sim.schedule(4, () => fifo.put(11));
    sim.run();
    expect(got).toEqual(["fifo 3", "prio 1", "even 2", "wait 11 at 4"]);
    expect(fifo.items).toEqual([1]);
  });

  it("a full store makes put wait", () => {
    const sim = new Simulation();
    const s = new Store<string>(sim, { capacity: 1 });
    const log: string[] = [];
    sim.process(
      (function* (): ProcessGenerator {
        yield s.put("a");
        log.push(`put a ${sim.now}`);
        yield s.put("b");
        log.push(`put b ${sim.now}`);
      })(),
    );
    sim.schedule(5, () => void s.get());
    sim.run();
    expect(log).toEqual(["put a 0", "put b 5"]);
  });
});

describe("guards", () => {
  it("stops a zero-time livelock with a clear error", () => {
    const sim = new Simulation({ maxEventsPerInstant: 1000 });
    sim.process(
      (function* (): ProcessGenerator {
        for (;;) yield sim.timeout(0);
      })(),
      "spinner",
    );
    expect(() => sim.run()).toThrow(SimulationError);
    expect(() => new Simulation({ maxEventsPerInstant: 10 }).run()).not.toThrow();
  });

  it("stops a run that exceeds its event budget", () => {
    const sim = new Simulation({ eventBudget: 50 });
    sim.process(
      (function* (): ProcessGenerator {
        for (;;) yield sim.timeout(1);
      })(),
    );
    expect(() => sim.run()).toThrow(/event budget exhausted: 50 events processed by t=50/);
  });

  it("rejects bad delays and until", () => {
    const sim = new Simulation();
    expect(() => sim.timeout(-1)).toThrow(/timeout delay must be a finite number ≥ 0; got -1/);
    expect(() => sim.timeout(NaN)).toThrow(RangeError);
    sim.run({ until: 5 });
    expect(() => sim.run({ until: 4 })).toThrow(/until must be a time ≥ now \(5\); got 4/);
  });
});
