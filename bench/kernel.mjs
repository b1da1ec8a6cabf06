/*
 * The kernel benchmark written with caseflow's public process API: a Simulation,
 * generator processes, a Resource with request/release, and timeouts. Same
 * models, uniform generator (seedrandom's Alea) and exponential sampler as
 * baseline.mjs, so the difference in speed is the cost of the kernel.
 *
 * Usage: node bench/kernel.mjs <mm1|mmc|hold|procs>   (prints one line of JSON)
 * Set CASEFLOW_MODULE to a path or URL to benchmark another build than dist/.
 */
import seedrandom from "seedrandom";
import { finish, N_CUSTOMERS, N_EVENTS, N_PROCESSES, HOLD_PENDING, MODELS, exp, startClock, sampleHeap } from "./common.mjs";

// The kernel is the caseflow/engine entry (dist/engine.js); CASEFLOW_MODULE may name any build that exports Simulation and Resource.
const modulePath = process.env.CASEFLOW_MODULE ?? new URL("../dist/engine.js", import.meta.url).href;
const { Simulation, Resource } = await import(modulePath.includes("://") ? modulePath : new URL(modulePath, `file://${process.cwd()}/`).href);

/** M/M/c until N_CUSTOMERS have been served; c = 1 gives M/M/1. One process per customer. */
function multiServer(c, lambda, mu) {
  const rngA = seedrandom.alea("bench/arrivals");
  const rngS = seedrandom.alea("bench/service");
  const sim = new Simulation({ maxEventsPerInstant: Infinity });
  const servers = new Resource(sim, { capacity: c, name: "servers" });
  let served = 0;
  let waitSum = 0;

  function* customer() {
    const arrived = sim.now;
    const req = servers.request();
    yield req;
    waitSum += sim.now - arrived;
    yield sim.timeout(exp(rngS, mu));
    servers.release(req);
    served++;
    if ((served & 0xffff) === 0) sampleHeap();
    if (served === N_CUSTOMERS) sim.stop();
  }

  function* source() {
    for (;;) {
      yield sim.timeout(exp(rngA, lambda));
      sim.process(customer(), "customer");
    }
  }

  sim.process(source(), "source");
  const clock = startClock();
  sim.run();
  return finish(clock, {
    count: served,
    units: "customers",
    events: sim.eventsProcessed,
    simTime: sim.now,
    meanWait: waitSum / served,
  });
}

/** Hold model: HOLD_PENDING processes, each waiting on one timeout at a time. */
function hold() {
  const rng = seedrandom.alea("bench/hold");
  const sim = new Simulation({ maxEventsPerInstant: Infinity });
  let fired = 0;

  function* holder() {
    for (;;) {
      yield sim.timeout(exp(rng, 1));
      fired++;
      if ((fired & 0xffff) === 0) sampleHeap();
      if (fired === N_EVENTS) sim.stop();
    }
  }

  for (let i = 0; i < HOLD_PENDING; i++) sim.process(holder(), "holder");
  while (sim.peek() === 0) sim.step(); // start the processes; only the hold loop is timed
  const clock = startClock();
  sim.run();
  return finish(clock, { count: fired, units: "events", events: sim.eventsProcessed - HOLD_PENDING, simTime: sim.now });
}

/** N_PROCESSES processes started at time 0, each waiting for one exponential timeout and ending. */
function procs() {
  const rng = seedrandom.alea("bench/procs");
  const clock = startClock();
  const sim = new Simulation({ maxEventsPerInstant: Infinity });
  let fired = 0;

  function* waiter() {
    yield sim.timeout(exp(rng, 1));
    fired++;
    if ((fired & 0xffff) === 0) sampleHeap();
  }

  for (let i = 0; i < N_PROCESSES; i++) sim.process(waiter(), "waiter");
  sim.run();
  return finish(clock, { count: fired, units: "events", events: sim.eventsProcessed, simTime: sim.now });
}

const model = process.argv[2];
const spec = MODELS[model];
if (spec === undefined) {
  console.error(`usage: node bench/kernel.mjs <${Object.keys(MODELS).join("|")}>`);
  process.exit(2);
}
const result = model === "hold" ? hold() : model === "procs" ? procs() : multiServer(spec.c, spec.lambda, spec.mu);
console.log(JSON.stringify({ impl: "caseflow", model, ...result }));
