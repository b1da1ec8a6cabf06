/*
 * The statistics' input checks and their smallest valid sample, pinned by the
 * mutants Stryker found alive in src/stats (docs/testing.md): the array-like
 * and finite-number checks of checkedValues and pairedDifference, the caller's
 * name in the level check, and a confidence interval from two observations.
 */
import { describe, expect, it } from "vitest";
import { confidenceInterval, pairedDifference, studentTQuantile } from "../../src/stats";

describe("confidenceInterval", () => {
  it("gives a finite interval from two observations (t with 1 degree of freedom)", () => {
    const ci = confidenceInterval([1, 3]);
    // sd √2, so halfWidth = t(0.975, 1) · √2 / √2 = 12.706…
    expect(ci.halfWidth).toBeCloseTo(studentTQuantile(0.975, 1), 9);
    expect(ci.halfWidth).toBeCloseTo(12.7062, 3);
    expect(confidenceInterval([2]).halfWidth).toBeNaN();
  });

  it("refuses what is not an array-like of finite numbers, naming the argument", () => {
    expect(() => confidenceInterval(null as never)).toThrow(new TypeError("confidenceInterval: values must be an array-like of numbers, got null"));
    expect(() => confidenceInterval({ length: "2" } as never)).toThrow(TypeError);
    expect(() => confidenceInterval([1, Number.NaN])).toThrow(new RangeError("confidenceInterval: values[1] must be a finite number, got NaN"));
    expect(() => confidenceInterval([1, 2], 1.5)).toThrow(/^confidenceInterval: level must be a confidence level strictly between 0 and 1, got 1\.5$/);
  });
});

describe("pairedDifference", () => {
  it("refuses a missing or non-array side and a non-finite value on either side", () => {
    const message = "pairedDifference: a and b must be array-likes of numbers";
    expect(() => pairedDifference(null as never, [1])).toThrow(new TypeError(message));
    expect(() => pairedDifference([1], null as never)).toThrow(new TypeError(message));
    expect(() => pairedDifference({ length: "1" } as never, [1])).toThrow(new TypeError(message));
    expect(() => pairedDifference([1], { length: "1" } as never)).toThrow(new TypeError(message));
    expect(() => pairedDifference([1, 2], [1, Number.POSITIVE_INFINITY])).toThrow(
      new RangeError("pairedDifference: b[1] must be a finite number, got Infinity"),
    );
    expect(() => pairedDifference([Number.NaN, 2], [1, 2])).toThrow(new RangeError("pairedDifference: a[0] must be a finite number, got NaN"));
  });
});
