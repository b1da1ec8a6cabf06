/*
 * The optimiser of calibrations: the Nelder–Mead downhill simplex (Nelder &
 * Mead 1965, with the coefficients and ordering of Lagarias et al. 1998: reflect
 * 1, expand 2, contract ½, shrink ½) on the unit cube [0, 1]^n, every new point
 * projected back into the cube. It needs no derivatives, which a simulated
 * loss does not have, and tolerates the small steps that common random
 * numbers leave in it.
 *
 * It is asynchronous: it hands the points it wants to `evaluate` in batches
 * (the first simplex, a shrink) and awaits their losses, so the caller can
 * run each candidate's replications on worker threads. The npm optimisers
 * (fmin, optimization-js, nlopt-js) call the loss synchronously, which rules
 * out awaiting a worker pool; the survey and the decision to keep this one are
 * in docs/calibration.md. It is deterministic: the same losses give the same path.
 */

/** Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Starting point in [0, 1]^n (n ≥ 1). */
  start: readonly number[];
  /** Edge of the first simplex along each axis (towards the cube's interior). @defaultValue 0.25 */
  step?: number;
  /** Most points evaluated, the first simplex's n + 1 included; at least n + 1. */
  budget: number;
  /** Stop when every vertex lies within this distance (per coordinate) of the best. @defaultValue 0.002 */
  tolerance?: number;
  /** Losses of a batch of points, in order (lower is better; Infinity allowed). */
  evaluate(points: number[][]): Promise<number[]>;
}

/** The outcome of {@link nelderMead}. */
export interface NelderMeadResult {
  /** Best point found. */
  x: number[];
  /** Its loss. */
  fx: number;
  /** Points evaluated. */
  evaluations: number;
  /** Why it stopped: the simplex shrank below the tolerance, or the budget ran out. */
  stoppedBy: "tolerance" | "budget";
}

const REFLECT = 1;
const EXPAND = 2;
const CONTRACT = 0.5;
const SHRINK = 0.5;

/**
 * Minimises a loss over the unit cube with the Nelder–Mead simplex, within a
 * fixed budget of evaluations.
 *
 * @throws RangeError if start is empty or outside [0, 1], or the budget is smaller than n + 1
 */
export async function nelderMead(options: NelderMeadOptions): Promise<NelderMeadResult> {
  const n = options.start.length;
  const step = options.step ?? 0.25;
  const tol = options.tolerance ?? 0.002;
  if (n < 1 || options.start.some((v) => !(v >= 0 && v <= 1))) {
    throw new RangeError(`nelderMead: start must be a non-empty point in [0, 1]^n, got [${options.start.join(", ")}]`);
  }
  if (!Number.isInteger(options.budget) || options.budget < n + 1) {
    throw new RangeError(`nelderMead: budget must be a whole number ≥ n + 1 = ${n + 1}, got ${options.budget}`);
  }
  let evaluations = 0;
  const evaluate = async (points: number[][]): Promise<number[]> => {
    evaluations += points.length;
    const f = await options.evaluate(points.map((p) => [...p]));
    if (f.length !== points.length) throw new Error(`nelderMead: evaluate returned ${f.length} losses for ${points.length} points`);
    return f.map((v) => (Number.isNaN(v) ? Infinity : v));
  };
  const clamp = (p: number[]): number[] => p.map((v) => Math.min(1, Math.max(0, v)));
  const along = (a: readonly number[], b: readonly number[], t: number): number[] => clamp(a.map((ai, i) => ai + t * (b[i]! - ai)));

  const x0 = [...options.start];
  const points: number[][] = [x0];
  for (let i = 0; i < n; i++) {
    const p = [...x0];
    p[i] = x0[i]! + step <= 1 ? x0[i]! + step : x0[i]! - step;
    points.push(clamp(p));
  }
  const values = await evaluate(points);
  let simplex = points.map((x, k) => ({ x, f: values[k]! }));
  const remaining = (): number => options.budget - evaluations;

  for (;;) {
    simplex.sort((a, b) => a.f - b.f); // stable: ties keep their order
    const best = simplex[0]!;
    const spread = Math.max(...simplex.slice(1).map((v) => Math.max(...v.x.map((xi, i) => Math.abs(xi - best.x[i]!)))));
    if (spread < tol) return { x: best.x, fx: best.f, evaluations, stoppedBy: "tolerance" };
    if (remaining() < 1) return { x: best.x, fx: best.f, evaluations, stoppedBy: "budget" };
    const worst = simplex[n]!;
    const secondWorst = simplex[n - 1]!;
    const centroid = best.x.map((_, i) => simplex.slice(0, n).reduce((s, v) => s + v.x[i]!, 0) / n);
    const xr = along(centroid, worst.x, -REFLECT);
    const [fr] = await evaluate([xr]);
    if (fr! < best.f) {
      if (remaining() < 1) {
        simplex[n] = { x: xr, f: fr! };
        continue;
      }
      const xe = along(centroid, xr, EXPAND);
      const [fe] = await evaluate([xe]);
      simplex[n] = fe! < fr! ? { x: xe, f: fe! } : { x: xr, f: fr! };
      continue;
    }
    if (fr! < secondWorst.f) {
      simplex[n] = { x: xr, f: fr! };
      continue;
    }
    if (remaining() < 1) return finish(simplex, xr, fr!, evaluations);
    const outside = fr! < worst.f;
    const xc = outside ? along(centroid, xr, CONTRACT) : along(centroid, worst.x, CONTRACT);
    const [fc] = await evaluate([xc]);
    if (outside ? fc! <= fr! : fc! < worst.f) {
      simplex[n] = { x: xc, f: fc! };
      continue;
    }
    // shrink towards the best vertex: n new points, evaluated together
    if (remaining() < n) {
      const candidates = [...simplex, { x: xr, f: fr! }, { x: xc, f: fc! }].sort((a, b) => a.f - b.f);
      return { x: candidates[0]!.x, fx: candidates[0]!.f, evaluations, stoppedBy: "budget" };
    }
    const shrunk = simplex.slice(1).map((v) => along(best.x, v.x, SHRINK));
    const fs = await evaluate(shrunk);
    simplex = [best, ...shrunk.map((x, k) => ({ x, f: fs[k]! }))];
  }
}

function finish(simplex: Array<{ x: number[]; f: number }>, x: number[], f: number, evaluations: number): NelderMeadResult {
  const best = [...simplex, { x, f }].sort((a, b) => a.f - b.f)[0]!;
  return { x: best.x, fx: best.f, evaluations, stoppedBy: "budget" };
}
