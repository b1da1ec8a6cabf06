/*
 * The report's building blocks without a browser: number formatting, text
 * tables, outcome tables of each kind of result, result files of every kind,
 * scenarios in words and their differences, and which charts apply.
 */
import { describe, expect, it } from "vitest";
import { compareVariants, runReplications, sweep, validate, type ComparisonResult } from "../../src/experiment";
import { mm1Model, officeScenarioSchema } from "../../src/models";
import {
  decimalsFor,
  formatEstimate,
  formatNumber,
  formatTable,
  renderReport,
  reportCharts,
  reportTables,
  resultFromJSON,
  resultKind,
  resultToJSON,
  scenarioDifferences,
  selectMetrics,
  summaryRows,
  tidyRows,
} from "../../src/report";
import { describeScenario } from "../../src/models";

const mm1 = { arrivalRate: 0.8, serviceRate: 1, servers: 1, horizon: 600, warmup: 100 };

describe("formatting numbers", () => {
  it("uses the decimals the interval supports, else four significant digits", () => {
    expect(decimalsFor(0.873, 0.023)).toBe(3);
    expect(decimalsFor(104.36, 11.55)).toBe(0);
    expect(decimalsFor(7.1, 2.7)).toBe(1);
    expect(decimalsFor(104.36, NaN)).toBe(1);
    expect(decimalsFor(0, 0)).toBe(0);
    expect(formatEstimate({ mean: 7.1026, halfWidth: 2.7067, lower: 4.3959, upper: 9.8093 })).toEqual({ mean: "7.1", interval: "[4.4, 9.8]" });
    expect(formatEstimate({ mean: 0.5, halfWidth: NaN, lower: NaN, upper: NaN })).toEqual({ mean: "0.5000", interval: "" });
    expect([formatNumber(NaN), formatNumber(Infinity), formatNumber(-0.0001, 2), formatNumber(12345.6), formatNumber(0.012345)]).toEqual([
      "n/a",
      "∞",
      "0.00",
      "12346",
      "0.01235",
    ]);
    expect(() => formatNumber(1, 11)).toThrow(RangeError);
  });

  it("lays out a text table with aligned columns", () => {
    const text = formatTable({
      title: "T",
      columns: ["metric", "mean"],
      align: ["left", "right"],
      rows: [
        ["a", "1.5"],
        ["longer", "10"],
      ],
      note: "n",
    });
    expect(text).toBe("T\nmetric  mean\n------  ----\na        1.5\nlonger    10\nn\n");
  });
});

describe("outcome tables and rows", () => {
  it("a single run: metric, mean, 95% CI, n", async () => {
    const r = await runReplications(mm1Model, mm1, { replications: 4, rootSeed: 3, workers: 1 });
    const [table] = reportTables(r);
    expect(table!.columns).toEqual(["metric", "mean", "95% CI", "n"]);
    expect(table!.rows.map((row) => row[0])).toEqual(Object.keys(r.summary));
    const s = r.summary["waitMean"]!;
    const e = formatEstimate(s);
    expect(table!.rows[0]).toEqual(["waitMean", e.mean, e.interval, "4"]);
    const { level: _level, ...fields } = s;
    expect(summaryRows(r, ["wait*"])).toEqual([{ metric: "waitMean", ...fields }]);
    expect(tidyRows(r)).toHaveLength(4 * Object.keys(r.summary).length);
  });

  it("a comparison: base, variant, difference with interval, relative, marker", async () => {
    const c = await compareVariants(mm1Model, mm1, { faster: { ...mm1, serviceRate: 1.25 } }, { replications: 5, rootSeed: 1, workers: 1 });
    const [table] = reportTables(c, { metrics: ["waitMean"] });
    expect(table!.columns).toEqual(["metric", "base", "faster", "difference", "95% CI", "relative", "sig."]);
    const x = c.comparisons["faster"]!["waitMean"]!;
    const row = table!.rows[0]!;
    expect(row[0]).toBe("waitMean");
    expect(row[3]).toBe(formatEstimate(x.difference).mean); // negative: a leading "-"
    expect(row[5]).toBe(`${(100 * x.relativeDifference).toFixed(1)}%`);
    expect(row[6]).toBe(x.significant ? "*" : "");
    expect(x.significant).toBe(true); // 25% faster service cuts the M/M/1 wait from 4 to 1.6 (theory)
    const rows = summaryRows(c, ["waitMean"]);
    expect(rows[0]).toMatchObject({ variant: "faster", metric: "waitMean", difference: x.difference.mean, significant: true });
    expect(
      tidyRows(c)
        .filter((r) => r["metric"] === "waitMean")
        .map((r) => r["scenario"]),
    ).toEqual([...Array(5).fill("base"), ...Array(5).fill("faster")]);
  });

  it("selectMetrics matches wildcards and suggests a name for a typo", () => {
    const names = ["leadTimeDays.p50", "leadTimeDays.p90", "decisionAccuracy"];
    expect(selectMetrics(names, ["*.p90", "decisionAccuracy"])).toEqual(["leadTimeDays.p90", "decisionAccuracy"]);
    expect(() => selectMetrics(names, ["decisionAcuracy"])).toThrow(/did you mean "decisionAccuracy"/);
  });
});

