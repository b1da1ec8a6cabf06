/*
 * The seed of a seed-pinned statistical test. A test states its tolerance for
 * the seed it was tuned on; scripts/reseed-tests.sh re-runs those tests with
 * CASEFLOW_TEST_SEED_SHIFT=k (k = 1…5) to check that the result is a property of
 * the model and not of one seed. Unset, every test runs on its pinned seed.
 */

/** `seed`, or `seed + 1000·k` when CASEFLOW_TEST_SEED_SHIFT=k is set. */
export function pinnedSeed(seed: number): number {
  const raw = process.env["CASEFLOW_TEST_SEED_SHIFT"];
  if (raw === undefined || raw === "") return seed;
  const k = Number(raw);
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`CASEFLOW_TEST_SEED_SHIFT must be a whole number ≥ 0; got "${raw}"`);
  return seed + 1000 * k;
}
