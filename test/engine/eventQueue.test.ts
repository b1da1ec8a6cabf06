/*
 * The event calendar's order against a reference: entries pushed at random
 * times and priorities — many for the instant being processed with priority 0
 * or 1, which take the first-in first-out lanes instead of the heap — must come
 * out sorted by (time, priority, push order), exactly as a plain sort gives.
 */
import { describe, expect, it } from "vitest";
import { EventQueue } from "../../src/engine/index";
import { createStream } from "../../src/random/index";

interface Entry {
  time: number;
  priority: number;
  order: number;
}

describe("EventQueue order", () => {
  it("matches a sort by (time, priority, push order) with interleaved pushes and pops", () => {
    const rng = createStream(77, "event-queue");
    const q = new EventQueue<Entry>(0);
    const pending: Entry[] = [];
    let now = 0;
    let order = 0;
    let popped = 0;
    const push = (time: number, priority: number): void => {
      const e = { time, priority, order: order++ };
      q.push(e, time, priority);
      pending.push(e);
    };
    for (let step = 0; step < 20_000; step++) {
      const u = rng();
      if (u < 0.55 || pending.length === 0) {
        // a third at the current instant (lanes for priority 0 and 1), the rest later, on a coarse grid so ties happen
        const at = rng() < 0.35 ? now : now + Math.floor(rng() * 4) / 2;
        const priority = [-1, 0, 0, 1, 1, 1, 2][Math.floor(rng() * 7)]!;
        push(at, priority);
      } else {
        pending.sort((a, b) => a.time - b.time || a.priority - b.priority || a.order - b.order);
        const want = pending.shift()!;
        expect(q.size).toBe(pending.length + 1);
        expect(q.peekTime()).toBe(want.time);
        expect(q.peek()).toBe(want);
        const got = q.pop();
        expect(got).toBe(want);
        expect(q.poppedTime).toBe(want.time);
        now = want.time;
        popped++;
      }
    }
    expect(popped).toBeGreaterThan(5_000);
    while (pending.length > 0) {
      pending.sort((a, b) => a.time - b.time || a.priority - b.priority || a.order - b.order);
      expect(q.pop()).toBe(pending.shift());
    }
    expect(q.pop()).toBeUndefined();
    expect(q.peekTime()).toBe(Infinity);
  });

  it("keeps the order when an entry is pushed for a time earlier than the last one taken", () => {
    const q = new EventQueue<string>(0);
    q.push("b", 5, 0);
    expect(q.pop()).toBe("b");
    q.push("lane", 5, 1); // the instant being processed: a lane
    q.push("earlier", 3, 1); // earlier than the last taken: the heap
    expect(q.peekTime()).toBe(3);
    expect(q.pop()).toBe("earlier");
    q.push("also-3", 3, 0); // the lanes still hold time 5: heap
    expect(q.pop()).toBe("also-3");
    expect(q.pop()).toBe("lane");
    expect(q.size).toBe(0);
  });
});
