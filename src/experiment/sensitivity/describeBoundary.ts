/*
 * Says in words where each scenario wins on a regime map: along each row of
 * the grid, the runs of cells with the same verdict, and where the verdict
 * changes, so a reader gets the boundary without reading the heat map.
 */
import type { RegimeAxis, RegimeCell } from "./RegimeMapResult";

/** Short text of a condition value. */
function v(x: unknown): string {
  return typeof x === "number" ? String(Number(x.toPrecision(4))) : JSON.stringify(x);
}

/** Leaf name of a path, for sentences. */
function leaf(path: string): string {
  return path
    .split(".")
    .pop()!
    .replace(/\[(\d+)\]/g, "");
}

/**
 * Sentences describing the regions of a regime map: one summary, then one per
 * row (y value) giving the stretches of x where each verdict holds.
 *
 * @param cells - row by row, y slowest (as in {@link RegimeMapResult.cells})
 */
export function describeBoundary(x: RegimeAxis, y: RegimeAxis, cells: readonly RegimeCell[], metric: string, better: "lower" | "higher"): string[] {
  const verdicts = new Set(cells.map((c) => c.winner));
  const xs = leaf(x.path);
  const ys = leaf(y.path);
  const sentences: string[] = [];
  const criterion = `${metric} (${better} is better; a verdict needs a paired 95% interval that excludes 0)`;
  if (verdicts.size === 1) {
    const [only] = [...verdicts];
    sentences.push(
      only === "no clear difference"
        ? `On ${criterion}, no cell shows a clear difference: there is no boundary inside this grid.`
        : `On ${criterion}, ${only} is better in every cell: the boundary, if any, lies outside ${x.path} ${v(x.values[0])}–${v(x.values.at(-1))} × ${y.path} ${v(y.values[0])}–${v(y.values.at(-1))}.`,
    );
  } else {
    const counts = [...verdicts].map((w) => `${w} in ${cells.filter((c) => c.winner === w).length}`);
    sentences.push(`On ${criterion}, the verdicts over ${cells.length} cells: ${counts.join(", ")}.`);
  }
  y.values.forEach((yv, yi) => {
    const row = cells.filter((c) => c.yi === yi).sort((a, b) => a.xi - b.xi);
    const runs: Array<{ winner: string; from: unknown; to: unknown }> = [];
    for (const c of row) {
      const last = runs.at(-1);
      if (last !== undefined && last.winner === c.winner) last.to = c.x;
      else runs.push({ winner: c.winner, from: c.x, to: c.x });
    }
    const parts = runs.map((r) => `${r.winner} ${r.from === r.to ? `at ${xs} ${v(r.from)}` : `for ${xs} ${v(r.from)}–${v(r.to)}`}`);
    const switches = runs.length - 1;
    sentences.push(`At ${ys} ${v(yv)}: ${parts.join("; ")}${switches === 0 ? " (no change along this row)" : ""}.`);
  });
  return sentences;
}
