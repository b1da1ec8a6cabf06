/*
 * The optimiser on losses whose minimum is known: it finds an interior
 * minimum, stops at the cube's edge when the minimum lies outside, never asks
 * for more points than its budget, and takes the same path every time.
 */
import { describe, expect, it } from "vitest";
import { nelderMead } from "../../src/experiment/nelderMead";

const bowl = (centre: number[]) => (points: number[][]) => Promise.resolve(points.map((p) => p.reduce((s, x, i) => s + (x - centre[i]!) ** 2, 0)));

describe("nelderMead", () => {
  it("finds the minimum of a bowl inside the cube to within 0.01", async () => {
    const r = await nelderMead({ start: [0.9, 0.1], budget: 200, evaluate: bowl([0.3, 0.7]) });
    expect(r.stoppedBy).toBe("tolerance");
    expect(Math.abs(r.x[0]! - 0.3)).toBeLessThan(0.01);
    expect(Math.abs(r.x[1]! - 0.7)).toBeLessThan(0.01);
    expect(r.evaluations).toBeLessThanOrEqual(200);
  });

  it("stays in the cube and ends at the nearest edge when the minimum lies outside", async () => {
    const asked: number[][] = [];
    const evaluate = async (points: number[][]) => {
      asked.push(...points);
      return bowl([1.5, 0.5])(points);
    };
    const r = await nelderMead({ start: [0.2, 0.2], budget: 150, evaluate });
    expect(asked.every((p) => p.every((x) => x >= 0 && x <= 1))).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 2);
    expect(Math.abs(r.x[1]! - 0.5)).toBeLessThan(0.02);
  });

  it("never evaluates more points than the budget, and is deterministic", async () => {
    let count = 0;
    const evaluate = async (points: number[][]) => {
      count += points.length;
      return bowl([0.31, 0.62, 0.47])(points);
    };
    const a = await nelderMead({ start: [0.5, 0.5, 0.5], budget: 9, evaluate });
    expect(a.stoppedBy).toBe("budget");
    expect(count).toBeLessThanOrEqual(9);
    expect(a.evaluations).toBe(count);
    const b = await nelderMead({ start: [0.5, 0.5, 0.5], budget: 9, evaluate: bowl([0.31, 0.62, 0.47]) });
    expect(b).toEqual(a);
  });

  it("refuses a budget smaller than the first simplex and a start outside the cube", async () => {
    await expect(nelderMead({ start: [0.5, 0.5], budget: 2, evaluate: bowl([0, 0]) })).rejects.toThrow(/budget must be a whole number ≥ n \+ 1 = 3/);
    await expect(nelderMead({ start: [1.2], budget: 5, evaluate: bowl([0]) })).rejects.toThrow(/start must be a non-empty point in \[0, 1\]/);
  });
});
