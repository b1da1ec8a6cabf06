/*
 * Flattens nested metric groups into the flat, dotted names that replication
 * records use: { leadTimeDays: { p90: 41 } } becomes { "leadTimeDays.p90": 41 }.
 */
import type { MetricRecord } from "./ExperimentModel";

/** Nested metric groups: numbers, or further groups. */
export interface NestedMetrics {
  [name: string]: number | NestedMetrics;
}

/**
 * Flattens nested groups into one record, joining names with dots, in
 * depth-first key order.
 *
 * @throws TypeError naming the metric if a leaf is not a number
 */
export function flattenMetrics(nested: NestedMetrics, prefix = ""): MetricRecord {
  const out: MetricRecord = {};
  const visit = (node: NestedMetrics, path: string): void => {
    for (const key of Object.keys(node)) {
      const name = path === "" ? key : `${path}.${key}`;
      const value = node[key];
      if (typeof value === "number") out[name] = value;
      else if (typeof value === "object" && value !== null && !Array.isArray(value)) visit(value, name);
      else
        throw new TypeError(`flattenMetrics: metric "${name}" must be a number or a group of metrics, got ${Array.isArray(value) ? "an array" : typeof value}`);
    }
  };
  visit(nested, prefix);
  return out;
}
