/*
 * calibrate(): results do not depend on the number of worker threads, the
 * checks run before anything is simulated, a parameter that does not drive
 * the observed figures is reported as not identifiable, and a fit that wants
 * to leave its range is reported at its bound. The JSON form reads back.
 */
import { describe, expect, it } from "vitest";
import { calibrate, calibrationToJSON, ScenarioValidationError } from "../../src/experiment";
import { type OfficeScenarioInput } from "../../src/models";

const office: OfficeScenarioInput = {
  office: { holidays: "none", units: [{ regime: "team", handlers: 3 }], world: { demand: { casesPerWeek: 12 } } },
  run: { horizonDays: 42, warmupDays: 14 },
};
const observed = { schemaVersion: 1 as const, figures: { arrived: 60 } };
const fitCases = { path: "office.world.demand.casesPerWeek", lo: 6, hi: 30 };

describe("calibrate", () => {
  it("gives bit-identical results on 1 and 2 worker threads", async () => {
    const options = { observed, fit: [fitCases], budget: 5, replications: 2, confirmationReplications: 2, rootSeed: 3 };
    const one = await calibrate("office", office, { ...options, workers: 1 });
    const two = await calibrate("office", office, { ...options, workers: 2 });
    expect(calibrationToJSON(two)).toBe(calibrationToJSON(one));
    expect(JSON.parse(calibrationToJSON(one))).toMatchObject({ schemaVersion: 1, kind: "calibration", model: "office" });
  }, 120_000);

  it("warns when a parameter does not move the loss, and when the fit sits at a bound", async () => {
    // arrivals do not depend on the call-centre resolution share (a team office has no customer centre);
    // 60 arrivals in 4 weeks need 15 claims a week, beyond the range [6, 10]
    const r = await calibrate("office", office, {
      observed,
      fit: [
        { path: "office.world.demand.casesPerWeek", lo: 6, hi: 10 },
        { path: "office.world.contacts.customerCentreResolves", lo: 0.2, hi: 0.9 },
      ],
      budget: 8,
      replications: 2,
      confirmationReplications: 2,
      rootSeed: 3,
      workers: 1,
    });
    const [cases, resolves] = r.parameters;
    expect(cases!.atBound).toBe("hi");
    expect(cases!.identifiable).toBe(true);
    expect(resolves!.identifiable).toBe(false);
    expect(resolves!.lossChange.down).toBe(0);
    expect(r.warnings.some((w) => w.startsWith("office.world.demand.casesPerWeek = 10 sits at the upper end of its range [6, 10]"))).toBe(true);
    expect(r.warnings.some((w) => w.startsWith("office.world.contacts.customerCentreResolves is not identifiable"))).toBe(true);
  }, 120_000);

  it("checks observed data, fit ranges and keys before running anything", async () => {
    let ran = 0;
    const onProgress = () => void ran++;
    const base = { observed, fit: [fitCases], rootSeed: 1, workers: 1 as const, onProgress };
    await expect(calibrate("office", office, { ...base, observed: { schemaVersion: 1, figures: {} } })).rejects.toBeInstanceOf(ScenarioValidationError);
    await expect(calibrate("office", office, { ...base, fit: [{ ...fitCases, lo: 30, hi: 6 }] })).rejects.toThrow(/range \[30, 6\] is reversed/);
    await expect(calibrate("office", office, { ...base, fit: [{ ...fitCases, lo: -1 }] })).rejects.toThrow(
      /lo = -1 is outside what the scenario allows there: office\.world\.demand\.casesPerWeek: got -1; expected a number ≥ 0/,
    );
    await expect(calibrate("office", office, { ...base, fit: [{ ...fitCases, path: "office.world.demand.casesPerWek" }] })).rejects.toThrow(
      /did you mean "casesPerWeek"/,
    );
    await expect(calibrate("office", office, { ...base, fit: [] })).rejects.toThrow(/fit must list at least one setting/);
    await expect(calibrate("office", office, { ...base, observed: { schemaVersion: 1, figures: { "leadTimeDays.p5O": 3 } } })).rejects.toThrow(
      /figures\.leadTimeDays\.p5O: not a result key of model "office"; did you mean "leadTimeDays\.p50"\?/,
    );
    await expect(calibrate("office", office, { ...base, budget: 1 })).rejects.toThrow(
      /budget must be at least the number of fitted parameters \+ 1 \(2\), got 1/,
    );
    expect(ran).toBe(0);
  });

  it("searches a whole-number setting over whole numbers", async () => {
    const r = await calibrate("office", office, {
      observed: { schemaVersion: 1, figures: { "leadTimeDays.mean": { value: 3, tolerance: 0.5 } } },
      fit: [{ path: "office.units[0].handlers", lo: 2, hi: 6 }],
      budget: 4,
      replications: 1,
      confirmationReplications: 2,
      rootSeed: 1,
      workers: 1,
    });
    expect(r.parameters[0]!.integer).toBe(true);
    expect(r.history.every((h) => Number.isInteger(h.values[0]))).toBe(true);
  }, 120_000);
});
