/*
 * Joins the shards of a comparison (base and variants run on the same
 * replications, split across machines) into the comparison an unsharded run
 * would have given: each scenario's shards are merged, then the paired
 * differences are computed again over all replications.
 */
import type { ComparisonResult } from "./compareVariants";
import { compareResults } from "./compareResults";
import type { ExperimentResult } from "./ExperimentResult";
import { mergeResults } from "./mergeResults";

/**
 * Merges shards of one comparison. The metrics compared are those of the
 * first shard's comparisons, in their order.
 *
 * @throws RangeError if the list is empty, the shards compare different
 *   variants, or their base or variant results cannot be merged (different
 *   model, seed, scenario or split; replications missing or repeated — the
 *   message names the scenario)
 */
export function mergeComparisons<S>(results: ReadonlyArray<ComparisonResult<S>>): ComparisonResult<S> {
  const given: unknown = results; // checked at run time too: JavaScript callers and parsed files reach here
  if (!Array.isArray(given) || results.length === 0) {
    throw new RangeError(`mergeComparisons: results must be a non-empty array of comparison results`);
  }
  const first = results[0]!;
  const names = Object.keys(first.variants);
  results.forEach((r, k) => {
    const these = Object.keys(r.variants ?? {});
    if (these.length !== names.length || these.some((n, i) => n !== names[i])) {
      throw new RangeError(
        `mergeComparisons: results[${k}] compares variants ${these.join(", ") || "(none)"} but results[0] compares ${names.join(", ")}; only shards of one comparison can be merged`,
      );
    }
  });
  const merge = (pick: (r: ComparisonResult<S>) => ExperimentResult<S>, what: string): ExperimentResult<S> => {
    try {
      return mergeResults(results.map(pick));
    } catch (err) {
      throw new RangeError(`mergeComparisons: ${what}: ${(err as Error).message.replace(/^mergeResults: /, "")}`, { cause: err });
    }
  };
  const base = merge((r) => r.base, "the base");
  const variants: Record<string, ExperimentResult<S>> = {};
  for (const name of names) variants[name] = merge((r) => r.variants[name]!, `variant "${name}"`);
  const metrics = Object.keys(first.comparisons[names[0]!] ?? {});
  return {
    schemaVersion: 1,
    model: base.model,
    rootSeed: base.rootSeed,
    replications: [...base.replications],
    base,
    variants,
    comparisons: compareResults(base, variants, metrics),
  };
}
