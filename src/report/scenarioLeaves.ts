/*
 * Flattens plain data (a scenario) into its settings: dotted paths with their
 * values, the form used to list a scenario of an unknown model and to find what
 * a variant changes.
 */

/**
 * The leaves of plain data as (path, value) pairs in document order, paths in
 * the dotted form of setPath (`office.units[0].handlers`). Arrays of primitives
 * count as one leaf; a primitive at the top has path "(value)".
 *
 * @param prefix - path of `value` itself @defaultValue ""
 */
export function scenarioLeaves(value: unknown, prefix = ""): Array<[string, unknown]> {
  if (typeof value !== "object" || value === null) return [[prefix === "" ? "(value)" : prefix, value]];
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== "object" || v === null)) return [[prefix, value]];
    return value.flatMap((v, i) => scenarioLeaves(v, `${prefix}[${i}]`));
  }
  const out: Array<[string, unknown]> = [];
  for (const [k, v] of Object.entries(value)) out.push(...scenarioLeaves(v, prefix === "" ? k : `${prefix}.${k}`));
  return out;
}
