/*
 * Resource's contracts pinned exactly: its input errors (with their messages),
 * its views (holders, queue), release and withdrawal, the queue order among equal
 * and different priorities, who is preempted (the least important holder, the
 * most recently granted among equals; never an equal or more important one),
 * capacity changes under both rules, and the time averages. Written against the
 * mutants Stryker found surviving in src/engine/Resource.ts (docs/testing.md
 * "Mutation testing"); every test is a hand-checked trace.
 */
import { describe, expect, it } from "vitest";
import { Interrupt, Resource, Simulation, holdResource, type Preempted, type ProcessGenerator, type Request } from "../../src/engine/index";

describe("Resource input", () => {
  it("rejects bad options and requests naming the resource, the field and the value", () => {
    const sim = new Simulation();
    expect(() => new Resource(sim, { capacity: 1.5, name: "desk" })).toThrow(new RangeError("desk: capacity must be a whole number ≥ 0; got 1.5"));
    expect(() => new Resource(sim, { capacity: -1 })).toThrow("resource: capacity must be a whole number ≥ 0; got -1");
    expect(() => new Resource(sim, { onCapacityDrop: "drop" as "finish" })).toThrow(
      new RangeError('resource: onCapacityDrop must be "finish" or "preempt"; got drop'),
    );
    const r = new Resource(sim, { name: "desk" });
    expect(() => r.setCapacity(-2)).toThrow("desk: capacity must be a whole number ≥ 0; got -2");
    expect(() => r.request({ priority: NaN })).toThrow(new RangeError("desk: request priority must be finite; got NaN"));
    expect(() => r.request({ priority: -Infinity })).toThrow("desk: request priority must be finite; got -Infinity");
    const other = new Resource(sim).request();
    expect(() => r.request({ resumes: other })).toThrow(new RangeError("desk: request option resumes must be a request of this resource"));
    expect(() => r.request({ resumes: {} as Request })).toThrow("desk: request option resumes must be a request of this resource");
    // capacity 0 is allowed
    expect(new Resource(sim, { capacity: 0 }).capacity).toBe(0);
    expect(r.name).toBe("desk");
    expect(new Resource(sim).name).toBe("resource");
  });

  it("defaults: one server, not preemptive", () => {
    const sim = new Simulation();
    const r = new Resource(sim);
    expect([r.capacity, r.preemptive, r.count, r.queueLength]).toEqual([1, false, 0, 0]);
    const a = r.request({ priority: 5 });
    const b = r.request({ priority: 0 }); // more important, but the resource is not preemptive
    expect(r.users).toEqual([a]);
    expect(r.queue).toEqual([b]);
    expect([a.priority, b.priority, a.preempt]).toEqual([5, 0, true]);
  });
});

describe("Resource queue and release", () => {
  it("orders waiting requests by priority, then arrival, including a resumed request's place", () => {
    const sim = new Simulation();
    const r = new Resource(sim);
    const held = r.request({ priority: 2 }); // holder
    const names = new Map<Request, string>();
    const ask = (name: string, priority: number, resumes?: Request): Request => {
      const q = r.request(resumes === undefined ? { priority } : { priority, resumes });
      names.set(q, name);
      return q;
    };
    const a = ask("a", 2);
    ask("b", 1);
    ask("c", 2);
    ask("d", 1);
    ask("e", 3);
    ask("f", 2, held); // continues the holder's request: its place is ahead of every later one of its class
    ask("g", 0);
    expect(a.priority).toBe(2);
    expect(r.queue.map((q) => names.get(q))).toEqual(["g", "b", "d", "f", "a", "c", "e"]);
    expect(r.queueLength).toBe(7);
  });

  it("a resumed request takes the lost one's priority unless it gives one", () => {
    const sim = new Simulation();
    const r = new Resource(sim);
    const lost = r.request({ priority: 4 });
    expect(r.request({ resumes: lost }).priority).toBe(4);
    expect(r.request({ resumes: lost, priority: 1 }).priority).toBe(1);
  });

  it("release serves the next waiting request; releasing twice or withdrawing a waiting request changes nothing else", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 2 });
    const a = r.request();
    const b = r.request();
    const c = r.request();
    const d = r.request();
    expect([r.count, r.queueLength]).toEqual([2, 2]);
    r.release(c); // withdrawn while waiting
    expect(r.queue).toEqual([d]);
    r.release(c); // again: nothing
    expect([r.count, r.queueLength]).toEqual([2, 1]);
    a.cancel(); // releases a's server: d is granted
    expect(r.users).toEqual([b, d]);
    expect(r.queueLength).toBe(0);
    a.cancel();
    expect(r.users).toEqual([b, d]);
    sim.run();
    expect([a.grantTime, d.grantTime, c.grantTime]).toEqual([0, 0, NaN]);
  });

  it("a new request waits behind a queue even when a server is free at that instant", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 0 });
    const a = r.request();
    r.setCapacity(1); // a is granted at once
    expect(r.users).toEqual([a]);
    const b = r.request();
    expect(r.queue).toEqual([b]);
  });

  it("grants in the request's time and records request and grant times", () => {
    const sim = new Simulation();
    const r = new Resource(sim);
    const log: string[] = [];
    const job = (name: string, at: number, work: number): ProcessGenerator =>
      (function* () {
        yield sim.timeout(at);
        const q = r.request();
        yield q;
        log.push(`${name} asked ${q.requestTime} got ${q.grantTime}`);
        yield sim.timeout(work);
        r.release(q);
      })();
    sim.process(job("a", 1, 3));
    sim.process(job("b", 2, 1));
    sim.run();
    expect(log).toEqual(["a asked 1 got 1", "b asked 2 got 4"]);
  });
});

