/*
 * The command's helpers on their own: --set parsing, run settings and their
 * defaults, variant names, JSON syntax messages, the progress bar's text, and
 * atomic writes that clean up after a failure.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { describeSyntaxError, InputError, parseSetOption, parseShard, ProgressBar, runSettings, variantNames, writeFileAtomic } from "../../src/cli";
import { Workspace } from "./cliHarness";

const ws = new Workspace();
afterAll(() => ws.remove());

describe("parseSetOption", () => {
  it("reads JSON values where it can and text otherwise; commas inside brackets and quotes do not split", () => {
    expect(parseSetOption("office.units[0].handlers=10,20,30")).toEqual({ path: "office.units[0].handlers", values: [10, 20, 30] });
    expect(parseSetOption("a.b=fifo, oldest-first ,true")).toEqual({ path: "a.b", values: ["fifo", "oldest-first", true] });
    expect(parseSetOption('s=[1,1,2,1,1],[1,1,1,1,1],"x,y"')).toEqual({ path: "s", values: [[1, 1, 2, 1, 1], [1, 1, 1, 1, 1], "x,y"] });
  });

  it("refuses a missing = or path, and empty values", () => {
    expect(() => parseSetOption("handlers")).toThrow(InputError);
    expect(() => parseSetOption("=1,2")).toThrow(/expected path=value1,value2/);
    expect(() => parseSetOption("a=1,,2")).toThrow(/none empty/);
  });
});

describe("runSettings", () => {
  it("takes flags first, then the scenario's run section, then defaults", () => {
    const scenario = { run: { seed: 7, replications: 12 } };
    expect(runSettings({}, scenario)).toEqual({ rootSeed: 7, replications: 12, workers: "auto" });
    expect(runSettings({ seed: "abc", replications: "3", workers: "2", shard: "1/5" }, scenario)).toEqual({
      rootSeed: "abc",
      replications: 3,
      workers: 2,
      shard: { index: 1, count: 5 },
    });
    expect(runSettings({}, { arrivalRate: 1 })).toEqual({ rootSeed: 2026, replications: 10, workers: "auto" });
  });

  it("parses shards counted from 0, as in result files", () => {
    expect(parseShard("0/1")).toEqual({ index: 0, count: 1 });
    expect(parseShard("3/4")).toEqual({ index: 3, count: 4 });
    for (const bad of ["4/4", "1/1", "0/0", "1-4", "a/b", "-1/4"]) expect(() => parseShard(bad), bad).toThrow(/--shard/);
  });
});

describe("variantNames", () => {
  it("uses distinctive scenario names, else file names, made unique", () => {
    const names = variantNames("base", [
      { path: "/x/teams.json", scenario: { name: "teams" } },
      { path: "/x/teams2.json", scenario: { name: "teams" } },
      { path: "/x/other.json", scenario: { name: "scenario" } },
      { path: "/y/other.json", scenario: { name: "base" } },
    ]);
    expect(names).toEqual(["teams", "teams2", "other", "other (2)"]);
  });
});

describe("describeSyntaxError", () => {
  it("turns a position into line and column, and explains a cut-off file", () => {
    const text = '{\n  "a": 1,\n  "b" 2\n}';
    let message = "";
    try {
      JSON.parse(text);
    } catch (err) {
      message = (err as Error).message;
    }
    // Position 18 is the "2" on line 3, column 7 (Node 20 names the position in its message).
    expect(describeSyntaxError(message, text)).toMatch(/\(line 3, column 7\)$/);
    expect(describeSyntaxError("Unexpected end of JSON input", "{")).toContain("ends too early");
  });
});

describe("ProgressBar", () => {
  it("shows done/total, elapsed and an estimate of the time left", () => {
    let t = 0;
    const bar = new ProgressBar({ write: () => undefined, isTTY: true }, { label: "run", width: 10, now: () => t });
    t = 30_000;
    // 3 of 12 done in 30 s: 9 left at 10 s each = 1:30.
    expect(bar.line(3, 12)).toBe("run [███░░░░░░░] 3/12 replications  0:30 elapsed ~1:30 left");
    t = 3_600_000;
    expect(bar.line(12, 12)).toBe("run [██████████] 12/12 replications  1:00:00 elapsed");
  });

  it("writes nothing when the stream is not a terminal", () => {
    let written = "";
    const bar = new ProgressBar({ write: (s: string) => (written += s) });
    bar.update(1, 2);
    bar.update(2, 2);
    bar.finish();
    expect(bar.active).toBe(false);
    expect(written).toBe("");
  });
});

describe("writeFileAtomic", () => {
  it("writes the text, and after a failed rename leaves no temporary file", async () => {
    await writeFileAtomic(ws.path("a.txt"), "hello");
    expect(readFileSync(ws.path("a.txt"), "utf8")).toBe("hello");
    mkdirSync(ws.path("dir"));
    await expect(writeFileAtomic(ws.path("dir"), "x")).rejects.toThrow();
    expect(ws.files()).toEqual(["a.txt", "dir"]);
  });
});
