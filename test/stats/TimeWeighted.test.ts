import { describe, expect, it } from "vitest";
import { TimeWeighted } from "../../src/stats";

describe("TimeWeighted", () => {
  // Level: 2 on [10,12), 5 on [12,15), 1 for zero time at 15, 7 on [15,20), 3 from 20.
  function stepFunction(): TimeWeighted {
    const tw = new TimeWeighted(10, 2);
    tw.update(12, 5);
    tw.update(15, 1);
    tw.update(15, 7);
    tw.update(20, 3);
    return tw;
  }

  it("integrates a hand-computed step function", () => {
    const tw = stepFunction();
    // area to 20: 2*2 + 5*3 + 7*5 = 54
    expect(tw.area()).toBe(54);
    expect(tw.mean()).toBe(5.4);
    expect(tw.mean(20)).toBe(5.4);
    // level 3 held on [20,25): area 69 over 15 time units
    expect(tw.area(25)).toBe(69);
    expect(tw.mean(25)).toBeCloseTo(69 / 15, 14);
    expect(tw.current).toBe(3);
    expect(tw.max).toBe(7);
    // the 1 was replaced at the instant it was set, so it does not count
    expect(tw.min).toBe(2);
    expect(tw.startTime).toBe(10);
    expect(tw.lastTime).toBe(20);
  });

  it("resets for warm-up deletion, keeping the current level", () => {
    const tw = stepFunction();
    tw.reset(25);
    expect(tw.current).toBe(3);
    expect(tw.area()).toBe(0);
    expect(tw.mean()).toBeNaN(); // zero-length interval
    tw.update(27, 0);
    // 3 on [25,27), 0 on [27,30): mean 6/5
    expect(tw.mean(30)).toBeCloseTo(1.2, 14);
    expect(tw.min).toBe(0);
    expect(tw.max).toBe(3);
    tw.reset(30, 4);
    expect(tw.current).toBe(4);
    expect(tw.mean(32)).toBe(4);
    expect(tw.min).toBe(4);
    expect(tw.max).toBe(4);
  });

  it("defaults to start 0 and level 0", () => {
    const tw = new TimeWeighted();
    tw.update(2, 3);
    tw.update(5, 1);
    expect(tw.mean(10)).toBeCloseTo((0 * 2 + 3 * 3 + 1 * 5) / 10, 14);
    expect(tw.min).toBe(0);
    expect(tw.max).toBe(3);
  });

  it("rejects going back in time and non-finite arguments", () => {
    const tw = stepFunction();
    expect(() => tw.update(19, 1)).toThrow(RangeError);
    expect(() => tw.update(19, 1)).toThrow(/t must be a finite time >= the last update time 20, got 19/);
    expect(() => tw.mean(19)).toThrow(RangeError);
    expect(() => tw.area(19)).toThrow(RangeError);
    expect(() => tw.reset(19)).toThrow(RangeError);
    expect(() => tw.update(NaN, 1)).toThrow(RangeError);
    expect(() => tw.update(21, NaN)).toThrow(RangeError);
    expect(() => new TimeWeighted(Infinity)).toThrow(RangeError);
    // a rejected update changes nothing
    expect(tw.area()).toBe(54);
  });
});
