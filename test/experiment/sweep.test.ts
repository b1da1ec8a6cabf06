/*
 * Sweeps over grids and one setting at a time, and the dotted paths that name
 * the settings.
 */
import { describe, expect, it } from "vitest";
import { getPath, parsePath, runReplications, setPath, sweep, toCSV } from "../../src/experiment";
import { mm1Model, type Mm1ScenarioInput } from "../../src/models";

const base: Mm1ScenarioInput = { arrivalRate: 0.5, serviceRate: 1, horizon: 400, warmup: 50 };

describe("parsePath / setPath / getPath", () => {
  const scenario = {
    name: "office",
    policies: [{ kind: "none" }, { kind: "target", target: { perWeek: 40, strict: true } }],
  };

  it("parses keys and indices", () => {
    expect(parsePath("policies[1].target.perWeek")).toEqual(["policies", 1, "target", "perWeek"]);
    expect(parsePath("[0][2].a")).toEqual([0, 2, "a"]);
    for (const bad of ["", "a..b", "a.", "a[x]", "a[1", "a]b", "a[0]b"]) expect(() => parsePath(bad)).toThrow(RangeError);
    expect(() => parsePath("a[1")).toThrow('parsePath: malformed path "a[1" at position 1: "[" without "]"');
  });

  it("returns a modified deep copy and leaves the original alone", () => {
    const copy = setPath(scenario, "policies[1].target.perWeek", 60);
    expect(copy.policies[1]).toEqual({ kind: "target", target: { perWeek: 60, strict: true } });
    expect(scenario.policies[1]).toEqual({ kind: "target", target: { perWeek: 40, strict: true } });
    expect(copy.policies[0]).not.toBe(scenario.policies[0]);
    expect(getPath(copy, "policies[1].target.perWeek")).toBe(60);
    const value = { deep: [1] };
    const withObject = setPath(scenario, "name", value);
    value.deep.push(2);
    expect(withObject.name).toEqual({ deep: [1] });
  });

  it("names the path when it does not exist", () => {
    expect(() => setPath(scenario, "policies[2].target", 1)).toThrow(
      'setPath: path "policies[2].target" does not exist: "policies" has 2 elements (indices 0 to 1), so there is no index [2]',
    );
    expect(() => setPath(scenario, "polices[1].target", 1)).toThrow(
      'setPath: path "polices[1].target" does not exist: the top level has no key "polices"; did you mean "policies"? Keys there: name, policies',
    );
    expect(() => setPath(scenario, "policies[1].target.perWeek.x", 1)).toThrow(
      'setPath: path "policies[1].target.perWeek.x" does not exist: "policies[1].target.perWeek" is a number (40), not an object, so it has no key "x"',
    );
    expect(() => setPath(scenario, "policies[1].target.perMonth", 1)).toThrow(/has no key "perMonth"/);
    expect(setPath(scenario, "policies[1].target.perMonth", 160, { create: true }).policies[1]).toEqual({
      kind: "target",
      target: { perWeek: 40, strict: true, perMonth: 160 },
    });
  });
});

describe("sweep", () => {
  it("runs the full grid, first path slowest, as a tidy table", async () => {
    const s = await sweep(mm1Model, base, { grid: { arrivalRate: [0.3, 0.6], servers: [1, 2] } }, { replications: 3, rootSeed: 9, workers: 1 });
    expect(s.parameters).toEqual(["arrivalRate", "servers"]);
    expect(s.points.map((p) => p.parameters)).toEqual([
      { arrivalRate: 0.3, servers: 1 },
      { arrivalRate: 0.3, servers: 2 },
      { arrivalRate: 0.6, servers: 1 },
      { arrivalRate: 0.6, servers: 2 },
    ]);
    expect(s.rows).toHaveLength(4 * 3 * 4);
    expect(s.rows[0]).toEqual({
      point: 0,
      replication: 0,
      metric: "waitMean",
      value: s.results[0]!.records[0]!["waitMean"],
      arrivalRate: 0.3,
      servers: 1,
    });
    expect(s.rows[s.rows.length - 1]).toMatchObject({ point: 3, replication: 2, metric: "utilisation", arrivalRate: 0.6, servers: 2 });
    // each point is exactly a plain run of its scenario with the same seed
    const plain = await runReplications(mm1Model, { ...base, arrivalRate: 0.6, servers: 1 }, { replications: 3, rootSeed: 9, workers: 1 });
    expect(s.results[2]).toEqual(plain);
    expect(toCSV(s.rows).split("\r\n")[0]).toBe("point,replication,metric,value,arrivalRate,servers");
  });

  it("varies one setting at a time, others at their base value", async () => {
    const s = await sweep(mm1Model, base, { oneAtATime: { arrivalRate: [0.3, 0.6], servers: [2] } }, { replications: 2, rootSeed: 9, workers: 1 });
    expect(s.points.map((p) => p.parameters)).toEqual([
      { arrivalRate: 0.3, servers: 1 },
      { arrivalRate: 0.6, servers: 1 },
      { arrivalRate: 0.5, servers: 2 },
    ]);
    expect(s.results[2]!.scenario).toEqual({ arrivalRate: 0.5, serviceRate: 1, servers: 2, horizon: 400, warmup: 50 });
  });

  it("reports unknown paths and invalid points clearly", async () => {
    await expect(sweep(mm1Model, base, { grid: { arivalRate: [0.3] } }, { replications: 2, rootSeed: 1 })).rejects.toThrow(
      /path "arivalRate" does not exist: the top level has no key "arivalRate"; did you mean "arrivalRate"\?/,
    );
    await expect(sweep(mm1Model, base, { grid: { servers: [1, 0] } }, { replications: 2, rootSeed: 1 })).rejects.toThrow(
      /Invalid scenario of sweep point 1 \(servers = 0\) \(1 error\):\n {2}- servers: got 0; expected a whole number ≥ 1/,
    );
    await expect(sweep(mm1Model, base, { grid: { servers: [] } }, { replications: 2, rootSeed: 1 })).rejects.toThrow(/non-empty array/);
  });
});
