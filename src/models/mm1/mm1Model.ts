/*
 * The built-in M/M/c queue, written on the simulation kernel: a small model with
 * known theory, used to test the experiment machinery (replications, workers,
 * common random numbers, confidence intervals) and as an example of a model.
 */
import { Resource, Simulation, type ProcessGenerator } from "../../engine";
import { createStream, exponential } from "../../random";
import { Tally, TimeWeighted } from "../../stats";
import type { ExperimentModel, ModelOutput, ReplicationContext } from "../../experiment/ExperimentModel";
import { mm1ScenarioSchema, type Mm1Scenario, type Mm1ScenarioInput } from "./mm1ScenarioSchema";

/**
 * The M/M/c queue (id `"mm1"`): Poisson arrivals at rate `arrivalRate`,
 * exponential service at rate `serviceRate`, `servers` servers, first come first
 * served, starting empty at time 0 and stopped at `horizon`.
 *
 * Streams: `rep/<i>/arrivals` for inter-arrival times and `rep/<i>/service` for
 * service times; each customer's service time is drawn when it arrives, so the
 * k-th customer gets the same arrival time and work in every variant.
 *
 * Metrics, over the observation window (`warmup`, `horizon`]:
 * - `waitMean`: mean wait in queue of customers whose service starts in the window (NaN if none);
 * - `systemMean`: mean time in system of customers who leave in the window (NaN if none);
 * - `served`: number of customers who leave in the window;
 * - `utilisation`: time-average number of busy servers divided by `servers`.
 */
export const mm1Model: ExperimentModel<Mm1Scenario, Mm1ScenarioInput> = {
  id: "mm1",
  schema: mm1ScenarioSchema,
  run: runMm1,
  // Worker threads find it in the package root.
  module: "caseflow",
};

function runMm1(s: Mm1Scenario, ctx: ReplicationContext): ModelOutput {
  const sim = new Simulation();
  const servers = new Resource(sim, { capacity: s.servers, name: "servers" });
  const arrivalRng = createStream(ctx.rootSeed, "rep", ctx.replication, "arrivals");
  const serviceRng = createStream(ctx.rootSeed, "rep", ctx.replication, "service");
  const busy = new TimeWeighted(0, 0);
  const waits = new Tally();
  const sojourns = new Tally();
  let measuring = s.warmup === 0;

  if (!measuring) {
    sim.schedule(s.warmup, () => {
      busy.reset(sim.now);
      measuring = true;
    });
  }

  function* customer(work: number): ProcessGenerator<void> {
    const arrived = sim.now;
    const req = servers.request();
    yield req;
    if (measuring) waits.add(sim.now - arrived);
    busy.update(sim.now, servers.count);
    yield sim.timeout(work);
    servers.release(req);
    busy.update(sim.now, servers.count);
    if (measuring) sojourns.add(sim.now - arrived);
  }

  function* source(): ProcessGenerator<never> {
    for (;;) {
      yield sim.timeout(exponential(arrivalRng, s.arrivalRate));
      sim.process(customer(exponential(serviceRng, s.serviceRate)));
    }
  }

  sim.process(source(), "arrivals");
  sim.run({ until: s.horizon });
  return {
    metrics: {
      waitMean: waits.mean,
      systemMean: sojourns.mean,
      served: sojourns.count,
      utilisation: busy.mean(s.horizon) / s.servers,
    },
  };
}
