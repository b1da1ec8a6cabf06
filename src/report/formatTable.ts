/*
 * Lays out a text table for a terminal: columns padded to their widest cell,
 * numbers right-aligned, a rule under the header, the title above and the note
 * below.
 */
import type { TextTable } from "./TextTable";

/**
 * The table as lines of text (ending with a newline), columns separated by
 * two spaces. Widths count characters (code points), so "≥" and "–" take one.
 */
export function formatTable(table: TextTable): string {
  const n = table.columns.length;
  const width = table.columns.map((c) => length(c));
  for (const row of table.rows) {
    for (let k = 0; k < n; k++) width[k] = Math.max(width[k]!, length(row[k] ?? ""));
  }
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, k) => (table.align[k] === "right" ? pad(cell, width[k]!, "left") : pad(cell, width[k]!, "right")))
      .join("  ")
      .replace(/\s+$/, "");
  const out: string[] = [];
  if (table.title !== undefined) out.push(table.title);
  out.push(line(table.columns));
  out.push(width.map((w) => "-".repeat(w)).join("  "));
  for (const row of table.rows) out.push(line(table.columns.map((_, k) => row[k] ?? "")));
  if (table.note !== undefined) out.push(table.note);
  return out.join("\n") + "\n";
}

function length(s: string): number {
  return [...s].length;
}

function pad(s: string, w: number, side: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, w - length(s)));
  return side === "left" ? fill + s : s + fill;
}
