#!/usr/bin/env bash
# Re-runs the seed-pinned statistical tests on other seeds: each test's pinned seed s becomes
# s + 1000·k for k = FIRST…K (CASEFLOW_TEST_SEED_SHIFT, see test/pinnedSeed.ts; k = 0 is the
# pinned seed itself). A test whose tolerance (stated as standard errors) holds only at its
# pinned seed shows up here.
#
#   scripts/reseed-tests.sh            # k = 1…5, all the seed-pinned statistical test files
#   scripts/reseed-tests.sh 2 test/model/isolated.test.ts
#   FIRST=0 scripts/reseed-tests.sh 5  # the pinned seed too
#
# The tests are CPU-heavy (about 3 minutes a shift on 2 idle cores): on a shared machine run it
# under `nice -n 10`. Prints per shift the tally, every failing test, and every statistic the
# tests log (t values, SEs) under the name of the test that logged it; the same lines go to
# $LOG_DIR/stats.tsv (shift, test, statistic) for tabulation. Logs go to $LOG_DIR (default: a
# fresh directory under /tmp). Exit code 1 if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
k_max=${1:-5}
shift || true
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(test/model/mechanisms.test.ts test/model/isolated.test.ts test/timeline/mechanisms.test.ts
    test/policies/measurement.effects.test.ts test/policies/quota.effects.test.ts test/policies/counterCase.effects.test.ts)
fi
log_dir=${LOG_DIR:-$(mktemp -d /tmp/reseed-tests.XXXXXX)}
mkdir -p "$log_dir"
: >"$log_dir/stats.tsv"
failed=0
runs=0
for k in $(seq "${FIRST:-1}" "$k_max"); do
  log="$log_dir/shift-$k.log"
  runs=$((runs + 1))
  if CASEFLOW_TEST_SEED_SHIFT=$k npx vitest run "${files[@]}" >"$log" 2>&1; then status=pass; else status=FAIL; failed=$((failed + 1)); fi
  tally=$(grep -E '^ +Tests ' "$log" | tail -1 | sed 's/\x1b\[[0-9;]*m//g; s/^ *//')
  echo "seed shift $k: $status ($tally)"
  # a test's console output follows a header "stdout | <file> > <describe> > <test>" and ends at a blank line
  sed 's/\x1b\[[0-9;]*m//g' "$log" | awk -v k="$k" -v tsv="$log_dir/stats.tsv" '
    /^stdout \| / { name = substr($0, 10); sub(/^test\//, "", name); next }
    /^$/ { name = ""; next }
    name != "" && / t = | t -?[0-9]|\(t |SE |must |pressure / { print "    " name ": " $0; print k "\t" name "\t" $0 >> tsv }'
  sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +× ' | sed 's/^/    FAILED /'
done
echo "$((runs - failed)) of $runs seed shifts passed; logs in $log_dir"
[ "$failed" -eq 0 ]
