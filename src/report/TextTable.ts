/*
 * A table of already formatted cells: what the command prints in a terminal
 * and the report renders as HTML, so both show the same numbers.
 */

/** A table of text cells with column headers and alignment. */
export interface TextTable {
  /** Heading above the table, if any. */
  title?: string;
  /** Column headers. */
  columns: string[];
  /** Alignment per column: numbers right, text left. */
  align: Array<"left" | "right">;
  /** Rows of cells, one per column. */
  rows: string[][];
  /** A line under the table (e.g. what a marker means), if any. */
  note?: string;
}
