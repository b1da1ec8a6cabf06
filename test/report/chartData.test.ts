/*
 * The report's charts show the result's numbers. The Vega-Lite specifications
 * embedded in the HTML report (the JSON in <script id="caseflow-charts">) are
 * read back without a browser, and every plotted value is checked against the
 * result it was made from: estimates against the summary means, the backlog
 * line and band against the median, lowest and highest replication's weekly series, contacts per claim against the
 * records. Kills: "report charts plotting a constant instead of the data"
 * (issue 18), which the browser test (charts render, with nonzero size) lets
 * through.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { compareVariants, type ComparisonResult, type ExperimentResult } from "../../src/experiment";
import { renderReport, reportArms } from "../../src/report";
import { displayScale } from "../../src/report/formatMetricValue";
import { smallStandardised, smallTeams } from "../cli/cliHarness";
// Registers the built-in models ("office", "mm1"), as importing caseflow from its root does.
import "../../src/models/builtinModels";

type Row = Record<string, unknown>;
interface EmbeddedChart {
  name: string;
  spec: Record<string, unknown>;
}

/** Every `data.values` row anywhere in a spec (top level, facets, layers). */
function rowsOf(spec: unknown): Row[] {
  const out: Row[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const o = node as Record<string, unknown>;
    const data = o["data"] as { values?: unknown } | undefined;
    if (data !== undefined && Array.isArray(data.values)) out.push(...(data.values as Row[]));
    for (const [k, v] of Object.entries(o)) if (k !== "data") walk(v);
  };
  walk(spec);
  return out;
}

let result: ComparisonResult<unknown>;
let charts: EmbeddedChart[];
let byLabel: Map<string, ExperimentResult<unknown>>;

beforeAll(async () => {
  result = await compareVariants("office", smallStandardised, { teams: smallTeams }, { replications: 3, rootSeed: 11, workers: 1, keepSeries: true });
  const html = renderReport(result);
  const m = /<script type="application\/json" id="caseflow-charts">([\s\S]*?)<\/script>/.exec(html);
  if (m === null) throw new Error("the report has no embedded chart specifications");
  charts = JSON.parse(m[1] as string) as EmbeddedChart[];
  byLabel = new Map(reportArms(result).map((a) => [a.label, a.result]));
});

