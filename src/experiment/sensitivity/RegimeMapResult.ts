/*
 * What a regime map returns: for every cell of a two-condition grid, the
 * base's and the variant's mean of a metric, their paired difference with a
 * 95% interval, which is better and whether that is significant, and the
 * boundary between the regions described in words.
 */

/** One condition axis of a regime map: a scenario path and the values it takes. */
export interface RegimeAxis {
  path: string;
  values: unknown[];
}

/** One cell of the grid. */
export interface RegimeCell {
  /** Index into `x.values` and `y.values`. */
  xi: number;
  yi: number;
  x: unknown;
  y: unknown;
  baseMean: number;
  variantMean: number;
  /** Mean of variant − base over the paired replications, with its 95% interval. */
  difference: number;
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
  schemaVersion: 1;
  kind: "regimeMap";
  model: string;
  metric: string;
  /** Whether lower or higher values of the metric are better. */
  better: "lower" | "higher";
  baseName: string;
  variantName: string;
  rootSeed: number | string;
  /** Replication indices of every cell (common random numbers across cells and scenarios). */
  replications: number[];
  x: RegimeAxis;
  y: RegimeAxis;
  /** Cells row by row: y slowest, x fastest. */
  cells: RegimeCell[];
  /** The regions and the boundary between them, in sentences. */
  boundary: string[];
  /** The validated scenarios (conditions at their base values). */
  scenarios: { base: S; variant: S };
}
