/*
 * Reading and writing one setting of a scenario by its dotted path, without
 * touching the original: setPath returns a modified deep copy. A path that does
 * not exist is an error (with a suggestion for misspelt keys), so a sweep over
 * `polices[1].target` fails loudly instead of adding a key nobody reads.
 */
import { closestMatch } from "./closestMatch";
import { formatPath, parsePath, type PathSegment } from "./parsePath";

/** Options of {@link setPath}. */
export interface SetPathOptions {
  /**
   * Allow the last key to be new (its parent must exist), e.g. to set an
   * optional setting that the scenario leaves out. @defaultValue false
   */
  create?: boolean;
}

/**
 * A deep copy of `obj` with the value at `path` replaced by `value` (also deep
 * copied). `obj` is not modified.
 *
 * @param obj - plain data (objects, arrays, primitives), as read from JSON
 * @param path - dotted path such as `policies[1].target.perWeek` (see {@link parsePath})
 * @param value - the new value
 * @throws RangeError naming the path if it is malformed or does not exist in
 *   `obj` (array index out of range, unknown key — with a "did you mean" — or a
 *   step into a non-object)
 */
export function setPath<T>(obj: T, path: string, value: unknown, options: SetPathOptions = {}): T {
  const segments = parsePath(path);
  const copy = structuredClone(obj);
  const parent = walk(copy, segments, segments.length - 1, path, "setPath");
  const last = segments[segments.length - 1]!;
  checkStep(parent, last, segments, segments.length - 1, path, "setPath", options.create === true);
  (parent as Record<PropertyKey, unknown>)[last] = structuredClone(value);
  return copy;
}

/**
 * The value at `path` in `obj`.
 *
 * @throws RangeError naming the path if it is malformed or does not exist in `obj`
 */
export function getPath(obj: unknown, path: string): unknown {
  const segments = parsePath(path);
  return walk(obj, segments, segments.length, path, "getPath");
}

function walk(obj: unknown, segments: PathSegment[], steps: number, path: string, caller: string): unknown {
  let node = obj;
  for (let k = 0; k < steps; k++) {
    const seg = segments[k]!;
    checkStep(node, seg, segments, k, path, caller, false);
    node = (node as Record<PropertyKey, unknown>)[seg];
  }
  return node;
}

function checkStep(node: unknown, seg: PathSegment, segments: PathSegment[], k: number, path: string, caller: string, create: boolean): void {
  const where = k === 0 ? "the top level" : `"${formatPath(segments.slice(0, k))}"`;
  const prefix = `${caller}: path "${path}" does not exist`;
  if (typeof seg === "number") {
    if (!Array.isArray(node)) {
      throw new RangeError(`${prefix}: ${where} is ${kind(node)}, not an array, so it has no index [${seg}]`);
    }
    if (seg >= node.length && !(create && seg === node.length)) {
      throw new RangeError(
        `${prefix}: ${where} has ${node.length} element${node.length === 1 ? "" : "s"}` +
          (node.length === 0 ? "" : ` (indices 0 to ${node.length - 1})`) +
          `, so there is no index [${seg}]`,
      );
    }
    return;
  }
  if (typeof node !== "object" || node === null || Array.isArray(node)) {
    throw new RangeError(`${prefix}: ${where} is ${kind(node)}, not an object, so it has no key "${seg}"`);
  }
  if (!Object.hasOwn(node, seg) && !create) {
    const keys = Object.keys(node);
    const guess = closestMatch(seg, keys);
    throw new RangeError(
      `${prefix}: ${where} has no key "${seg}"` +
        (guess === undefined ? "" : `; did you mean "${guess}"?`) +
        ` Keys there: ${keys.length === 0 ? "none" : keys.join(", ")}`,
    );
  }
}

function kind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (v === undefined) return "undefined";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return `a ${typeof v} (${String(v)})`;
  return `a ${typeof v}`;
}
