/*
 * What the benchmarks share: the kernel models' parameters and run lengths, the
 * exponential sampler (inverse transform over one uniform), the measurement of
 * time and memory, so that everything is measured alike, and a description of
 * the machine.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { getHeapStatistics } from "node:v8";

/** Customers served in the M/M/1 and M/M/c runs. */
export const N_CUSTOMERS = 1_000_000;
/** Events fired in the hold run. */
export const N_EVENTS = 1_000_000;
/** Timeouts pending at any moment in the hold run. */
export const HOLD_PENDING = 1_000;

/** Processes started at time 0 in the `procs` run, each waiting for one timeout. */
export const N_PROCESSES = 1_000_000;

/** The four models: servers, arrival rate and service rate (unused by hold and procs). */
export const MODELS = {
  mm1: { c: 1, lambda: 0.9, mu: 1 },
  mmc: { c: 10, lambda: 9, mu: 1 },
  hold: { c: 0, lambda: 0, mu: 1 },
  procs: { c: 0, lambda: 0, mu: 1 },
};

/** Exponential variate with the given rate from one uniform of `rng` (inverse transform). */
export function exp(rng, rate) {
  return -Math.log(1 - rng()) / rate;
}

let heapPeak = 0;

/** Record the V8 heap in use; called every 65,536 customers or events. */
export function sampleHeap() {
  sampleHeapValue(getHeapStatistics().used_heap_size);
}

/** Record a size of the used V8 heap (bytes) measured elsewhere, e.g. by a GC profiler. */
export function sampleHeapValue(used) {
  if (used > heapPeak) heapPeak = used;
}

/** Start timing a run: wall clock and this process's CPU time. */
export function startClock() {
  sampleHeap();
  return { wall: performance.now(), cpu: process.cpuUsage() };
}

/**
 * Stop timing and add throughput and memory figures to `fields`. `rate` is per
 * wall-clock second; `cpuRate` per second of CPU time used by this process,
 * which is steadier when other work shares the machine.
 */
export function finish(start, fields) {
  const seconds = (performance.now() - start.wall) / 1000;
  const cpu = process.cpuUsage(start.cpu);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  sampleHeap();
  return {
    ...fields,
    seconds,
    cpuSeconds,
    rate: fields.count / seconds,
    cpuRate: fields.count / cpuSeconds,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    heapPeakMB: heapPeak / (1024 * 1024),
  };
}

/** The machine: CPU model (from /proc/cpuinfo on Linux), cores available, Node version, OS. */
export function machineInfo() {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line !== undefined) cpu = line.split(":")[1].trim();
  } catch {
    // not Linux: keep what Node reports
  }
  return { cpu, cores: os.availableParallelism(), node: process.version, platform: `${os.platform()} ${os.release()}` };
}
