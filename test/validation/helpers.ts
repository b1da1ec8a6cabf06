/*
 * Shared pieces of the queueing-theory validation suite: closed-form results
 * (Erlang C, Pollaczek–Khinchine, Cobham's priority formula, Jackson tandem) and
 * one model builder that runs Poisson arrivals of one or more customer classes
 * through a series of multi-server stations on the caseflow kernel, measuring
 * per-customer times and time-average counts with batch-means confidence
 * intervals after a warm-up period.
 */
import { expect } from "vitest";
import { Resource, Simulation, type ProcessGenerator } from "../../src/engine/index";
import { createStream, exponential, type Rng } from "../../src/random/index";
import { BatchMeans, Tally, TimeWeighted, confidenceInterval, type ConfidenceInterval } from "../../src/stats/index";

// ---------------------------------------------------------------------------
// Theory
// ---------------------------------------------------------------------------

/**
 * Erlang's C formula: the probability that an arriving customer has to wait in an
 * M/M/c queue with `servers` servers and offered load `a = λ/μ` (needs a < c).
 * Computed through the Erlang B recursion B(k) = a·B(k-1) / (k + a·B(k-1)), which
 * is numerically stable, then C = B / (1 - ρ(1 - B)) with ρ = a/c.
 */
export function erlangC(servers: number, offeredLoad: number): number {
  if (!Number.isInteger(servers) || servers < 1) {
    throw new RangeError(`erlangC: servers must be a whole number ≥ 1; got ${servers}`);
  }
  if (!(offeredLoad > 0 && offeredLoad < servers)) {
    throw new RangeError(`erlangC: offeredLoad must be in (0, servers=${servers}); got ${offeredLoad}`);
  }
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  const rho = offeredLoad / servers;
  return b / (1 - rho * (1 - b));
}

/** Steady-state means of an M/M/c queue. */
export interface MmcTheory {
  /** ρ = λ/(cμ), the share of busy servers */
  utilisation: number;
  /** P(wait > 0), Erlang C */
  pWait: number;
  /** mean wait in queue */
  wq: number;
  /** mean time in system */
  w: number;
  /** mean number waiting */
  lq: number;
  /** mean number in system */
  l: number;
}

/** Theory for M/M/c: Wq = C/(cμ - λ), W = Wq + 1/μ, Lq = λWq, L = λW. */
export function mmcTheory(lambda: number, mu: number, servers: number): MmcTheory {
  const a = lambda / mu;
  const pWait = erlangC(servers, a);
  const wq = pWait / (servers * mu - lambda);
  const w = wq + 1 / mu;
  return { utilisation: a / servers, pWait, wq, w, lq: lambda * wq, l: lambda * w };
}

/**
 * Pollaczek–Khinchine mean wait in queue of M/G/1:
 * Wq = λ E[S²] / (2(1 - ρ)), with ρ = λ E[S].
 */
export function pollaczekKhinchineWq(lambda: number, meanService: number, secondMoment: number): number {
  const rho = lambda * meanService;
  if (!(rho < 1)) throw new RangeError(`pollaczekKhinchineWq: ρ = λE[S] must be < 1; got ${rho}`);
  return (lambda * secondMoment) / (2 * (1 - rho));
}

/** One class of a priority queue, for {@link cobhamWq}. */
export interface PriorityClassTheory {
  /** arrival rate λ_k */
  lambda: number;
  /** mean service time E[S_k] */
  meanService: number;
  /** second moment E[S_k²] */
  secondMoment: number;
}

/**
 * Cobham's formula for the non-preemptive priority M/G/1 queue; classes in order
 * of priority (most important first):
 * Wq_k = W0 / ((1 - σ_{k-1})(1 - σ_k)), W0 = Σ λ_i E[S_i²] / 2, σ_k = Σ_{i ≤ k} ρ_i.
 */
