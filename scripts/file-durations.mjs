#!/usr/bin/env node
// Writes test/fileDurations.json, the order in which `npm test` starts its files (longest
// first; test/durationSequencer.ts), from a vitest JSON report of a whole-suite run:
//
//   npx vitest run --reporter=json --outputFile=/tmp/report.json && node scripts/file-durations.mjs /tmp/report.json
//
// Only the order matters: a stale or missing entry slows the suite down, it never changes a result.
import { readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";

const [report] = process.argv.slice(2);
if (report === undefined) {
  console.error("usage: node scripts/file-durations.mjs REPORT.json (a vitest --reporter=json output)");
  process.exit(2);
}
const root = resolve(import.meta.dirname, "..");
const { testResults } = JSON.parse(readFileSync(report, "utf8"));
const seconds = testResults
  .map((f) => [relative(root, f.name), Math.round((f.endTime - f.startTime) / 100) / 10])
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(resolve(root, "test/fileDurations.json"), JSON.stringify(Object.fromEntries(seconds), null, 2) + "\n");
console.log(`test/fileDurations.json: ${seconds.length} files, ${seconds.reduce((s, [, d]) => s + d, 0).toFixed(0)} s in all`);