const chart = (name: string): EmbeddedChart => {
  const c = charts.find((x) => x.name === name);
  if (c === undefined) throw new Error(`no chart "${name}" among ${charts.map((x) => x.name).join(", ")}`);
  return c;
};
const armOf = (row: Row): ExperimentResult<unknown> => {
  const r = byLabel.get(String(row["arm"]));
  if (r === undefined) throw new Error(`row for unknown arm ${String(row["arm"])}`);
  return r;
};
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("the report's embedded chart data", () => {
  it("lead time: each bar is the summary mean of that arm's percentile", () => {
    const prefix: Record<string, string> = {
      "all claims": "leadTimeDays",
      simple: "leadTimeDays.byComplexity.simple",
      standard: "leadTimeDays.byComplexity.standard",
      complex: "leadTimeDays.byComplexity.complex",
    };
    const rows = rowsOf(chart("lead-time").spec).filter((r) => "mean" in r);
    expect(rows.length).toBe(2 * 4 * 2); // two arms, four classes, p50 and p90
    for (const r of rows) {
      const key = `${prefix[String(r["class"])]}.${String(r["stat"]).includes("p90") ? "p90" : "p50"}`;
      const s = armOf(r).summary[key]!;
      expect(r["mean"], `${String(r["arm"])} ${key}`).toBe(s.mean);
      expect(r["lower"]).toBe(s.lower);
      expect(r["upper"]).toBe(s.upper);
    }
    // the two arms differ (so a constant cannot pass by chance)
    const all = rows.filter((r) => r["class"] === "all claims").map((r) => r["mean"]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("backlog: each arm's line is the median replication's weekly backlog, its band the lowest and highest replication", () => {
    // one band per arm (in arm order), one row per week in the order of the weekly series
    const bands: Row[][] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== "object") return;
      const o = node as Record<string, unknown>;
      const values = (o["data"] as { values?: Row[] } | undefined)?.values;
      // the area (band) and the line of one panel draw the same rows: count each row set once
      if (Array.isArray(values) && values.length > 0 && "median" in values[0]! && !bands.some((b) => JSON.stringify(b) === JSON.stringify(values)))
        bands.push(values);
      for (const [k, v] of Object.entries(o)) if (k !== "data") walk(v);
    };
    walk(chart("backlog").spec);
    const arms = [...byLabel.values()];
    expect(bands.length).toBe(arms.length);
    let checked = 0;
    bands.forEach((band, k) => {
      const series = arms[k]!.series!;
      expect(band.length).toBe(series[0]!["day"]!.length);
      band.forEach((r, i) => {
        const xs = series.map((s) => s["backlog"]![i]!).sort((a, b) => a - b);
        const median = xs.length % 2 === 1 ? xs[(xs.length - 1) / 2]! : (xs[xs.length / 2 - 1]! + xs[xs.length / 2]!) / 2;
        expect(r["median"] as number).toBeCloseTo(median, 9);
        expect(r["low"]).toBe(xs[0]);
        expect(r["high"]).toBe(xs[xs.length - 1]);
        checked++;
      });
    });
    expect(checked).toBeGreaterThan(20);
  });

  it("time split: each share is the arm's summary mean of that share", () => {
    const rows = rowsOf(chart("time-split").spec).filter((r) => "share" in r);
    expect(rows.length).toBeGreaterThanOrEqual(2 * 5);
    for (const r of rows) {
      const means = Object.entries(armOf(r).summary).filter(([k]) => k.startsWith("timeShare."));
      expect(
        means.map(([, s]) => s.mean),
        `${String(r["arm"])} ${String(r["use"])}`,
      ).toContain(r["share"]);
    }
    for (const label of byLabel.keys()) {
      const total = rowsOf(chart("time-split").spec)
        .filter((r) => r["arm"] === label)
        .reduce((a, r) => a + (r["share"] as number), 0);
      expect(total).toBeCloseTo(1, 6);
    }
  });

  it("measured against true: each dot is the summary mean of measured.<figure>.<kind>, in the figure's display unit", () => {
    const rows = rowsOf(chart("measured-vs-true").spec).filter((r) => "mean" in r);
    expect(rows.length).toBeGreaterThanOrEqual(2 * 4);
    for (const r of rows) {
      const kind = String(r["value"]);
      // shares are drawn in per cent, other figures as they are (displayScale)
      const candidates = Object.entries(armOf(r).summary)
        .filter(([k]) => k.startsWith("measured.") && k.endsWith(`.${kind}`))
        .map(([k, s]) => s.mean * displayScale(k));
      expect(
        candidates.some((c) => Math.abs(c - (r["mean"] as number)) <= 1e-9 * Math.max(1, Math.abs(c))),
        `${String(r["arm"])} ${kind} ${String(r["mean"])} among ${candidates.join(", ")}`,
      ).toBe(true);
    }
  });

  it("every other plotted estimate (any chart) is one of its arm's summary means", () => {
    let checked = 0;
    for (const c of charts) {
      for (const r of rowsOf(c.spec)) {
        // backlog and measured-vs-true are checked above (weekly medians; display units)
        if (!("arm" in r) || c.name === "backlog" || c.name === "measured-vs-true") continue;
        for (const field of ["mean", "share"] as const) {
          if (typeof r[field] !== "number") continue;
          const means = Object.values(armOf(r).summary).map((s) => s.mean);
          expect(means, `${c.name}: ${JSON.stringify(r)}`).toContain(r[field]);
          checked++;
        }
        if (typeof r["perClaim"] === "number") {
          // contacts of one reason per arrived claim, averaged over replications
          const recs = armOf(r).records;
          const reason = String(r["reason"])
            .replace(/^(value|office|failure): /, "")
            .replace(/ /g, "-");
          const expected = mean(recs.map((x) => (x[`contactsByReason.${reason}`] ?? 0) / (x["arrived"] as number)));
          expect(r["perClaim"], `${c.name}: ${JSON.stringify(r)}`).toBeCloseTo(expected, 12);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
