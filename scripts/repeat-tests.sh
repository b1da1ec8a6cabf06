#!/usr/bin/env bash
# Runs one test file (or several, or the whole suite when FILE is "all") N times in a row and
# reports how many runs passed. For flakiness checks; not part of CI.
#
#   scripts/repeat-tests.sh test/reliability/runaway.test.ts 20
#   scripts/repeat-tests.sh all 20            # the whole suite (about 6 minutes a run on 2 idle cores, 2026-11-30)
#
# Builds once first (tests that run dist/ refuse a stale build). Each run's output goes to
# $LOG_DIR/run-<i>.log (default: a fresh directory under /tmp); a summary line per run and a final
# tally are printed. The exit code is 1 when any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: scripts/repeat-tests.sh FILE|all N [more vitest arguments]" >&2
  exit 2
fi
target=$1
n=$2
shift 2
case "$n" in '' | *[!0-9]*) echo "N must be a whole number, got \"$n\"" >&2; exit 2 ;; esac
log_dir=${LOG_DIR:-$(mktemp -d /tmp/repeat-tests.XXXXXX)}
mkdir -p "$log_dir"
npm run build --silent >"$log_dir/build.log" 2>&1 || { echo "build failed, see $log_dir/build.log" >&2; exit 2; }
if [ "$target" = all ]; then files=(); else files=("$target"); fi
passed=0
for i in $(seq 1 "$n"); do
  start=$(date +%s)
  if npx vitest run "${files[@]}" "$@" >"$log_dir/run-$i.log" 2>&1; then
    passed=$((passed + 1)); status=pass
  else
    status=FAIL
  fi
  # colour codes off first: vitest colours its summary when it thinks it writes to a terminal
  summary=$(sed 's/\x1b\[[0-9;]*m//g' "$log_dir/run-$i.log" | grep -E '^ +Tests ' | tail -1 | sed 's/^ *//')
  echo "run $i/$n: $status in $(( $(date +%s) - start ))s ($summary)"
done
echo "$passed of $n runs passed ($target); logs in $log_dir"
[ "$passed" -eq "$n" ]
