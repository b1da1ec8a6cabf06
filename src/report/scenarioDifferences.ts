/*
 * What a variant changes compared with the base scenario, setting by setting,
 * so a reader sees at once what was varied (e.g. "office.units[0].handlers:
 * 40 → 60"). When a unit's regime or a policy's kind changes, that one change
 * is reported instead of every default that comes with it.
 */
import { describeValue } from "../text/describeValue";

/** Settings that name or document a scenario, or say how it was run, rather than what it is. */
const IGNORED = new Set(["$schema", "name", "description", "run.seed", "run.replications"]);
/** Fields that say what kind of thing an object is; when they differ, the rest is not compared. */
const DISCRIMINATORS = ["regime", "kind"];

/**
 * One line per setting that differs between `base` and `other` (plain data,
 * e.g. two validated scenarios), `path: <base value> → <other value>`, in
 * the order the settings appear; "(absent)" for a setting only one has. A
 * changed `regime` or `kind` gives one line for the whole object, and lists of
 * units or policies of different lengths one line for the list. The scenario's name,
 * description, seed and replication count are ignored.
 *
 * @param limit - most lines; further differences are summarised in one last line @defaultValue 25
 */
export function scenarioDifferences(base: unknown, other: unknown, limit = 25): string[] {
  const lines: string[] = [];
  diff(base, other, "", lines);
  if (lines.length > limit) {
    const rest = lines.length - (limit - 1);
    return [...lines.slice(0, limit - 1), `… and ${rest} more differences`];
  }
  return lines;
}

function diff(a: unknown, b: unknown, path: string, out: string[]): void {
  if (IGNORED.has(path)) return;
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const d of DISCRIMINATORS) {
      if (d in a || d in b) {
        if (a[d] !== b[d]) {
          out.push(`${path === "" ? "(root)" : path}: ${label(a)} → ${label(b)}`);
          return;
        }
      }
    }
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
      diff(a[key], b[key], path === "" ? key : `${path}.${key}`, out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && (a.some(isPlainObject) || b.some(isPlainObject))) {
    const as: readonly unknown[] = a;
    const bs: readonly unknown[] = b;
    // Lists of units or policies of different lengths: say which kinds each has.
    const tagged = [...as, ...bs].every((x) => isPlainObject(x) && DISCRIMINATORS.some((d) => d in x));
    if (a.length !== b.length && tagged) {
      out.push(`${path}: [${as.map(label).join(", ")}] → [${bs.map(label).join(", ")}]`);
      return;
    }
    const n = Math.max(as.length, bs.length);
    for (let i = 0; i < n; i++) diff(as[i], bs[i], `${path}[${i}]`, out);
    return;
  }
  const x = a === undefined ? "(absent)" : JSON.stringify(a);
  const y = b === undefined ? "(absent)" : JSON.stringify(b);
  if (x !== y) out.push(`${path === "" ? "(root)" : path}: ${x} → ${y}`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** An object by what it is: its regime or kind (as a unit or policy), else JSON. */
function label(v: unknown): string {
  if (v === undefined) return "(absent)";
  if (isPlainObject(v)) {
    if (typeof v["regime"] === "string") return `${v["regime"]} unit`;
    if (typeof v["kind"] === "string") return v["kind"];
  }
  const text = JSON.stringify(v) ?? describeValue(v); // functions and symbols have no JSON
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
