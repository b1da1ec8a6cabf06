/*
 * The HTML report in a real browser: Debian's Chromium, driven by
 * playwright-core, opens reports of a comparison and of a sweep from file://
 * with every network request refused, and we check that each chart rendered
 * to an SVG of nonzero size and that the page logged no errors. Screenshots go
 * to test-output/ for a person to look at.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareVariants, sweep } from "../../src/experiment";
import { renderReport, type AnyResult } from "../../src/report";
import { smallStandardised, smallTeams } from "../cli/cliHarness";

const CHROMIUM = "/usr/bin/chromium";
const OUT = resolve("test-output");

// CI installs Debian's chromium (see .ci/run); without it these tests cannot run, and say why.
const hasChromium = existsSync(CHROMIUM);
const title = hasChromium
  ? "HTML report in headless Chromium"
  : `HTML report in headless Chromium: SKIPPED because ${CHROMIUM} is missing (install it with: apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(title, () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // Playwright starts every launch with a fresh, empty user-data-dir of its own.
      // The network flags keep Chromium from calling home on this machine's closed network.
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

  /** What the page reports after rendering. */
  interface PageState {
    rendered?: string;
    failed?: string;
    charts: Array<{ name: string; width: number; height: number; marks: number }>;
  }

  /** Opens the report of `result` and returns what the page did. */
  async function open(result: AnyResult, name: string) {
    const file = join(OUT, `${name}.html`);
    writeFileSync(file, renderReport(result));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    // Offline: the report must need nothing but its own file.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector("body[data-charts-rendered], body[data-charts-failed]", { timeout: 30_000 });
    // Runs in the page (as source text: the project's TypeScript setup has no DOM types).
    const state = (await page.evaluate(`(() => ({
      rendered: document.body.dataset.chartsRendered,
      failed: document.body.dataset.chartsFailed,
      charts: [...document.querySelectorAll(".chart")].map((c) => {
        const g = c.querySelector("svg, canvas");
        const box = g ? g.getBoundingClientRect() : { width: 0, height: 0 };
        const marks = c.querySelectorAll("svg .mark-rect path, svg .mark-line path, svg .mark-area path, svg .mark-symbol path, svg .mark-rule line").length;
        return { name: c.dataset.chart, width: box.width, height: box.height, marks };
      }),
    }))()`)) as PageState;
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    await page.close();
    return { ...state, problems, requests };
  }

  it("renders every chart of a comparison, offline and without console errors", async () => {
    const result = await compareVariants("office", smallStandardised, { teams: smallTeams }, { replications: 3, rootSeed: 11, workers: 1, keepSeries: true });
    const page = await open(result, "report");
    expect(page.failed).toBeUndefined();
    expect(page.problems).toEqual([]);
    expect(page.requests).toEqual([]);
    expect(page.charts.map((c) => c.name)).toEqual(["spread", "lead-time", "backlog", "demand", "time-split", "measured-vs-true"]);
    expect(page.rendered).toBe(String(page.charts.length));
    for (const c of page.charts) {
      expect(c.width, c.name).toBeGreaterThan(100);
      expect(c.height, c.name).toBeGreaterThan(50);
      expect(c.marks, `${c.name} draws marks`).toBeGreaterThan(0);
    }
  });

  it("renders the outcome-against-parameter charts of a sweep", async () => {
    const result = await sweep(
      "office",
      smallStandardised,
      { oneAtATime: { "office.units[0].handlers": [18, 22], "office.world.caseMix.variety": [0.5, 1.5] } },
      { replications: 2, rootSeed: 11, workers: 1 },
    );
    const page = await open(result, "report-sweep");
    expect(page.failed).toBeUndefined();
    expect(page.problems).toEqual([]);
    expect(page.charts.map((c) => c.name)).toEqual(["sweep-0", "sweep-1", "lead-time", "demand", "time-split", "measured-vs-true"]);
    expect(page.rendered).toBe("6");
    for (const c of page.charts) expect(c.width * c.height, c.name).toBeGreaterThan(100 * 50);
  });
});
