/*
 * Rows of plain values as CSV text following RFC 4180: comma separated, CRLF
 * line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled inside quoted fields.
 */

/**
 * Writes rows as CSV with a header line.
 *
 * Numbers are written with `String(n)` (shortest text that reads back to the
 * same number; `NaN`, `Infinity`), booleans as `true`/`false`, `null` and
 * `undefined` as an empty field, other objects as JSON.
 *
 * @param rows - the records
 * @param columns - the columns, in order; by default every key of the rows in
 *   order of first appearance
 */
export function toCSV(rows: ReadonlyArray<Record<string, unknown>>, columns?: ReadonlyArray<string>): string {
  let cols: ReadonlyArray<string>;
  if (columns === undefined) {
    const seen = new Set<string>();
    for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
    cols = [...seen];
  } else {
    cols = columns;
  }
  const lines = [cols.map(csvField).join(",")];
  for (const row of rows) lines.push(cols.map((c) => csvField(row[c])).join(","));
  return lines.join("\r\n") + "\r\n";
}

/** One CSV field, quoted per RFC 4180 when needed. */
export function csvField(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (typeof value === "string") text = value;
  else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") text = String(value);
  else text = JSON.stringify(value) ?? "";
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
