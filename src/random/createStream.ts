/*
 * Creates seeded random streams over seedrandom's Alea generator (fast, passes
 * BigCrush per its author). The generator for a stream is seeded with the text
 * `caseflow:<root>/<path>`, so a stream is fully determined by the root seed and
 * its name path, and nothing is shared between streams.
 */
import seedrandom from "seedrandom";
import type { RandomStream } from "./RandomStream";

const SEED_PREFIX = "caseflow:";

/**
 * Creates the random stream for `rootSeed` at the name path `names`.
 *
 * `createStream(42, "rep", 3, "arrivals")` is the same stream as
 * `createStream(42).derive("rep", 3).derive("arrivals")`; its path is
 * `rep/3/arrivals` and its generator is seeded with `caseflow:42/rep/3/arrivals`.
 * With no names, the root stream (path `""`) is returned.
 *
 * @param rootSeed - The run seed: a finite number or a non-empty string without
 *   `/`. Numbers are used as `String(n)`, so `42` and `"42"` give the same streams.
 * @param names - Name path below the root: non-empty strings without `/`, or finite
 *   numbers. None by default.
 * @throws TypeError if `rootSeed` or a name has the wrong type; RangeError if it
 *   is not finite, empty or contains `/`.
 */
export function createStream(rootSeed: number | string, ...names: ReadonlyArray<string | number>): RandomStream {
  const root = rootSeedText(rootSeed);
  return makeStream(root, extendPath("", names, "createStream"));
}

function makeStream(root: string, path: string): RandomStream {
  const next = seedrandom.alea(`${SEED_PREFIX}${root}/${path}`);
  const stream = (): number => next();
  const derive = (...names: ReadonlyArray<string | number>): RandomStream => makeStream(root, extendPath(path, names, "derive"));
  Object.defineProperties(stream, {
    path: { value: path, enumerable: true },
    derive: { value: derive, enumerable: true },
  });
  return stream as RandomStream;
}

function rootSeedText(rootSeed: unknown): string {
  if (typeof rootSeed === "number") {
    if (!Number.isFinite(rootSeed)) {
      throw new RangeError(`createStream: rootSeed must be a finite number or a non-empty string, got ${rootSeed}`);
    }
    return String(rootSeed);
  }
  if (typeof rootSeed === "string") {
    if (rootSeed === "" || rootSeed.includes("/")) {
      throw new RangeError(`createStream: rootSeed must be a non-empty string without "/" (or a finite number), got ${JSON.stringify(rootSeed)}`);
    }
    return rootSeed;
  }
  throw new TypeError(`createStream: rootSeed must be a finite number or a non-empty string, got ${typeof rootSeed}`);
}

function extendPath(path: string, names: ReadonlyArray<unknown>, caller: string): string {
  let result = path;
  for (let i = 0; i < names.length; i++) {
    const part = nameText(names[i], i, caller);
    result = result === "" ? part : `${result}/${part}`;
  }
  return result;
}

function nameText(name: unknown, index: number, caller: string): string {
  if (typeof name === "number") {
    if (!Number.isFinite(name)) {
      throw new RangeError(`${caller}: names[${index}] must be a finite number or a non-empty string without "/", got ${name}`);
    }
    return String(name);
  }
  if (typeof name === "string") {
    if (name === "" || name.includes("/")) {
      throw new RangeError(`${caller}: names[${index}] must be a non-empty string without "/" (use separate names for levels), got ${JSON.stringify(name)}`);
    }
    return name;
  }
  throw new TypeError(`${caller}: names[${index}] must be a string or a number, got ${typeof name}`);
}
