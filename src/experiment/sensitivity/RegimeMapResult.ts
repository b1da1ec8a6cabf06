/*
 * What a regime map returns: for every cell of a two-condition grid, the
 * base's and the variant's mean of a metric, their paired difference with a
 * 95% interval, which is better and whether that is significant, and the
 * boundary between the regions described in words.
 */

/** One condition axis of a regime map: a scenario path and the values it takes. */
export interface RegimeAxis {
  /** Dotted path into the scenario. */
  path: string;
  /** The values of the condition, in the order shown (at least 2). */
  values: unknown[];
}

/** One cell of the grid. */
export interface RegimeCell {
  /** Index into `x.values` and `y.values`. */
  xi: number;
  yi: number;
  /** The conditions' values in this cell. */
  x: unknown;
  y: unknown;
  /** Means of the metric over the paired replications. */
  baseMean: number;
  variantMean: number;
  /** Mean of variant − base over the paired replications, with its 95% interval. */
  difference: number;
  /** Bounds of the 95% interval (NaN with fewer than 2 pairs). */
  lower: number;
  upper: number;
  /** Pairs used (pairs with a non-finite value are left out). */
  n: number;
  /** Whether the interval excludes 0. */
  significant: boolean;
  /** The better scenario's name when significant, else `"no clear difference"`. */
  winner: string;
}

/** The result of {@link regimeMap}. */
export interface RegimeMapResult<S = unknown> {
  /** Format version, 1. */
  schemaVersion: 1;
  /** Marks the kind of result. */
  kind: "regimeMap";
  /** Model id. */
  model: string;
  /** The metric compared. */
  metric: string;
  /** Whether lower or higher values of the metric are better. */
  better: "lower" | "higher";
  /** Names used in the verdicts. */
  baseName: string;
  variantName: string;
  /** Root seed of every replication. */
  rootSeed: number | string;
  /** Replication indices of every cell (common random numbers across cells and scenarios). */
  replications: number[];
  /** The horizontal and vertical conditions. */
  x: RegimeAxis;
  y: RegimeAxis;
  /** Cells row by row: y slowest, x fastest. */
  cells: RegimeCell[];
  /** The regions and the boundary between them, in sentences. */
  boundary: string[];
  /** The validated scenarios (conditions at their base values). */
  scenarios: { base: S; variant: S };
}
