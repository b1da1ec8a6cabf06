/*
 * Starting from an office's own open claims: the CSV reader (good files, and
 * every bad row reported with its line and column) and the model hook (the
 * listed claims replace the random backlog and enter at their step).
 */
import { describe, expect, it } from "vitest";
import { runReplications, ScenarioValidationError, validate } from "../../src/experiment";
import { parseBacklogCSV, officeScenarioSchema, type OfficeScenarioInput } from "../../src/models";

function problems(text: string, startDate = "2026-01-05"): string[] {
  try {
    parseBacklogCSV(text, { file: "open.csv", startDate });
  } catch (err) {
    if (err instanceof ScenarioValidationError) return [...err.errors];
    throw err;
  }
  return [];
}

describe("parseBacklogCSV", () => {
  it("reads claims in any column order, with quotes, CRLF, blank lines and an optional complexity", () => {
    const text =
      'step,arrived,certificateComplete,complexity\r\nassess,2025-12-01,yes,complex\r\n\r\n"certificate",2025-12-15,no,\r\nregister,2026-01-05,TRUE,simple\r\n';
    expect(parseBacklogCSV(text, { startDate: "2026-01-05" })).toEqual([
      { arrived: "2025-12-01", certificateComplete: true, step: "assess", complexity: "complex" },
      { arrived: "2025-12-15", certificateComplete: false, step: "certificate" },
      { arrived: "2026-01-05", certificateComplete: true, step: "register", complexity: "simple" },
    ]);
  });

  it("reports every bad row with line and column", () => {
    const text = [
      "arrived,certificateComplete,step",
      "2025-12-01,yes,assess",
      "2025-13-01,yes,assess",
      "2026-02-01,yes,assess",
      "2025-12-01,maybe,asess",
      "2025-12-01,yes",
    ].join("\n");
    expect(problems(text)).toEqual([
      'open.csv:3:1: arrived: got "2025-13-01"; expected a date YYYY-MM-DD',
      "open.csv:4:1: arrived: got 2026-02-01; expected a date on or before the start date 2026-01-05 (an open claim has already arrived)",
      'open.csv:5:2: certificateComplete: got "maybe"; expected yes or no (or true/false, 1/0)',
      'open.csv:5:3: step: got "asess"; expected one of register, certificate, assess, decide (an open claim waits before its decision); did you mean "assess"?',
      "open.csv:6:3: 2 fields; expected 3 (arrived,certificateComplete,step)",
    ]);
  });

  it("refuses an empty file, a header alone, unknown and missing columns", () => {
    expect(problems("")[0]).toMatch(/^open\.csv:1:1: the file is empty; expected a header line "arrived,certificateComplete,step,complexity"/);
    expect(problems("arrived,certificateComplete,step\n")[0]).toMatch(/^open\.csv:2:1: no claims after the header/);
    expect(problems("arived,certificateComplete,step\n2025-12-01,yes,assess\n")).toEqual([
      'open.csv:1:1: unknown column "arived"; expected the columns arrived, certificateComplete, step, complexity (complexity optional); did you mean "arrived"?',
    ]);
    expect(problems("arrived,step\n2025-12-01,assess\n")[0]).toMatch(/^open\.csv:1:3: the required column "certificateComplete" is missing/);
  });
});

describe("office.initialBacklog", () => {
  const base: OfficeScenarioInput = {
    office: { startDate: "2026-01-05", holidays: "none", units: [{ regime: "team", handlers: 3 }], world: { demand: { casesPerWeek: 6 } } },
    run: { horizonDays: 28, warmupDays: 0 },
  };
  const claims = (step: "register" | "decide", certificateComplete: boolean) =>
    Array.from({ length: 30 }, (_, i) => ({ arrived: `2025-12-${String(1 + i).padStart(2, "0")}`, certificateComplete, step }));

  it("is checked by the schema: an arrival after the start date is named", () => {
    const bad = structuredClone(base);
    bad.office!.initialBacklog = [{ arrived: "2026-02-01", certificateComplete: true, step: "assess" }];
    const r = validate(officeScenarioSchema, bad);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toEqual(['office.initialBacklog[0].arrived: got "2026-02-01"; expected a date on or before startDate (2026-01-05)']);
  });

  it("replaces the random backlog: claims waiting only for their decision are decided sooner than claims not yet registered with incomplete certificates", async () => {
    // same 30 old claims, same seed and replications (common random numbers): only their step and certificate differ
    const atDecide = await runReplications(
      "office",
      { ...base, office: { ...base.office, initialBacklog: claims("decide", true) } },
      { replications: 3, rootSeed: 5, workers: 1 },
    );
    const atRegister = await runReplications(
      "office",
      { ...base, office: { ...base.office, initialBacklog: claims("register", false) } },
      { replications: 3, rootSeed: 5, workers: 1 },
    );
    const none = await runReplications("office", { ...base, office: { ...base.office, initialBacklog: [] } }, { replications: 3, rootSeed: 5, workers: 1 });
    // 30 listed claims are open at the start, none without the list (the random backlog is replaced, not added to)
    expect(none.summary["totals.decided"]!.mean).toBeLessThan(atDecide.summary["totals.decided"]!.mean - 20);
    // waiting at the decision with complete papers, the old claims are decided within days; from registration with
    // incomplete certificates they also wait for healthcare, so the office's backlog stays higher on average
    expect(atDecide.summary["backlogMean"]!.mean).toBeLessThan(atRegister.summary["backlogMean"]!.mean);
    expect(atDecide.summary["leadTimeDays.mean"]!.mean).toBeLessThan(atRegister.summary["leadTimeDays.mean"]!.mean);
  }, 60_000);
});