describe("preemption", () => {
  /** a holder that records how it lost its server */
  function holder(sim: Simulation, r: Resource, name: string, priority: number, log: string[]): ProcessGenerator {
    return (function* () {
      const q = r.request({ priority });
      yield q;
      log.push(`${name} granted ${sim.now}`);
      try {
        yield sim.timeout(100);
        r.release(q);
      } catch (e) {
        const cause = (e as Interrupt<Preempted>).cause;
        const by = cause.by === null ? "capacity" : cause.by.name;
        log.push(`${name} preempted ${sim.now} by ${by} (since ${cause.usageSince}, ${String(cause.request === q)}, ${String(cause.resource === r)})`);
      }
    })();
  }

  it("takes the least important holder's server, the most recently granted among equals", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 3, preemptive: true });
    const log: string[] = [];
    sim.process(holder(sim, r, "x", 2, log), "x");
    sim.schedule(1, () => void sim.process(holder(sim, r, "y", 2, log), "y"));
    sim.schedule(2, () => void sim.process(holder(sim, r, "z", 1, log), "z"));
    sim.schedule(3, () => void sim.process(holder(sim, r, "v", 0, log), "v"));
    sim.schedule(4, () => void sim.process(holder(sim, r, "w", 0, log), "w"));
    sim.run({ until: 5 });
    expect(log).toEqual([
      "x granted 0",
      "y granted 1",
      "z granted 2",
      // the interrupt is urgent: the loser hears it before the winner's grant is processed
      "y preempted 3 by v (since 1, true, true)",
      "v granted 3",
      "x preempted 4 by w (since 0, true, true)",
      "w granted 4",
    ]);
    expect(r.users.map((q) => q.priority)).toEqual([1, 0, 0]);
  });

  it("never preempts an equal or more important holder, nor with preempt: false, nor at capacity 0", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { preemptive: true });
    const log: string[] = [];
    sim.process(holder(sim, r, "h", 1, log), "h");
    sim.schedule(1, () => {
      r.request({ priority: 1 }); // equal
      r.request({ priority: 2 }); // less important
      r.request({ priority: 0, preempt: false });
    });
    sim.run({ until: 2 });
    expect(log).toEqual(["h granted 0"]);
    expect(r.queue.map((q) => q.priority)).toEqual([0, 1, 2]);
    const empty = new Resource(sim, { capacity: 0, preemptive: true });
    const q = empty.request({ priority: -5 });
    expect(empty.queue).toEqual([q]);
  });

  it('with no servers left (capacity dropped to 0 under "finish"), a more important request waits instead of taking the finishing holder\'s server', () => {
    const sim = new Simulation();
    const r = new Resource(sim, { preemptive: true });
    const low = r.request({ priority: 5 });
    r.setCapacity(0); // low finishes its work
    const high = r.request({ priority: 1 });
    expect(r.users).toEqual([low]);
    expect(r.queue).toEqual([high]);
  });

  it("of two equally important holders granted at the same instant, the later grant is preempted", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 2, preemptive: true });
    const a = r.request({ priority: 3 });
    const b = r.request({ priority: 3 });
    const c = r.request({ priority: 1 });
    expect(r.users).toEqual([a, c]);
    expect(b.grantTime).toBe(a.grantTime);
  });

  it("a preempted holder whose process has ended is not interrupted", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { preemptive: true });
    const held = r.request({ priority: 3 }); // made outside any process: no owner
    expect(held.owner).toBeNull();
    const taker = r.request({ priority: 1 });
    expect(r.users).toEqual([taker]);
    expect(() => sim.run()).not.toThrow();
  });
});

