/*
 * User-defined models and user-written policies on worker threads: a model
 * that names the module exporting it (module: import.meta.url) is imported by
 * each worker, and its results with 2 workers are bit-identical to a run in
 * the calling thread. The fixture (test/fixtures/userModels.mjs) is plain
 * JavaScript importing caseflow by its package name, as a user's module does;
 * it and the workers use the built dist/, so these tests need `npm run build`.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { activeWorkerCount, runReplications, type ExperimentModel } from "../../src/experiment";
import { smallStandardised } from "../cli/cliHarness";

const fixture = join(__dirname, "..", "fixtures", "userModels.mjs");
let repairShop: ExperimentModel<unknown>;
let oldestFirstOffice: ExperimentModel<unknown>;
let plainOffice: ExperimentModel<unknown>;

beforeAll(async () => {
  if (!existsSync(join(__dirname, "..", "..", "dist", "index.js"))) throw new Error("dist/ is missing: run `npm run build` before these tests");
  const mod = (await import(pathToFileURL(fixture).href)) as Record<string, ExperimentModel<unknown>>;
  repairShop = mod["repairShop"]!;
  oldestFirstOffice = mod["oldestFirstOffice"]!;
  // the package by its own name, as a user's module imports it (a variable specifier: dist/ is built after the type check)
  const self = "caseflow";
  plainOffice = ((await import(self)) as { officeModel: ExperimentModel<unknown> }).officeModel;
});

/** A short office run: 6 weeks after 2 of warm-up. */
const office = { ...smallStandardised, run: { horizonDays: 56, warmupDays: 14 } };

describe("user modules on worker threads", () => {
  it("a user-defined model gives bit-identical records with 2 workers and in one thread", async () => {
    const scenario = { fitters: 2, jobsPerDay: 1.5, meanDays: 1, days: 400 };
    const serial = await runReplications(repairShop, scenario, { replications: 6, rootSeed: 7, workers: 1 });
    const parallel = await runReplications(repairShop, scenario, { replications: 6, rootSeed: 7, workers: 2 });
    expect(JSON.stringify(parallel.records)).toBe(JSON.stringify(serial.records));
    expect(serial.summary["waitDays"]!.mean).toBeGreaterThan(0);
    expect(activeWorkerCount()).toBe(0);
  });

  it("the office with a user-written policy gives bit-identical records with 2 workers, and the policy acts", async () => {
    const serial = await runReplications(oldestFirstOffice, office, { replications: 3, rootSeed: 3, workers: 1 });
    const parallel = await runReplications(oldestFirstOffice, office, { replications: 3, rootSeed: 3, workers: 2 });
    expect(JSON.stringify(parallel.records)).toBe(JSON.stringify(serial.records));
    // The policy changed the run: without it the same seed gives other lead times.
    const without = await runReplications(plainOffice, office, { replications: 3, rootSeed: 3, workers: 1 });
    expect(serial.records.map((r) => r["leadTimeDays.mean"])).not.toEqual(without.records.map((r) => r["leadTimeDays.mean"]));
  });

  it("a module that does not export the model is a clear error naming the module and the id", async () => {
    const stray = { ...repairShop, id: "not-exported" };
    await expect(runReplications(stray, { fitters: 1, jobsPerDay: 0.5, meanDays: 1, days: 50 }, { replications: 2, rootSeed: 1, workers: 2 })).rejects.toThrow(
      /exports no model with id "not-exported"/,
    );
    expect(activeWorkerCount()).toBe(0);
  });
});
