/*
 * What a variant changes compared with the base scenario, setting by setting,
 * so a reader sees at once what was varied (e.g. "office.units[0].regime:
 * "standardised" → "team"").
 */
import { scenarioLeaves } from "./scenarioLeaves";

/** Settings that name or document a scenario, or say how it was run, rather than what it is. */
const IGNORED = new Set(["$schema", "name", "description", "run.seed", "run.replications"]);

/**
 * One line per setting that differs between `base` and `other` (plain data,
 * e.g. two validated scenarios), `path: <base value> → <other value>`, in
 * the order the settings appear; "(absent)" for a setting only one has. The
 * scenario's name, description, seed and replication count are ignored.
 *
 * @param limit - most lines; further differences are summarised in one last line @defaultValue 25
 */
export function scenarioDifferences(base: unknown, other: unknown, limit = 25): string[] {
  const a = new Map(scenarioLeaves(base).map(([p, v]) => [p, JSON.stringify(v)]));
  const b = new Map(scenarioLeaves(other).map(([p, v]) => [p, JSON.stringify(v)]));
  const paths = [...new Set([...a.keys(), ...b.keys()])].filter((p) => !IGNORED.has(p));
  const lines: string[] = [];
  for (const p of paths) {
    const x = a.get(p);
    const y = b.get(p);
    if (x !== y) lines.push(`${p}: ${x ?? "(absent)"} → ${y ?? "(absent)"}`);
  }
  if (lines.length > limit) {
    const rest = lines.length - (limit - 1);
    return [...lines.slice(0, limit - 1), `… and ${rest} more differences`];
  }
  return lines;
}
