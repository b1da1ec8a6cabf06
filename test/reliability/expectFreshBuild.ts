/*
 * Tests that run the built library (dist/) in child processes or worker
 * threads must not measure stale code: this fails with a clear message when
 * dist/index.js is missing or older than any source file. `npm test` builds
 * first (the pretest script).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Throws unless dist/index.js and dist/worker.js exist and are newer than every file in src/. */
export function expectFreshBuild(): void {
  const newest = newestSource(join(root, "src"));
  for (const file of ["index.js", "worker.js"]) {
    const built = join(root, "dist", file);
    if (!existsSync(built)) throw new Error(`dist/${file} is missing: run \`npm run build\` before these tests`);
    if (statSync(built).mtimeMs < newest) throw new Error(`dist/${file} is older than the sources: run \`npm run build\` before these tests`);
  }
}
