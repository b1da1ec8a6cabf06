#!/usr/bin/env bash
# Counts lint problems per folder, so one can see what is left to fix and where
# (the lint gate in .ci/run needs zero). Runs ESLint once over the given paths
# (default: the whole project, as `npm run lint` does) and prints, per folder,
# errors, warnings and the rules that fire most; then the totals.
#
#   scripts/lint-report.sh                 # folders to depth 3 (src/experiment/sensitivity apart from src/experiment)
#   DEPTH=2 scripts/lint-report.sh src     # src/engine, src/experiment, … only
#   npm run lint:report
#
# Exit code 0 whatever the count (it is a report; `npm run lint` is the gate),
# 2 if ESLint itself failed (bad configuration, parse error).
set -uo pipefail
cd "$(dirname "$0")/.."
depth=${DEPTH:-3}
[ $# -eq 0 ] && set -- .
out=$(mktemp /tmp/lint-report.XXXXXX.json)
trap 'rm -f "$out"' EXIT
npx eslint --format json --output-file "$out" "$@"
status=$?
if [ "$status" -gt 1 ] || [ ! -s "$out" ]; then
  echo "lint-report: eslint failed (exit $status)" >&2
  exit 2
fi
node - "$out" "$depth" <<'JS'
const [file, depthText] = process.argv.slice(2);
const results = JSON.parse(require("node:fs").readFileSync(file, "utf8"));
const depth = Number(depthText);
const root = process.cwd() + "/";
const folders = new Map();
let errors = 0, warnings = 0, fatal = 0;
for (const r of results) {
  if (r.messages.length === 0) continue;
  const dirs = r.filePath.replace(root, "").split("/").slice(0, -1);
  const key = dirs.length === 0 ? "(top level)" : dirs.slice(0, depth).join("/");
  const f = folders.get(key) ?? { errors: 0, warnings: 0, rules: new Map() };
  folders.set(key, f);
  for (const m of r.messages) {
    if (m.fatal) fatal++;
    if (m.severity === 2) { f.errors++; errors++; } else { f.warnings++; warnings++; }
    const rule = m.ruleId ?? "(parse error)";
    f.rules.set(rule, (f.rules.get(rule) ?? 0) + 1);
  }
}
const rows = [...folders].sort(([a], [b]) => a.localeCompare(b));
const width = Math.max(6, ...rows.map(([k]) => k.length));
console.log(`${"folder".padEnd(width)}  errors  warnings  most frequent rules`);
for (const [key, f] of rows) {
  const top = [...f.rules].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([r, n]) => `${r.replace("@typescript-eslint/", "ts/")} ${n}`).join(", ");
  console.log(`${key.padEnd(width)}  ${String(f.errors).padStart(6)}  ${String(f.warnings).padStart(8)}  ${top}`);
}
console.log(`${"total".padEnd(width)}  ${String(errors).padStart(6)}  ${String(warnings).padStart(8)}  in ${rows.length} folders, ${results.length} files linted${fatal ? `, ${fatal} parse errors` : ""}`);
JS
