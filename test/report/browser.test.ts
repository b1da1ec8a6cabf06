/*
 * The HTML report in a real browser: Debian's Chromium, driven by
 * playwright-core, opens reports of a comparison, a single run (with its
 * one-run-from-inside view) and a sweep from file:// with every network
 * request refused, and we check that each chart rendered to an SVG with
 * marks, that the page logged no errors, that the summary comes first and
 * names the variants, that nothing is wider than its container in the
 * 1100 px column, and that under print media on an A4 page width every table
 * column stays on the page. Screenshots go to test-output/ for a person to
 * look at.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareVariants, runReplications, sweep } from "../../src/experiment";
import { officeFromScenario } from "../../src/models/office/officeModel";
import { officeScenarioSchema } from "../../src/models/office/officeScenarioSchema";
import { simulateOffice } from "../../src/organisation";
import { renderReport, type AnyResult, type ReportOptions } from "../../src/report";
import { insideCharts, replicationView } from "../../src/models";
import { smallStandardised, smallTeams } from "../cli/cliHarness";
import { CHROMIUM, OUT, chartState, hasChromium, launchChromium, openOffline } from "./headlessChromium";

// CI installs Debian's chromium (see .ci/run); without it these tests cannot run, and say why.
const title = hasChromium
  ? "HTML report in headless Chromium"
  : `HTML report in headless Chromium: SKIPPED because ${CHROMIUM} is missing (install it with: apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(title, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the report of `result` and returns what the page did. */
  async function open(result: AnyResult, name: string, options: ReportOptions = {}) {
    const file = join(OUT, `${name}.html`);
    writeFileSync(file, renderReport(result, options));
    const { page, problems, requests } = await openOffline(browser, file);
    const state = await chartState(
      page,
      "svg, canvas",
      "svg .mark-rect path, svg .mark-line path, svg .mark-area path, svg .mark-symbol path, svg .mark-rule line",
    );
    const layout = await page.evaluate<Layout>(LAYOUT_PROBE);
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    // Print: A4 portrait less the 10 mm side margins of the print sheet is 190 mm, 718 CSS pixels.
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.emulateMedia({ media: "print" });
    const print = await page.evaluate<Layout>(LAYOUT_PROBE);
    await page.screenshot({ path: join(OUT, `${name}-print.png`), fullPage: true });
    await page.close();
    return { ...state, problems, requests, layout, print };
  }

  /** What the layout probe finds: elements wider than their container, table columns off the page, the summary's text. */
  interface Layout {
    overflowing: string[];
    columnsOffPage: string[];
    tables: number;
    summary: string | null;
    firstSection: string | null;
  }
  // Runs in the page: every element inside <main> must end within its parent (or
  // the parent must scroll it, and then it must not need to), and every table cell
  // within the page.
  const LAYOUT_PROBE = `(() => {
    const main = document.querySelector("main");
    const page = document.documentElement.clientWidth;
    const overflowing = [];
    for (const el of main.querySelectorAll("*")) {
      const parent = el.parentElement;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || parent === null) continue;
      const q = parent.getBoundingClientRect();
      const scrolls = getComputedStyle(parent).overflowX !== "visible";
      if (scrolls ? parent.scrollWidth > parent.clientWidth + 1 : r.right > q.right + 1) {
        overflowing.push(el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className : "") + " in " + parent.tagName.toLowerCase() + " by " + Math.round(scrolls ? parent.scrollWidth - parent.clientWidth : r.right - q.right) + "px");
      }
    }
    const columnsOffPage = [];
    for (const cell of main.querySelectorAll("th, td")) {
      const r = cell.getBoundingClientRect();
      if (r.width > 0 && r.right > page + 1) columnsOffPage.push(cell.textContent.trim().slice(0, 40));
    }
    const summary = document.querySelector("#summary");
    return {
      overflowing: [...new Set(overflowing)].slice(0, 20),
      columnsOffPage: columnsOffPage.slice(0, 20),
      tables: main.querySelectorAll("table").length,
      summary: summary ? summary.textContent : null,
      firstSection: document.querySelector("main section") ? document.querySelector("main section").id : null,
    };
  })()`;

  it("renders every chart of a comparison, offline and without console errors, summary first, within its column and on A4", async () => {
    const result = await compareVariants(
      "office",
      smallStandardised,
      { teams: smallTeams, "teams, second": smallTeams },
      { replications: 3, rootSeed: 11, workers: 1, keepSeries: true },
    );
    const page = await open(result, "report");
    expect(page.failed).toBeUndefined();
    expect(page.problems).toEqual([]);
    expect(page.requests).toEqual([]);
    expect(page.charts.map((c) => c.name)).toEqual(["spread", "lead-time", "backlog", "demand", "time-split", "measured-vs-true"]);
    // The summary opens the page and names the base and every variant.
    expect(page.layout.firstSection).toBe("summary");
    for (const name of ["standardised", "Teams", "teams, second"]) expect(page.layout.summary).toContain(name);
    expect(page.layout.summary).toMatch(/95% CI/);
    expect(page.layout.overflowing).toEqual([]);
    expect(page.layout.tables).toBeGreaterThan(3);
    expect(page.print.columnsOffPage).toEqual([]);
    expect(page.print.overflowing).toEqual([]);
    expect(page.rendered).toBe(String(page.charts.length));
    for (const c of page.charts) {
      expect(c.width, c.name).toBeGreaterThan(100);
      expect(c.height, c.name).toBeGreaterThan(50);
      expect(c.marks, `${c.name} draws marks`).toBeGreaterThan(0);
    }
  });

  it("renders a single run with its one-run-from-inside view", async () => {
    const result = await runReplications("office", smallStandardised, { replications: 3, rootSeed: 11, workers: 1, keepSeries: true });
    const s = officeScenarioSchema.parse(smallStandardised);
    const trace =
      simulateOffice(officeFromScenario(s), { seed: 11, replication: 0, horizonDays: s.run.horizonDays, warmupDays: s.run.warmupDays, trace: true }).trace ??
      [];
    const inside = replicationView(trace, { replication: 0, horizonDays: s.run.horizonDays, warmupDays: s.run.warmupDays, startDate: s.office.startDate });
    const page = await open(result, "report-run", { inside: { replication: inside.replication, charts: insideCharts(inside) } });
    expect(page.failed).toBeUndefined();
    expect(page.problems).toEqual([]);
    expect(page.charts.map((c) => c.name)).toEqual([
      "spread",
      "lead-time",
      "backlog",
      "demand",
      "time-split",
      "measured-vs-true",
      "inside-backlog",
      "inside-lead",
      "inside-contacts",
      "inside-staff",
    ]);
    expect(page.rendered).toBe(String(page.charts.length));
    for (const c of page.charts) expect(c.marks, `${c.name} draws marks`).toBeGreaterThan(0);
    expect(page.layout.summary).toContain("standardised");
    expect(page.layout.overflowing).toEqual([]);
    expect(page.print.columnsOffPage).toEqual([]);
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
