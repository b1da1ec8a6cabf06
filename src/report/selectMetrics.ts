/*
 * Picks metrics by name or wildcard pattern, for `--metrics` on the command
 * line and the `metrics` option of the tables: `leadTimeDays.*` selects every
 * lead-time metric, `*.p90` every 90th percentile.
 */
import { closestMatch } from "../experiment";

/**
 * The metrics of `available` matching any of `patterns`, in the order of
 * `available`. A pattern is a metric name in which `*` stands for any run of
 * characters (dots included). Without patterns, all of `available`.
 *
 * @throws RangeError naming the pattern (with a suggestion) if a pattern matches no metric
 */
export function selectMetrics(available: readonly string[], patterns?: readonly string[]): string[] {
  if (patterns === undefined || patterns.length === 0) return [...available];
  const matchers = patterns.map((p) => ({ pattern: p, re: new RegExp(`^${p.split("*").map(escapeRegExp).join(".*")}$`) }));
  for (const { pattern, re } of matchers) {
    if (!available.some((m) => re.test(m))) {
      const guess = closestMatch(pattern, available);
      throw new RangeError(
        `metrics: "${pattern}" matches no metric of this result` +
          (guess === undefined ? "" : `; did you mean "${guess}"?`) +
          ` (use * as a wildcard, e.g. "leadTimeDays.*")`,
      );
    }
  }
  return available.filter((m) => matchers.some(({ re }) => re.test(m)));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
