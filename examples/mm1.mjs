// The kernel alone: an M/M/c queue in a few lines, checked against Erlang C.
//   node examples/mm1.mjs [--quick]
import { Resource, Simulation } from "caseflow/engine";
import { createStream, exponential } from "caseflow/random";
import { Tally } from "caseflow/stats";
import { exampleArgs } from "./shared.mjs";

const { quick } = exampleArgs();
const [lambda, mu, c] = [9, 1, 10];
const customers = quick ? 20_000 : 500_000;

const sim = new Simulation();
const servers = new Resource(sim, { capacity: c });
const arrivals = createStream(42, "arrivals");
const service = createStream(42, "service");
const wait = new Tally();

function* customer() {
  const arrived = sim.now;
  const req = servers.request();
  yield req;
  wait.add(sim.now - arrived);
  yield sim.timeout(exponential(service, mu));
  servers.release(req);
}
function* source() {
  for (let i = 0; i < customers; i++) {
    yield sim.timeout(exponential(arrivals, lambda));
    sim.process(customer());
  }
}
sim.process(source(), "source");
sim.run();

// Erlang C: probability of waiting and mean wait in an M/M/c queue
const a = lambda / mu;
let term = 1;
let sum = 1;
for (let k = 1; k < c; k++) sum += term *= a / k;
const last = (term * a) / c / (1 - a / c);
const pWait = last / (sum + last);
const wq = pWait / (c * mu - lambda);
console.log(`M/M/${c} with λ=${lambda}, μ=${mu}: ${wait.count} customers`);
console.log(`mean wait simulated ${wait.mean.toFixed(4)}  theory (Erlang C) ${wq.toFixed(4)}`);
console.log(`utilisation simulated ${servers.utilisation().toFixed(4)}  theory ${(a / c).toFixed(4)}`);
