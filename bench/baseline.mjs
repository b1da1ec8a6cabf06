/*
 * Hand-written JavaScript baseline for the kernel benchmark: no library, just a
 * binary-heap event list keyed by (time, sequence number) and a FIFO queue of
 * arrival times. It runs the same three models as kernel.mjs with the same
 * uniform generator (seedrandom's Alea) and the same inverse-transform
 * exponential, so the difference in speed is the cost of the simulation kernel.
 *
 * Usage: node bench/baseline.mjs <mm1|mmc|hold>   (prints one line of JSON)
 */
import seedrandom from "seedrandom";
import { finish, N_CUSTOMERS, N_EVENTS, HOLD_PENDING, MODELS, exp, startClock, sampleHeap } from "./common.mjs";

/** Binary min-heap of event objects ordered by time, then insertion order. */
class EventHeap {
  constructor() {
    this.a = [];
    this.seq = 0;
  }
  get size() {
    return this.a.length;
  }
  push(time, kind) {
    const ev = { time, seq: this.seq++, kind };
    const a = this.a;
    let i = a.length;
    a.push(ev);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pe = a[p];
      if (pe.time < time || (pe.time === time && pe.seq < ev.seq)) break;
      a[i] = pe;
      i = p;
    }
    a[i] = ev;
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    const n = a.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        let c = l;
        let ce = a[l];
        const r = l + 1;
        if (r < n) {
          const re = a[r];
          if (re.time < ce.time || (re.time === ce.time && re.seq < ce.seq)) {
            c = r;
            ce = re;
          }
        }
        if (last.time < ce.time || (last.time === ce.time && last.seq < ce.seq)) break;
        a[i] = ce;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}

/** FIFO queue of numbers (a growable array with a moving head, compacted now and then). */
class Fifo {
  constructor() {
    this.a = [];
    this.head = 0;
  }
  get length() {
    return this.a.length - this.head;
  }
  push(x) {
    this.a.push(x);
  }
  shift() {
    const x = this.a[this.head++];
    if (this.head > 4096 && this.head * 2 > this.a.length) {
      this.a = this.a.slice(this.head);
      this.head = 0;
    }
    return x;
  }
}

const ARRIVAL = 0;
const DEPARTURE = 1;

/** M/M/c until N_CUSTOMERS have been served; c = 1 gives M/M/1. */
function multiServer(c, lambda, mu) {
  const rngA = seedrandom.alea("bench/arrivals");
  const rngS = seedrandom.alea("bench/service");
  const heap = new EventHeap();
  const queue = new Fifo();
  let busy = 0;
  let served = 0;
  let waitSum = 0;
  let now = 0;
  let events = 0;
  heap.push(exp(rngA, lambda), ARRIVAL);
  const clock = startClock();
  while (served < N_CUSTOMERS) {
    const ev = heap.pop();
    now = ev.time;
    events++;
    if (ev.kind === ARRIVAL) {
      heap.push(now + exp(rngA, lambda), ARRIVAL);
      if (busy < c) {
        busy++;
        heap.push(now + exp(rngS, mu), DEPARTURE);
      } else {
        queue.push(now);
      }
    } else {
      served++;
      if ((served & 0xffff) === 0) sampleHeap();
      if (queue.length > 0) {
        waitSum += now - queue.shift();
        heap.push(now + exp(rngS, mu), DEPARTURE);
      } else {
        busy--;
      }
    }
  }
  return finish(clock, { count: served, units: "customers", events, simTime: now, meanWait: waitSum / served });
}

/** Hold model: HOLD_PENDING pending timeouts; each one fired schedules the next. */
function hold() {
  const rng = seedrandom.alea("bench/hold");
  const heap = new EventHeap();
  for (let i = 0; i < HOLD_PENDING; i++) heap.push(exp(rng, 1), 0);
  let events = 0;
  let now = 0;
  const clock = startClock();
  while (events < N_EVENTS) {
    const ev = heap.pop();
    now = ev.time;
    events++;
    if ((events & 0xffff) === 0) sampleHeap();
    heap.push(now + exp(rng, 1), 0);
  }
  return finish(clock, { count: events, units: "events", events, simTime: now });
}

const model = process.argv[2];
const spec = MODELS[model];
if (spec === undefined) {
  console.error(`usage: node bench/baseline.mjs <${Object.keys(MODELS).join("|")}>`);
  process.exit(2);
}
const result = model === "hold" ? hold() : multiServer(spec.c, spec.lambda, spec.mu);
console.log(JSON.stringify({ impl: "baseline", model, ...result }));
