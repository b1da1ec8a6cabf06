/*
 * Checks that the figures a user reads — in a result CSV or in a printed table —
 * are finite and in ranges a domain expert would accept, so a README or example
 * test fails on NaN or nonsense and not only on a missing label. The ranges are
 * wide (they catch broken arithmetic, not calibration): shares, accuracies and
 * utilisation in [0, 1], lead times and days to payment in [0, 365] days,
 * contacts per claim in [0, 20], hours per correct decision in (0, 100].
 */
import { expect } from "vitest";

/** The allowed range of a metric, by its name; undefined when no range is known (then only finiteness is checked). */
export function plausibleRange(metric: string): [number, number] | undefined {
  const m = metric.toLowerCase();
  if (/callanswerseconds|call answer/.test(m)) return [0, 86_400];
  if (/leadtimedays|daystofirstpayment|lead time|days to first payment|p90 days|mean days/.test(m)) return [0, 365];
  if (/hourspercorrectdecision|hours per correct decision/.test(m)) return [1e-6, 100];
  if (/contactspercase|contacts per claim/.test(m)) return [0, 20];
  if (/share|accuracy|uniformity|timeshare\.|time: |utilisation|checkpoints ?on ?time|unstable/.test(m)) return [0, 1];
  if (/decisionsperweek|decisions per week|backlog|arrived|decided|withdrawn|open|contactsbyreason/.test(m)) return [0, 1e7];
  return undefined;
}

/**
 * Every metric's figure in a result CSV is finite and plausible: the mean column of a summary
 * (`metric,mean,…`) or the value column of a per-replication table (`replication,metric,value`).
 * Returns how many figures were checked.
 */
export function expectPlausibleSummaryCsv(csv: string): number {
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  const cols = (header as string).split(",");
  const iMetric = cols.indexOf("metric");
  const iMean = cols.includes("mean") ? cols.indexOf("mean") : cols.indexOf("value");
  expect(iMetric, `CSV header ${header}`).toBeGreaterThanOrEqual(0);
  expect(iMean, `CSV header ${header}`).toBeGreaterThanOrEqual(0);
  let checked = 0;
  for (const row of rows) {
    const f = row.split(",");
    if (f.length !== cols.length) break; // a second table (per replication) follows
    const metric = f[iMetric] as string;
    const value = Number(f[iMean]);
    // a figure the measurement regime does not record is NaN by design
    if (Number.isNaN(value) && /^measured\..*\.measured$/.test(metric)) continue;
    expect(Number.isFinite(value), `${metric} = ${f[iMean]}`).toBe(true);
    const range = plausibleRange(metric);
    if (range !== undefined) {
      expect(value, metric).toBeGreaterThanOrEqual(range[0]);
      expect(value, metric).toBeLessThanOrEqual(range[1]);
    }
    checked++;
  }
  return checked;
}

/**
 * A printed table: no NaN, Infinity or undefined anywhere, and in each row whose label has a known
 * range, the first figure after the label (the base value) lies in it. Returns the rows checked.
 */
export function expectPlausibleTable(out: string): number {
  expect(out, "printed output").not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
  let checked = 0;
  for (const line of out.split("\n")) {
    const m = /^([a-z][a-z ,:&()\-–/]*?)\s{2,}(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)(?:\s|$)/i.exec(line.trim());
    if (m === null) continue;
    const range = plausibleRange(m[1] as string);
    if (range === undefined) continue;
    const value = Number(m[2]);
    expect(value, line.trim()).toBeGreaterThanOrEqual(range[0]);
    expect(value, line.trim()).toBeLessThanOrEqual(range[1]);
    checked++;
  }
  return checked;
}