export function cobhamWq(classes: readonly PriorityClassTheory[]): number[] {
  const w0 = classes.reduce((s, c) => s + (c.lambda * c.secondMoment) / 2, 0);
  const out: number[] = [];
  let sigmaBefore = 0;
  for (const c of classes) {
    const sigma = sigmaBefore + c.lambda * c.meanService;
    if (!(sigma < 1)) throw new RangeError(`cobhamWq: cumulative load must stay < 1; got ${sigma}`);
    out.push(w0 / ((1 - sigmaBefore) * (1 - sigma)));
    sigmaBefore = sigma;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Estimates and checks
// ---------------------------------------------------------------------------

/** Set CASEFLOW_VALIDATION_VERBOSE=1 to print every comparison (simulated vs theory). */
const VERBOSE = process.env["CASEFLOW_VALIDATION_VERBOSE"] === "1";

/** A point estimate with a 95 % batch-means confidence interval. */
export interface Estimate {
  /** point estimate: the mean over the whole observation window (every customer, or the whole time) */
  mean: number;
  /** half-width of the 95 % confidence interval from the batch means */
  halfWidth: number;
  /** number of batches behind the interval */
  batches: number;
}

function toEstimate(mean: number, ci: ConfidenceInterval): Estimate {
  return { mean, halfWidth: ci.halfWidth, batches: ci.n };
}

/**
 * Asserts that a simulated estimate matches theory. The tolerance is
 * max(3 × the 95 % CI half-width, `floor` × |theory|): three half-widths is about
 * six standard errors, so a correct model essentially never fails, while the
 * relative floor keeps a lucky, very narrow interval from making the test brittle.
 * The check can still fail: it also requires the interval itself to be narrower
 * than `maxRelHalfWidth` × |theory| (so a run too short or too noisy to say
 * anything is an error, not a pass).
 */
export function expectMatchesTheory(label: string, est: Estimate, theory: number, floor = 0.01, maxRelHalfWidth = 0.05): void {
  const tolerance = Math.max(3 * est.halfWidth, floor * Math.abs(theory));
  const msg =
    `${label}: simulated ${est.mean.toFixed(4)} ± ${est.halfWidth.toFixed(4)} ` +
    `(95% CI, ${est.batches} batches), theory ${theory.toFixed(4)}, tolerance ${tolerance.toFixed(4)}`;
  if (VERBOSE) console.log(msg);
  expect(est.halfWidth, `${msg}: interval too wide to be a test`).toBeLessThanOrEqual(maxRelHalfWidth * Math.abs(theory));
  expect(Math.abs(est.mean - theory), msg).toBeLessThanOrEqual(tolerance);
}

/**
 * Asserts Little's law L = λW between a time average and `rate` × a customer
 * average measured in the same window. Both sides come from the same sample
 * path, so they differ only by edge effects: the time in the window of the
 * customers present at its start or end, over the window's area. That is of
 * order (number present) × (their remaining time) / (L × window), at most a few
 * 1e-4 for the run lengths used here (observed: 1e-6 to 1.3e-4, the largest at
 * the slower tandem station). The relative tolerance `rel` (default 2e-3) is
 * over ten times the largest observed, yet any mismatch between the
 * time-weighted and the per-customer bookkeeping (a lost or double-counted
 * customer, a queue count off by one, a clock error) exceeds it by far.
 */
export function expectLittle(label: string, timeAverage: number, rate: number, meanTime: number, rel = 2e-3): void {
  const rhs = rate * meanTime;
  if (VERBOSE) {
    const diff = (Math.abs(timeAverage - rhs) / rhs).toExponential(2);
    console.log(`${label} (Little): ${timeAverage.toFixed(5)} vs λ·W ${rhs.toFixed(5)}, rel. diff ${diff}`);
  }
  expect(
    Math.abs(timeAverage - rhs),
    `${label}: time-average ${timeAverage.toFixed(5)} vs λ·W = ${rate.toFixed(5)} × ${meanTime.toFixed(5)} = ${rhs.toFixed(5)}`,
  ).toBeLessThanOrEqual(rel * Math.abs(rhs));
}

// ---------------------------------------------------------------------------
// Model builder
// ---------------------------------------------------------------------------

/** A class of customers arriving as a Poisson stream. */
export interface CustomerClass {
  /** arrival rate λ */
  arrivalRate: number;
  /** request priority at every station (lower is served first). @defaultValue 0 */
  priority?: number;
  /** service-time sampler for each station, in route order */
  service: ReadonlyArray<(rng: Rng) => number>;
}

/** A queueing model: customers visit `servers.length` stations in series. */
export interface QueueModel {
  /** number of servers at each station, in route order */
  servers: readonly number[];
  /** customer classes */
  classes: readonly CustomerClass[];
  /** root seed of the random streams */
  seed: number;
  /** simulated time the run lasts */
  horizon: number;
  /** share of `horizon` discarded as warm-up. @defaultValue 0.1 */
  warmupFraction?: number;
  /**
   * number of batches after warm-up: equal time batches for time averages, and
   * about as many batches of customers (sized from the expected arrivals) for
   * per-customer times. @defaultValue 32
   */
  batches?: number;
}

/** What was measured at one station. */
export interface StationResult {
  /** wait in queue (request to grant), all classes */
  wait: Estimate;
  /** wait in queue per class */
  waitByClass: Estimate[];
  /** share of customers who had to wait (wait > 0) */
  pWait: Estimate;
  /** time at the station (wait + service), all classes */
  sojourn: Estimate;
  /** mean service time observed */
  meanService: number;
  /** time-average number at the station (waiting + in service) */
  inStation: Estimate;
  /** time-average number waiting */
  inQueue: Estimate;
  /** time-average number of busy servers */
  busy: Estimate;
}

/** What a run of {@link runQueueModel} measured over the window after warm-up. */
export interface QueueModelResult {
  /** per station, in route order */
  stations: StationResult[];
  /** time from arrival to leaving the last station, all classes */
  sojourn: Estimate;
  /** time-average number in the whole network */
  inSystem: Estimate;
  /** arrivals per unit time during the observation window */
  arrivalRate: number;
  /** arrivals per unit time per class */
  arrivalRateByClass: number[];
  /** customers that arrived in the window and completed their route */
  completed: number;
  /** length of the observation window */
  window: number;
}

/** Time-weighted level whose average is closed into a new batch at each batch boundary. */
class BatchedLevel {
  private readonly tw = new TimeWeighted(0, 0);
  private readonly batchMeans: number[] = [];
  level = 0;
  set(t: number, value: number): void {
    this.level = value;
    this.tw.update(t, value);
  }
  /** end of warm-up: forget everything so far */
  restart(t: number): void {
    this.tw.reset(t);
  }
  closeBatch(t: number): void {
    this.batchMeans.push(this.tw.mean(t));
    this.tw.reset(t);
  }
  /** equal-length batches: the mean of the batch averages is the window average */
  estimate(): Estimate {
    const ci = confidenceInterval(this.batchMeans);
    return toEstimate(ci.mean, ci);
  }
}

/** Per-customer times: the exact mean of all of them, and batch means for the interval. */
class CustomerTimes {
  readonly all = new Tally();
  readonly batches: BatchMeans;
  constructor(batchSize: number, maxBatches: number) {
    this.batches = new BatchMeans(batchSize, maxBatches);
  }
  add(x: number): void {
    this.all.add(x);
    this.batches.add(x);
  }
  estimate(): Estimate {
    return toEstimate(this.all.mean, this.batches.ci(0.95));
  }
}

/**
 * Runs `model` on the caseflow kernel: one source process per class draws
 * exponential interarrival times; each customer is a process that requests a
 * server at each station in turn (with its class priority), holds it for a
 * sampled service time and releases it. Every random quantity has its own named
 * stream (`class/k/arrivals`, `class/k/service/s`).
 *
 * Warm-up: the first `warmupFraction` of `horizon` is discarded; time averages
 * restart at its end and only customers arriving after it are measured.
 * Time averages (read from the resources' own `queueLength` and `count` after
 * every request and release) are cut into `batches` equal time batches.
 * Per-customer times go to a {@link BatchMeans} in the order they are observed,
 * with a batch size of (expected customers in the window) / `batches`, so about
 * `batches` complete batches result (the incomplete last one is left out of the
 * interval); the point estimate is the mean over every measured customer, so
 * that Little's law can be checked on exactly the same sample path.
 * Customers still in the network at the horizon are not measured (an edge
 * effect of relative size about W / window).
 */
export function runQueueModel(model: QueueModel): QueueModelResult {
  const warmup = model.horizon * (model.warmupFraction ?? 0.1);
  const nBatches = model.batches ?? 32;
  const window = model.horizon - warmup;
  const batchLength = window / nBatches;
  const nStations = model.servers.length;
  const totalRate = model.classes.reduce((s, c) => s + c.arrivalRate, 0);
  // room for 2 × nBatches + 2 batches, so more arrivals than expected never collapse them
  const batchesOf = (rate: number): CustomerTimes => new CustomerTimes(Math.max(1, Math.floor((rate * window) / nBatches)), 2 * nBatches + 2);

  const sim = new Simulation();
  const stations = model.servers.map((c, s) => ({
    res: new Resource(sim, { capacity: c, name: `station${s}` }),
    wait: batchesOf(totalRate),
    waitByClass: model.classes.map((cls) => batchesOf(cls.arrivalRate)),
    waited: batchesOf(totalRate),
    sojourn: batchesOf(totalRate),
    service: new Tally(),
    inStation: new BatchedLevel(),
    inQueue: new BatchedLevel(),
    busy: new BatchedLevel(),
  }));
  type Station = (typeof stations)[number];
  const total = batchesOf(totalRate);
  const inSystem = new BatchedLevel();
  const arrivalsInWindow: number[] = model.classes.map(() => 0);
  const levels = [...stations.flatMap((st) => [st.inStation, st.inQueue, st.busy]), inSystem];

  const observe = (st: Station): void => {
    const t = sim.now;
    st.inQueue.set(t, st.res.queueLength);
    st.busy.set(t, st.res.count);
    st.inStation.set(t, st.res.queueLength + st.res.count);
  };

  function* customer(k: number, cls: CustomerClass, serviceRngs: readonly Rng[]): ProcessGenerator {
    const arrived = sim.now;
    const measured = arrived >= warmup;
    if (measured) arrivalsInWindow[k] = (arrivalsInWindow[k] as number) + 1;
    inSystem.set(arrived, inSystem.level + 1);
    for (let s = 0; s < nStations; s++) {
      const st = stations[s] as Station;
      const entered = sim.now;
      const req = st.res.request({ priority: cls.priority ?? 0 });
      observe(st);
      yield req;
      const wait = sim.now - entered;
      const d = (cls.service[s] as (rng: Rng) => number)(serviceRngs[s] as Rng);
      yield sim.timeout(d);
      st.res.release(req);
      observe(st);
      if (measured) {
        st.wait.add(wait);
        (st.waitByClass[k] as CustomerTimes).add(wait);
        st.waited.add(wait > 0 ? 1 : 0);
        st.sojourn.add(sim.now - entered);
        st.service.add(d);
      }
    }
    inSystem.set(sim.now, inSystem.level - 1);
    if (measured) total.add(sim.now - arrived);
  }

  model.classes.forEach((cls, k) => {
    if (cls.service.length !== nStations) {
      throw new RangeError(`class ${k}: service must list ${nStations} samplers; got ${cls.service.length}`);
    }
    const arrivalRng = createStream(model.seed, "class", k, "arrivals");
    const serviceRngs = model.servers.map((_, s) => createStream(model.seed, "class", k, "service", s));
    sim.process(
      (function* source(): ProcessGenerator {
        for (;;) {
          yield sim.timeout(exponential(arrivalRng, cls.arrivalRate));
          sim.process(customer(k, cls, serviceRngs), "customer");
        }
      })(),
      `source${k}`,
    );
  });

  sim.schedule(warmup, () => {
    for (const l of levels) l.restart(sim.now);
  });
  for (let b = 1; b < nBatches; b++) {
    sim.schedule(warmup + b * batchLength, () => {
      for (const l of levels) l.closeBatch(sim.now);
    });
  }
  sim.run({ until: model.horizon });
  for (const l of levels) l.closeBatch(model.horizon);

  const arrivalRateByClass = arrivalsInWindow.map((n) => n / window);
  const est = (times: CustomerTimes): Estimate => times.estimate();
  return {
    stations: stations.map((st) => ({
      wait: est(st.wait),
      waitByClass: st.waitByClass.map(est),
      pWait: est(st.waited),
      sojourn: est(st.sojourn),
      meanService: st.service.mean,
      inStation: st.inStation.estimate(),
      inQueue: st.inQueue.estimate(),
      busy: st.busy.estimate(),
    })),
    sojourn: est(total),
    inSystem: inSystem.estimate(),
    arrivalRate: arrivalRateByClass.reduce((s, r) => s + r, 0),
    arrivalRateByClass,
    completed: total.all.count,
    window,
  };
}
