#!/usr/bin/env bash
# Re-runs the seed-pinned statistical tests on other seeds: each test's pinned seed s becomes
# s + 1000·k for k = 1…K (CASEFLOW_TEST_SEED_SHIFT, see test/pinnedSeed.ts). A test whose
# tolerance (stated as standard errors) holds only at its pinned seed shows up here.
#
#   scripts/reseed-tests.sh            # K = 5, all the seed-pinned statistical test files
#   scripts/reseed-tests.sh 2 test/model/isolated.test.ts
#
# Prints per shift the tally and every statistic the tests log (t values, SEs); logs go to
# $LOG_DIR (default: a fresh directory under /tmp). Exit code 1 if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
k_max=${1:-5}
shift || true
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(test/model/mechanisms.test.ts test/model/isolated.test.ts test/policies/measurement.effects.test.ts
    test/policies/quota.effects.test.ts test/policies/counterCase.effects.test.ts)
fi
log_dir=${LOG_DIR:-$(mktemp -d /tmp/reseed-tests.XXXXXX)}
mkdir -p "$log_dir"
failed=0
for k in $(seq 1 "$k_max"); do
  log="$log_dir/shift-$k.log"
  if CASEFLOW_TEST_SEED_SHIFT=$k npx vitest run "${files[@]}" >"$log" 2>&1; then status=pass; else status=FAIL; failed=$((failed + 1)); fi
  tally=$(grep -E '^ +Tests ' "$log" | tail -1 | sed 's/\x1b\[[0-9;]*m//g; s/^ *//')
  echo "seed shift $k: $status ($tally)"
  grep -E ' t = | t -?[0-9]|\(t |SE ' "$log" | sed 's/\x1b\[[0-9;]*m//g; s/^/    /' | sort -u
  grep -E '^ +× ' "$log" | sed 's/\x1b\[[0-9;]*m//g; s/^/    /'
done
echo "$((k_max - failed)) of $k_max seed shifts passed; logs in $log_dir"
[ "$failed" -eq 0 ]
