/*
 * Names for the variants of a comparison: each scenario's own `name` when it
 * has a distinctive one, otherwise its file name, made unique.
 */
import { basename, extname } from "node:path";

/**
 * One name per variant file: the scenario's `name`, unless it is missing, the
 * default "scenario", the base's name or already taken; then the file name
 * without extension; duplicates get " (2)", " (3)", ….
 *
 * @param baseName - the base scenario's name (variants may not take it)
 * @param variants - each variant's file path and validated scenario
 */
export function variantNames(baseName: string, variants: ReadonlyArray<{ path: string; scenario: unknown }>): string[] {
  const taken = new Set<string>([baseName]);
  return variants.map(({ path, scenario }) => {
    const own = typeof scenario === "object" && scenario !== null ? (scenario as Record<string, unknown>)["name"] : undefined;
    let name = typeof own === "string" && own !== "" && own !== "scenario" && !taken.has(own) ? own : basename(path, extname(path));
    if (taken.has(name)) {
      let k = 2;
      while (taken.has(`${name} (${k})`)) k++;
      name = `${name} (${k})`;
    }
    taken.add(name);
    return name;
  });
}
