/*
 * `caseflow calibrate` end to end, in-process: it prints the fitted settings and
 * the model against every observed figure, saves the result as JSON and writes
 * a report whose calibration chart renders in a real browser (Debian's
 * Chromium via playwright-core, network refused), as test/report/browser.test.ts
 * does for the other reports.
 */
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { cli, Workspace } from "../cli/cliHarness";

const ws = new Workspace();
afterAll(() => ws.remove());
const CHROMIUM = "/usr/bin/chromium";

describe("caseflow calibrate", () => {
  it("fits, prints, saves JSON and writes a report whose charts render", async () => {
    const run = await cli([
      "calibrate",
      "examples/calibrate/office.json",
      "--observed",
      "examples/calibrate/observed.json",
      "--fit",
      "office.world.demand.casesPerWeek:[6,30]",
      "--backlog",
      "examples/calibrate/open-claims.csv",
      "--budget",
      "6",
      "--replications",
      "2",
      "--confirmation-replications",
      "3",
      "--workers",
      "1",
      "-o",
      ws.path("fit.json"),
      "--report",
      ws.path("fit.html"),
    ]);
    expect(run.stderr).not.toContain("error");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Fitted settings \(loss [\d.]+ at the start, [\d.]+ fitted; 6 of 6 candidates/);
    expect(run.stdout).toContain("office.world.demand.casesPerWeek");
    expect(run.stdout).toMatch(/arrived\s+100\.0\s+8\.000/);
    const saved = JSON.parse(readFileSync(ws.path("fit.json"), "utf8"));
    expect(saved).toMatchObject({ schemaVersion: 1, kind: "calibration", model: "office", budget: 6, replications: [0, 1] });
    expect(saved.scenario.office.initialBacklog).toHaveLength(5);
    expect(saved.confirmation.replications).toEqual([2, 3, 4]);
    const html = readFileSync(ws.path("fit.html"), "utf8");
    expect(html).toContain('<section id="calibration">');
    expect(html).toContain('data-chart="calibration"');

    if (!existsSync(CHROMIUM)) return; // the browser part needs Debian's chromium (CI installs it)
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(m.text());
      });
      await page.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
      await page.goto(pathToFileURL(ws.path("fit.html")).href);
      await page.waitForSelector("body[data-charts-rendered], body[data-charts-failed]", { timeout: 60_000 });
      const state = await page.evaluate<{ rendered?: string; failed?: string; marks: number }>(
        `(() => ({ rendered: document.body.dataset.chartsRendered, failed: document.body.dataset.chartsFailed,
           marks: document.querySelectorAll('.chart[data-chart="calibration"] svg path, .chart[data-chart="calibration"] svg line').length }))()`,
      );
      expect(state.failed).toBeUndefined();
      expect(Number(state.rendered)).toBeGreaterThan(1);
      expect(state.marks).toBeGreaterThan(2);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
