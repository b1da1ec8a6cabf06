/*
 * Memory does not grow with the length of a run. With the trace off, the live
 * heap of a stable office over 10 years peaks within 1.5× (and within 2 MB) of
 * the same office over 1 year; and the streaming statistics (Tally,
 * TimeWeighted, QuantileSketch and the office's recorder) keep no
 * per-observation data. Heaps are measured after garbage collection: office
 * runs in child processes started with --expose-gc (heapProbeScript.mjs, on the
 * built dist/), the statistics in this process with gc exposed through v8 flags.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { OfficeRecorder } from "../../src/organisation/OfficeRecorder";
import { createStream } from "../../src/random/createStream";
import { lognormal } from "../../src/random/lognormal";
import { QuantileSketch } from "../../src/stats/QuantileSketch";
import { Tally } from "../../src/stats/Tally";
import { TimeWeighted } from "../../src/stats/TimeWeighted";
import { expectFreshBuild } from "./expectFreshBuild";
import { heapProbe, type HeapFigures } from "./heapProbe";

const MB = 1024 * 1024;

describe("a 10-year run", () => {
  // a stable team office: 60 claims a week, 12 handlers; heap sampled every 4 weeks after gc
  const office = { casesPerWeek: 60, handlers: 12, everyWeeks: 4 };
  let oneYear: Promise<HeapFigures> | undefined;
  const yearOne = (): Promise<HeapFigures> => (oneYear ??= heapProbe({ ...office, horizonDays: 364 }));

  it("peaks within 1.5× (and 2 MB) of the heap of a 1-year run, with the trace off", async () => {
    expectFreshBuild();
    const one = await yearOne();
    const ten = await heapProbe({ ...office, horizonDays: 3640 });
    console.log(
      `live heap peak: 1 year ${(one.peak / MB).toFixed(2)} MB (${one.arrived} claims, ${one.events} events), ` +
        `10 years ${(ten.peak / MB).toFixed(2)} MB (${ten.arrived} claims, ${ten.events} events)`,
    );
    expect(one.unstable + ten.unstable).toBe(0);
    expect(ten.arrived).toBeGreaterThan(9 * one.arrived);
    expect(ten.events).toBeGreaterThan(9 * one.events);
    // The stated bound. About 11 MB of the peak is code and modules, so 1.5× allows ~5.5 MB more in
    // the 10-year run: 28,000 more claims and 340,000 more events, so keeping ~200 bytes per claim
    // (a closed claim is ~1 KB) or ~17 bytes per event would already break it.
    expect(ten.peak).toBeLessThanOrEqual(1.5 * one.peak);
    // The tighter bound: observed 0.3–0.5 MB more (a calendar cache of 3,640 days, 520 weekly series
    // points, and heap noise of a few hundred KB between processes); 2 MB is ~70 bytes per extra claim.
    expect(ten.peak - one.peak).toBeLessThan(2 * MB);
  });

  it("the check can fail: with the trace on, memory grows with the run (by design)", async () => {
    expectFreshBuild();
    const one = await yearOne();
    const three = await heapProbe({ ...office, horizonDays: 1092, trace: true });
    // the trace keeps every event of every claim: ~10,000 claims × ~15 lines
    expect(three.peak).toBeGreaterThan(1.5 * one.peak);
  });
});

/** Garbage collection, exposed without the command-line flag. */
function exposeGc(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** Live heap growth (bytes, after gc) while `fill` runs; `keep` is used afterwards so it stays alive. */
function heapGrowth<T>(make: () => T, fill: (x: T) => void, keep: (x: T) => unknown): number {
  const gc = exposeGc();
  const x = make();
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  fill(x);
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  expect(keep(x)).toBeDefined();
  return after - before;
}

// Two million observations stored in any form take at least 16 MB (8 bytes each); a bound of 1 MB
// leaves ample room for heap noise in this process (well under 1 MB between gcs) while failing any
// per-observation storage, even one byte per observation (2 MB).
const N = 2_000_000;
const BOUND = 1 * MB;

describe("streaming statistics keep no per-observation data", () => {
  it("Tally", () => {
    const rng = createStream(1, "tally");
    const grew = heapGrowth(
      () => new Tally(),
      (t) => {
        for (let i = 0; i < N; i++) t.add(rng() * 100);
      },
      (t) => (t.count === N ? t.mean : undefined),
    );
    expect(grew).toBeLessThan(BOUND);
  });

  it("TimeWeighted", () => {
    const rng = createStream(1, "time-weighted");
    const grew = heapGrowth(
      () => new TimeWeighted(0, 0),
      (w) => {
        let t = 0;
        for (let i = 0; i < N; i++) w.update((t += rng()), Math.floor(rng() * 50));
      },
      (w) => w.mean(),
    );
    expect(grew).toBeLessThan(BOUND);
  });

  it("QuantileSketch, over values spread across 17 orders of magnitude", () => {
    const rng = createStream(1, "sketch");
    const grew = heapGrowth(
      () => new QuantileSketch(),
      (s) => {
        for (let i = 0; i < N; i++) s.add(lognormal(rng, 0, 6));
      },
      (s) => s.quantile(0.9),
    );
    expect(grew).toBeLessThan(BOUND);
  });

  it("the office recorder", () => {
    const rng = createStream(1, "recorder");
    const complexities = ["simple", "standard", "complex"] as const;
    const grew = heapGrowth(
      () => new OfficeRecorder(0, 1e9),
      (r) => {
        for (let i = 0; i < N / 2; i++) {
          const t = i;
          r.opened(t, true);
          r.decided(t + 0.5, t - rng() * 30, complexities[i % 3] as "simple", rng() < 0.9, rng() < 0.8, t - rng() * 10);
          r.paid(t + 0.6, t - rng() * 40);
          r.contact(t + 0.7, i % 2 === 0 ? "chasing" : "claim-question");
          r.callAnswered(t + 0.7, rng() * 0.01);
          r.worked(t + 0.8, "value", rng() * 3);
          r.checkpoint(t + 0.9, t + 0.9 + rng() - 0.5);
          r.audited(t + 0.9, rng() < 0.9);
        }
      },
      (r) => r.result(10).leadTimeDays.p90,
    );
    expect(grew).toBeLessThan(BOUND);
  });
});
