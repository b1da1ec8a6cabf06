/*
 * One chart of the report: a Vega-Lite specification with its data inlined, a
 * name (the `data-chart` attribute of its container), a title and a caption
 * that says how to read it.
 */

/** A chart of the report. */
export interface ReportChart {
  /** Identifier, unique within a report: letters, digits and dashes (e.g. `"lead-time"`). */
  name: string;
  /** Heading shown above the chart. */
  title: string;
  /** How to read the chart, shown below it. */
  caption: string;
  /** Vega-Lite specification (version 6) with inline data. */
  spec: Record<string, unknown>;
}