describe("capacity changes", () => {
  it("raising capacity serves waiting requests at once, in order", () => {
    const sim = new Simulation();
    const r = new Resource(sim);
    r.request();
    const b = r.request({ priority: 1 });
    const c = r.request({ priority: 0 });
    const d = r.request({ priority: 2 });
    r.setCapacity(3);
    expect(r.users.slice(1)).toEqual([c, b]);
    expect(r.queue).toEqual([d]);
    expect(r.capacity).toBe(3);
  });

  it('"finish": holders keep their servers when capacity drops and no one starts until below it', () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 3 });
    const a = r.request();
    const b = r.request();
    const c = r.request();
    const d = r.request();
    r.setCapacity(1);
    expect(r.users).toEqual([a, b, c]);
    r.release(a);
    r.release(b);
    expect(r.users).toEqual([c]);
    expect(r.queue).toEqual([d]);
    r.release(c);
    expect(r.users).toEqual([d]);
  });

  it('"preempt": the excess holders lose their servers, least important and latest first', () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 4, onCapacityDrop: "preempt" });
    const log: string[] = [];
    const job = (name: string, priority: number, at: number): ProcessGenerator =>
      (function* () {
        yield sim.timeout(at);
        const q = r.request({ priority });
        yield q;
        try {
          yield sim.timeout(100);
        } catch (e) {
          const cause = (e as Interrupt<Preempted>).cause;
          log.push(`${name} ${cause.kind} at ${sim.now} by ${cause.by === null ? "capacity" : cause.by.name}`);
        }
      })();
    sim.process(job("a", 1, 0));
    sim.process(job("b", 2, 1));
    sim.process(job("c", 2, 2));
    sim.process(job("d", 0, 3));
    sim.schedule(5, () => r.setCapacity(2));
    sim.run({ until: 6 });
    expect(log).toEqual(["c preempted at 5 by capacity", "b preempted at 5 by capacity"]);
    expect(r.users.map((q) => q.priority)).toEqual([1, 0]);
  });
});

describe("time averages", () => {
  it("utilisation is busy server-time over offered server-time; meanBusy is busy servers over elapsed time", () => {
    const sim = new Simulation({ startTime: 10 });
    const r = new Resource(sim, { capacity: 2 });
    expect([r.utilisation(), r.meanBusy()]).toEqual([0, 0]); // nothing elapsed
    let q: Request | undefined;
    sim.schedule(2, () => {
      q = r.request();
    });
    sim.schedule(6, () => r.setCapacity(1));
    sim.schedule(8, () => r.release(q!));
    sim.run({ until: 20 });
    // busy 12–18: 6 server-hours; offered 2×6 (10–16) + 1×4 (16–20) = 16; elapsed 10
    expect(r.utilisation()).toBe(6 / 16);
    expect(r.meanBusy()).toBe(6 / 10);
  });

  it("no capacity offered gives utilisation 0", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 0 });
    r.request();
    sim.run({ until: 5 });
    expect(r.utilisation()).toBe(0);
    expect(r.meanBusy()).toBe(0);
  });
});

describe("holdResource", () => {
  it("an interrupt while queued withdraws the request and reaches the caller", () => {
    const sim = new Simulation();
    const r = new Resource(sim);
    r.request(); // held by no process, forever
    const log: string[] = [];
    const p = sim.process(
      (function* (): ProcessGenerator {
        try {
          yield* holdResource(r, 2);
        } catch (e) {
          log.push(`${(e as Interrupt).message} at ${sim.now}`);
        }
      })(),
    );
    sim.schedule(1, () => p.interrupt("give up"));
    sim.run();
    expect(log).toEqual(["interrupted: give up at 1"]);
    expect([r.count, r.queueLength]).toEqual([1, 0]);
  });

  it("an interrupt that is not a preemption while served releases the server and reaches the caller", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { preemptive: true });
    const log: string[] = [];
    const p = sim.process(
      (function* (): ProcessGenerator {
        try {
          yield* holdResource(r, 5);
        } catch (e) {
          log.push(`${String((e as Interrupt).cause)} at ${sim.now}`);
        }
      })(),
    );
    sim.schedule(2, () => p.interrupt("fire alarm"));
    sim.run();
    expect(log).toEqual(["fire alarm at 2"]);
    expect(r.count).toBe(0);
    // the abandoned timeout still ends the run at 5: busy 0–2 of 5
    expect(sim.now).toBe(5);
    expect(r.utilisation()).toBe(0.4);
  });

  it("zero work still waits for a server; work preempted twice is served in full and counted", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { preemptive: true });
    const done: string[] = [];
    const job = (name: string, at: number, work: number, priority: number): ProcessGenerator =>
      (function* () {
        yield sim.timeout(at);
        const n = yield* holdResource(r, work, priority);
        done.push(`${name} ${sim.now} ${n}`);
      })();
    sim.process(job("low", 0, 4, 5));
    sim.process(job("hi1", 1, 1, 1));
    sim.process(job("hi2", 3, 1, 1));
    sim.process(job("zero", 0.5, 0, 5));
    sim.run();
    // low 0–1, hi1 1–2, low 2–3, hi2 3–4, low 4–6 (4 in all), then zero at 6
    expect(done).toEqual(["hi1 2 0", "hi2 4 0", "low 6 2", "zero 6 0"]);
  });
});
