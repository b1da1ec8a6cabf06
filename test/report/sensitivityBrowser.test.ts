/*
 * The sensitivity and regime-map reports in a real browser (Debian's
 * Chromium via playwright-core, offline): the μ*–σ plane, the Sobol indices
 * and the heat map each render to an SVG with marks and no console errors.
 * Screenshots go to test-output/ for a person to look at.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regimeMap, sensitivity, type RegimeMapResult, type SensitivityResult } from "../../src/experiment";
import { mm1Model } from "../../src/models";
import { renderReport } from "../../src/report";
import { CHROMIUM, OUT, chartState, hasChromium, launchChromium, openOffline } from "./headlessChromium";

const base = { arrivalRate: 0.5, serviceRate: 1, horizon: 300, warmup: 50 };
const parameters = [
  { path: "arrivalRate", kind: "uniform" as const, lo: 0.3, hi: 0.8 },
  { path: "serviceRate", kind: "uniform" as const, lo: 1, hi: 2 },
];

describe.skipIf(!hasChromium)(hasChromium ? "sensitivity reports in headless Chromium" : `sensitivity reports: SKIPPED because ${CHROMIUM} is missing`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(result: SensitivityResult<unknown> | RegimeMapResult<unknown>, name: string) {
    const file = join(OUT, `${name}.html`);
    writeFileSync(file, renderReport(result));
    const { page, problems } = await openOffline(browser, file);
    const state = await chartState(page, "svg", "svg .mark-rect path, svg .mark-symbol path, svg .mark-rule line, svg .mark-text text");
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    await page.close();
    return { ...state, problems };
  }

  it.each([
    ["morris", () => sensitivity(mm1Model, base, { method: "morris", parameters, metric: ["waitMean", "served"], samples: 3, rootSeed: 1, workers: 1 })],
    ["sobol", () => sensitivity(mm1Model, base, { method: "sobol", parameters, metric: "waitMean", samples: 8, bootstrap: 20, rootSeed: 2, workers: 1 })],
    [
      "regime-map",
      () =>
        regimeMap(
          mm1Model,
          { ...base, serviceRate: 2 },
          { ...base, servers: 2 },
          {
            x: { path: "arrivalRate", values: [0.3, 0.9] },
            y: { path: "horizon", values: [200, 300] },
            metric: "systemMean",
            replications: 3,
            rootSeed: 3,
            workers: 1,
          },
        ),
    ],
  ] as const)("%s chart renders with marks and no console errors", async (name, make) => {
    const page = await open(await make(), `report-${name}`);
    expect(page.failed).toBeUndefined();
    expect(page.problems).toEqual([]);
    expect(page.charts.map((c) => c.name)).toEqual([name]);
    expect(page.rendered).toBe("1");
    for (const c of page.charts) {
      expect(c.width * c.height).toBeGreaterThan(100 * 50);
      expect(c.marks).toBeGreaterThan(0);
    }
  });
});