describe("result files of every kind", () => {
  it("a comparison and a sweep read back exactly, NaN included", async () => {
    const c = await compareVariants(mm1Model, mm1, { two: { ...mm1, servers: 2 } }, { replications: 3, rootSeed: 9, workers: 1 });
    // Force a non-finite number to check its encoding.
    c.comparisons["two"]!["waitMean"]!.relativeDifference = NaN;
    const back = resultFromJSON(resultToJSON(c)) as ComparisonResult<unknown>;
    expect(resultKind(back)).toBe("comparison");
    expect(back).toEqual(c);

    const s = await sweep(mm1Model, mm1, { grid: { servers: [1, 2], arrivalRate: [0.5, 0.8] } }, { replications: 2, rootSeed: 4, workers: 1 });
    const text = resultToJSON(s);
    expect(JSON.parse(text).rows).toBeUndefined(); // rebuilt on reading, not stored
    expect(resultFromJSON(text)).toEqual(s);
  });

  it("refuses foreign files naming the field", () => {
    expect(() => resultFromJSON("[]")).toThrow(/expected a JSON object/);
    expect(() =>
      resultFromJSON(
        '{"schemaVersion": 1, "kind": "sweep", "model": "m", "rootSeed": 1, "replications": [0], "parameters": ["a"], "points": [], "results": {}}',
      ),
    ).toThrow(/field results must be an array/);
    expect(() => resultFromJSON('{"schemaVersion": 2, "kind": "comparison"}')).toThrow(/unsupported schemaVersion 2/);
    expect(() => resultKind({ a: 1 })).toThrow(/expected an experiment result/);
  });
});

describe("scenarios in words", () => {
  const parse = (input: unknown): unknown => {
    const v = validate(officeScenarioSchema, input);
    if (!v.ok) throw new Error(v.errors.join("\n"));
    return v.value;
  };
  const base = parse({
    name: "pools",
    office: {
      units: [
        {
          regime: "standardised",
          handlers: 30,
          policies: [
            { kind: "productionTarget", perHandlerWeek: 9 },
            { kind: "measurementRegime", level: "pinnjakt" },
          ],
        },
      ],
    },
    run: { horizonDays: 200, warmupDays: 50 },
  });
  const teams = parse({
    name: "teams",
    office: {
      units: [{ regime: "team", handlers: 30, teamSize: 5, specialise: true, policies: [{ kind: "trustBasedSteering" }] }],
      world: { demand: { casesPerWeek: 260 } },
    },
    run: { horizonDays: 200, warmupDays: 50 },
  });

  it("tells the regime, staff, policies, demand and run length", () => {
    const lines = describeScenario(base, { model: "office", replications: 5, rootSeed: 2 });
    const text = lines.join("\n");
    expect(text).toContain("standardised and detail-managed");
    expect(text).toContain("30 staff");
    expect(text).toContain("production target: 9 decisions per handler-week (strength 1)");
    expect(text).toContain("production target: 9 decisions per handler-week (strength 1); measurement: pinnjakt.");
    expect(text).toContain("Simulated 200 days; the first 50 are warm-up and not measured.");
    expect(lines[lines.length - 1]).toBe('5 replications of model "office", root seed 2.');
    const t = describeScenario(teams, { model: "office", replications: 1, rootSeed: "x" }).join("\n");
    expect(t).toContain("trust-based teams of 5 owning each claim end to end, with internal specialisation");
    expect(t).toContain("260 new claims a week");
  });

  it("lists what a variant changes, one line for a changed regime or policy list", () => {
    const demand = (base as { office: { world: { demand: { casesPerWeek: number } } } }).office.world.demand.casesPerWeek;
    expect(scenarioDifferences(base, teams)).toEqual([`office.world.demand.casesPerWeek: ${demand} → 260`, "office.units[0]: standardised unit → team unit"]);
    const fewer = structuredClone(base) as { office: { units: Array<{ policies: unknown[]; handlers: number }> } };
    fewer.office.units[0]!.policies.pop();
    fewer.office.units[0]!.handlers = 31;
    expect(scenarioDifferences(base, fewer)).toEqual([
      "office.units[0].handlers: 30 → 31",
      "office.units[0].policies: [productionTarget, measurementRegime] → [productionTarget]",
    ]);
    expect(scenarioDifferences(base, base)).toEqual([]);
  });
});

describe("charts", () => {
  it("a model without office metrics gets no charts, and its report still renders", async () => {
    const r = await runReplications(mm1Model, mm1, { replications: 2, rootSeed: 3, workers: 1 });
    expect(reportCharts(r)).toEqual([]);
    const html = renderReport(r);
    expect(html).toContain("This result has none of the metrics the charts show.");
    expect(html).toContain("arrivalRate = 0.8");
  });
});
