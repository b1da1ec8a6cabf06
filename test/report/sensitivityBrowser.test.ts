/*
 * The sensitivity and regime-map reports in a real browser (Debian's
 * Chromium via playwright-core, offline): the μ*–σ plane, the Sobol indices
 * and the heat map each render to an SVG with marks and no console errors.
 * Screenshots go to test-output/ for a person to look at.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regimeMap, sensitivity, type RegimeMapResult, type SensitivityResult } from "../../src/experiment";
import { mm1Model } from "../../src/models";
import { renderReport } from "../../src/report";

const CHROMIUM = "/usr/bin/chromium";
const OUT = resolve("test-output");
const hasChromium = existsSync(CHROMIUM);
const base = { arrivalRate: 0.5, serviceRate: 1, horizon: 300, warmup: 50 };
const parameters = [
  { path: "arrivalRate", kind: "uniform" as const, lo: 0.3, hi: 0.8 },
  { path: "serviceRate", kind: "uniform" as const, lo: 1, hi: 2 },
];

describe.skipIf(!hasChromium)(hasChromium ? "sensitivity reports in headless Chromium" : `sensitivity reports: SKIPPED because ${CHROMIUM} is missing`, () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(result: SensitivityResult<unknown> | RegimeMapResult<unknown>, name: string) {
    const file = join(OUT, `${name}.html`);
    writeFileSync(file, renderReport(result));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await page.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector("body[data-charts-rendered], body[data-charts-failed]", { timeout: 30_000 });
    const state = await page.evaluate<{
      rendered?: string;
      failed?: string;
      charts: Array<{ name: string; width: number; height: number; marks: number }>;
    }>(`(() => ({
      rendered: document.body.dataset.chartsRendered,
      failed: document.body.dataset.chartsFailed,
      charts: [...document.querySelectorAll(".chart")].map((c) => {
        const g = c.querySelector("svg");
        const box = g ? g.getBoundingClientRect() : { width: 0, height: 0 };
        const marks = c.querySelectorAll("svg .mark-rect path, svg .mark-symbol path, svg .mark-rule line, svg .mark-text text").length;
        return { name: c.dataset.chart, width: box.width, height: box.height, marks };
      }),
    }))()`);
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
