/*
 * Store, Signal and the anyOf/allOf conditions pinned exactly: input errors,
 * the order items leave (comparator ties keep arrival order), gets served in the
 * order they were made with a filtered get not blocking those behind it, puts
 * waiting on a full store, withdrawn gets, a signal waking only those waiting,
 * and conditions over empty lists and failures. Hand-checked traces written
 * against the mutants Stryker found surviving in src/engine (docs/testing.md
 * "Mutation testing").
 */
import { describe, expect, it } from "vitest";
import { Signal, Simulation, Store, allOf, anyOf, type ProcessGenerator } from "../../src/engine/index";

describe("Store", () => {
  it("rejects a capacity below 1 naming the store and the value", () => {
    const sim = new Simulation();
    expect(() => new Store(sim, { capacity: 0, name: "tray" })).toThrow(new RangeError("tray: capacity must be ≥ 1 (or Infinity); got 0"));
    expect(() => new Store(sim, { capacity: NaN })).toThrow("store: capacity must be ≥ 1 (or Infinity); got NaN");
    expect(new Store(sim, { capacity: 1 }).capacity).toBe(1);
    expect(new Store(sim).capacity).toBe(Infinity);
    expect(new Store(sim).name).toBe("store");
  });

  it("keeps items sorted by the comparator with ties in arrival order", () => {
    const sim = new Simulation();
    const s = new Store<[number, string]>(sim, { order: (a, b) => a[0] - b[0] });
    for (const x of [
      [2, "a"],
      [1, "b"],
      [2, "c"],
      [0, "d"],
      [1, "e"],
      [3, "f"],
    ] as [number, string][])
      s.put(x);
    expect(s.items.map((x) => x[1]).join("")).toBe("dbeacf");
    expect(s.size).toBe(6);
  });

  it("serves gets in the order made; a filtered get that finds nothing lets the next one take an item", () => {
    const sim = new Simulation();
    const s = new Store<number>(sim);
    const got: string[] = [];
    const getter = (name: string, filter?: (x: number) => boolean): ProcessGenerator =>
      (function* () {
        const v = (yield s.get(filter)) as number;
        got.push(`${name} ${v} at ${sim.now}`);
      })();
    sim.process(getter("big", (x) => x > 10));
    sim.process(getter("any"));
    sim.process(getter("any2"));
    sim.run();
    expect(s.waitingGets).toBe(3);
    sim.schedule(1, () => void s.put(5)); // "big" cannot take it: "any" does
    sim.schedule(2, () => void s.put(20)); // "big" made its get first: it takes 20
    sim.schedule(3, () => void s.put(7));
    sim.run();
    expect(got).toEqual(["any 5 at 1", "big 20 at 2", "any2 7 at 3"]);
    expect(s.waitingGets).toBe(0);
    expect(s.size).toBe(0);
  });

  it("a get made while others wait queues behind them even when an item is there for it", () => {
    const sim = new Simulation();
    const s = new Store<number>(sim);
    const first = s.get((x) => x === 1);
    s.put(2); // first does not want it
    const second = s.get(); // an item is there and first's filter refuses it: second takes it
    expect(s.size).toBe(0);
    expect(second.triggered).toBe(true);
    expect(first.triggered).toBe(false);
    sim.run();
    expect(second.value).toBe(2);
  });

  it("withdrawn gets are not served; withdrawing twice says so", () => {
    const sim = new Simulation();
    const s = new Store<string>(sim);
    const a = s.get();
    const b = s.get();
    expect(s.cancelGet(a)).toBe(true);
    expect(s.cancelGet(a)).toBe(false);
    expect(s.cancelGet(sim.event<string>())).toBe(false);
    s.put("x");
    sim.run();
    expect([a.triggered, b.value]).toEqual([false, "x"]);
  });

  it("a full store keeps puts waiting in order and admits them as gets make room", () => {
    const sim = new Simulation();
    const s = new Store<string>(sim, { capacity: 2 });
    const p = ["a", "b", "c", "d"].map((x) => s.put(x));
    expect(p.map((e) => e.triggered)).toEqual([true, true, false, false]);
    expect(s.items).toEqual(["a", "b"]);
    const g = s.get();
    expect(g.triggered).toBe(true);
    expect(s.items).toEqual(["b", "c"]);
    expect(p.map((e) => e.triggered)).toEqual([true, true, true, false]);
    s.get();
    s.get();
    expect(s.items).toEqual(["d"]);
    sim.run();
    expect([g.value, p[3]!.value]).toEqual(["a", "d"]);
  });
});

describe("Signal", () => {
  it("wakes only those waiting at notify, with the value, and says how many", () => {
    const sim = new Simulation();
    const sig = new Signal<number>(sim);
    expect(sig.notify(0)).toBe(0);
    const a = sig.wait();
    const b = sig.wait();
    expect(sig.waiting).toBe(2);
    b.succeed(99); // triggered by someone else meanwhile: not triggered twice
    expect(sig.notify(1)).toBe(2);
    expect(sig.waiting).toBe(0);
    const c = sig.wait();
    sim.run();
    expect([a.value, b.value, c.triggered]).toEqual([1, 99, false]);
    expect(sig.notify(2)).toBe(1);
  });
});

describe("anyOf and allOf", () => {
  it("over no events: anyOf gives index -1 at once, allOf an empty list", () => {
    const sim = new Simulation();
    const any = anyOf(sim, []);
    const all = allOf(sim, []);
    expect([any.triggered, all.triggered]).toEqual([true, true]);
    sim.run();
    expect(any.value.index).toBe(-1);
    expect(all.value).toEqual([]);
    expect(sim.now).toBe(0);
  });

  it("anyOf takes the first, later ones change nothing; allOf keeps the list's order", () => {
    const sim = new Simulation();
    const a = sim.timeout(3, "a");
    const b = sim.timeout(1, "b");
    const c = sim.timeout(1, "c");
    const any = anyOf(sim, [a, b, c]);
    const all = allOf(sim, [a, b, c]);
    const at: number[] = [];
    any.onProcessed(() => at.push(sim.now));
    all.onProcessed(() => at.push(sim.now));
    sim.run();
    expect([any.value.index, any.value.value, any.value.event === b]).toEqual([1, "b", true]);
    expect(all.value).toEqual(["a", "b", "c"]);
    expect(at).toEqual([1, 3]);
  });

  it("a failure fails the condition once; a later failure does not stop the run", () => {
    const sim = new Simulation();
    const bad = sim.event();
    const worse = sim.event();
    const ok = sim.timeout(5, "ok");
    const any = anyOf(sim, [ok, bad, worse]);
    const all = allOf(sim, [ok, bad, worse]);
    const log: string[] = [];
    for (const [name, cond] of [
      ["any", any],
      ["all", all],
    ] as const) {
      sim.process(
        (function* (): ProcessGenerator {
          try {
            yield cond;
          } catch (e) {
            log.push(`${name} failed: ${String(e)} at ${sim.now}`);
          }
        })(),
      );
    }
    bad.onProcessed(() => undefined);
    worse.onProcessed(() => undefined);
    bad.fail("first", 1);
    worse.fail("second", 2);
    sim.run();
    expect(log).toEqual(["any failed: first at 1", "all failed: first at 1"]);
    expect(sim.now).toBe(5);
  });
});
