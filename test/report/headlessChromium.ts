/*
 * The preamble the browser tests share: Debian's Chromium driven by
 * playwright-core, launched with the network flags that keep it from calling
 * home, and a report page opened from file:// with every other request refused
 * and recorded, console errors and warnings and page errors collected, until
 * the page says its charts rendered (or failed). CI installs the browser (see
 * .ci/run); without it the tests skip and say why.
 */
import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

/** Where Debian installs Chromium. */
export const CHROMIUM = "/usr/bin/chromium";
/** Whether the browser is installed. */
export const hasChromium = existsSync(CHROMIUM);
/** Folder for the reports and screenshots a person can look at. */
export const OUT = resolve("test-output");

/** What the page reports about its charts after rendering. */
export interface ChartState {
  rendered?: string;
  failed?: string;
  charts: Array<{ name: string; width: number; height: number; marks: number }>;
}

/** Starts headless Chromium (a fresh, empty user-data-dir of its own) and makes the output folder. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(OUT, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
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
}

/** An opened report page with what went wrong on it so far. */
export interface OpenedPage {
  page: Page;
  /** console errors and warnings, and page errors */
  problems: string[];
  /** requests other than file:// (refused: the report must need nothing but its own file) */
  requests: string[];
}

/** Opens `file` offline in a 1280 × 900 viewport and waits until its charts rendered or failed. */
export async function openOffline(browser: Browser, file: string): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector("body[data-charts-rendered], body[data-charts-failed]", { timeout: 30_000 });
  return { page, problems, requests };
}

/**
 * Reads the charts' state in the page: each `.chart`'s size and number of marks
 * (`marks` is the CSS selector of the mark elements counted; `graphic` of the
 * element measured). Runs in the page as source text: the project's TypeScript
 * setup has no DOM types.
 */
export function chartState(page: Page, graphic: string, marks: string): Promise<ChartState> {
  return page.evaluate<ChartState>(`(() => ({
      rendered: document.body.dataset.chartsRendered,
      failed: document.body.dataset.chartsFailed,
      charts: [...document.querySelectorAll(".chart")].map((c) => {
        const g = c.querySelector(${JSON.stringify(graphic)});
        const box = g ? g.getBoundingClientRect() : { width: 0, height: 0 };
        const marks = c.querySelectorAll(${JSON.stringify(marks)}).length;
        return { name: c.dataset.chart, width: box.width, height: box.height, marks };
      }),
    }))()`);
}
