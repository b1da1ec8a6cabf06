/*
 * The trajectory design of Morris (1991) elementary-effects screening: each
 * trajectory starts at a random grid point of the unit cube and moves one
 * parameter at a time, in random order, by a fixed jump Δ, so k + 1 runs give
 * one elementary effect per parameter. r trajectories cost r (k + 1) runs.
 */
import { shuffledRange } from "./latinHypercube";

/** One step of a trajectory: the parameter moved and by how much (±Δ in unit coordinates). */
export interface MorrisStep {
  /** Trajectory number. */
  trajectory: number;
  /** Index of the parameter moved. */
  parameter: number;
  /** Point index before the step. */
  from: number;
  /** Point index after the step. */
  to: number;
  /** Signed jump in unit coordinates (+Δ or −Δ). */
  delta: number;
}

/** A Morris design: the points to run, in order, and the steps between them. */
export interface MorrisDesign {
  /** r (k + 1) points in [0, 1]^k; trajectory t occupies rows t(k+1) … t(k+1)+k. */
  points: number[][];
  /** r·k steps, trajectory by trajectory. */
  steps: MorrisStep[];
  /** Grid levels p. */
  levels: number;
  /** Jump Δ = p / (2 (p − 1)). */
  delta: number;
}

/**
 * Builds `r` Morris trajectories over `k` parameters on a grid of `levels`
 * levels {0, 1/(p−1), …, 1}, with the jump Δ = p / (2(p − 1)) recommended by
 * Morris. With p even every level can move by exactly one of +Δ and −Δ
 * without leaving the cube, so a random start level fixes the direction and
 * both directions are equally likely.
 *
 * @param r - trajectories, ≥ 2 (σ needs two effects per parameter)
 * @param k - parameters, ≥ 1
 * @param levels - grid levels p, even and ≥ 2 @defaultValue 4
 * @param rng - random stream
 * @throws RangeError for a count that is out of range or an odd number of levels
 */
export function morrisDesign(r: number, k: number, rng: () => number, levels = 4): MorrisDesign {
  if (!Number.isInteger(r) || r < 2)
    throw new RangeError(`morrisDesign: trajectories must be a whole number ≥ 2 (σ needs two effects per parameter), got ${r}`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`morrisDesign: parameters must be a whole number ≥ 1, got ${k}`);
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) {
    throw new RangeError(`morrisDesign: levels must be an even whole number ≥ 2, got ${levels}`);
  }
  const p = levels;
  const delta = p / (2 * (p - 1));
  const points: number[][] = [];
  const steps: MorrisStep[] = [];
  for (let t = 0; t < r; t++) {
    // Start: each coordinate a random level j/(p−1).
    let x = Array.from({ length: k }, () => Math.min(p - 1, Math.floor(rng() * p)) / (p - 1));
    points.push([...x]);
    const order = shuffledRange(k, rng);
    for (const i of order) {
      const up = x[i]! + delta <= 1 + 1e-12;
      const d = up ? delta : -delta;
      const next = [...x];
      next[i] = clamp01(x[i]! + d);
      steps.push({ trajectory: t, parameter: i, from: points.length - 1, to: points.length, delta: d });
      points.push(next);
      x = next;
    }
  }
  return { points, steps, levels: p, delta };
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
