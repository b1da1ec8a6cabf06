/*
 * The order in which `npm test` starts its test files: the files that failed in the
 * last local run first (vitest's cache), then files not yet measured, then the rest
 * by their measured duration, longest first (test/fileDurations.json, written by
 * scripts/file-durations.mjs). With two workers, a long file started last keeps one
 * core busy alone at the end; vitest's own order needs its results cache, which a
 * fresh clone (CI) does not have, and then starts the largest files first by bytes,
 * which put the README's blocks (a short file, about 100 s of work) last.
 * The order changes only how long the suite takes, never a result.
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const measured = JSON.parse(readFileSync(resolve(import.meta.dirname, "fileDurations.json"), "utf8")) as Record<string, number>;

/** Vitest sequencer: failed first, then unmeasured, then longest measured first (ties by path). */
export class DurationSequencer extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const key = (f: TestSpecification) => relative(root, f.moduleId);
    const failed = (f: TestSpecification) => this.ctx.cache.getFileTestResults(`${f.project.name}:${key(f)}`)?.failed === true;
    // unmeasured files weigh the most (as in vitest's own order: a new file may be long); equal weights fall to the path
    const weight = (f: TestSpecification) => measured[key(f)] ?? Number.MAX_VALUE;
    return Promise.resolve(
      [...files].sort((a, b) => Number(failed(b)) - Number(failed(a)) || weight(b) - weight(a) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
    );
  }
}
