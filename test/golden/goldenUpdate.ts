/*
 * Whether this test run may rewrite the golden reference (test/golden/reference.json).
 * Only a person regenerating it on purpose may: UPDATE_GOLDEN=1 outside CI. In CI (the
 * CI variable set, as every CI service and .ci/run do) the request is refused with an
 * error, so a run can never compare the results against a file it has just written.
 */

/** True when UPDATE_GOLDEN=1 asks for a rewrite outside CI; throws when it is asked for in CI. */
export function goldenUpdateRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  const update = env["UPDATE_GOLDEN"];
  if (update === undefined || update === "" || update === "0") return false;
  const ci = env["CI"];
  if (ci !== undefined && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false") {
    throw new Error(
      `UPDATE_GOLDEN=${update} is refused because CI=${ci} is set: the golden reference (test/golden/reference.json) ` +
        "is regenerated only by hand, outside CI, in its own commit whose message says why the results changed (docs/testing.md)",
    );
  }
  if (update !== "1") throw new Error(`UPDATE_GOLDEN must be 1 (or unset), got "${update}"`);
  return true;
}
