/*
 * Hand-written JavaScript baselines for the kernel benchmark: no library, just a
 * binary-heap event list keyed by (time, sequence number) and a FIFO queue of
 * arrival times. It runs the same models as kernel.mjs with the same uniform
 * generator (seedrandom's Alea) and the same inverse-transform exponential, so
 * the difference in speed is the cost of the simulation kernel.
 *
 * Two heaps: `object` keeps one small object per event (time, sequence number,
 * kind); `typed` keeps no objects at all — the heap is a struct of typed arrays
 * (times in a Float64Array, sequence numbers in a Float64Array, kinds in a
 * Uint8Array), ties broken by sequence number: about as fast as an event list
 * can be written in JavaScript.
 *
 * Usage: node bench/baseline.mjs <mm1|mmc|hold|procs> [object|typed]   (prints one line of JSON)
 */
import seedrandom from "seedrandom";
import { finish, N_CUSTOMERS, N_EVENTS, N_PROCESSES, HOLD_PENDING, MODELS, exp, startClock, sampleHeap } from "./common.mjs";

/**
 * Binary min-heap in typed arrays (struct of arrays) ordered by time, then
 * insertion order. `pop()` returns the kind of the earliest event and leaves
 * its time in `topTime`.
 */
class TypedHeap {
  constructor(capacity = 1024) {
    this.t = new Float64Array(capacity);
    this.s = new Float64Array(capacity);
    this.k = new Uint8Array(capacity);
    this.n = 0;
    this.seq = 0;
    this.topTime = 0;
  }
  get size() {
    return this.n;
  }
  grow() {
    const cap = this.t.length * 2;
    const t = new Float64Array(cap);
    const s = new Float64Array(cap);
    const k = new Uint8Array(cap);
    t.set(this.t);
    s.set(this.s);
    k.set(this.k);
    this.t = t;
    this.s = s;
    this.k = k;
  }
  push(time, kind) {
    if (this.n === this.t.length) this.grow();
    const t = this.t;
    const s = this.s;
    const k = this.k;
    const seq = this.seq++;
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = t[p];
      if (pt < time || (pt === time && s[p] < seq)) break;
      t[i] = pt;
      s[i] = s[p];
      k[i] = k[p];
      i = p;
    }
    t[i] = time;
    s[i] = seq;
    k[i] = kind;
  }
  pop() {
    const t = this.t;
    const s = this.s;
    const k = this.k;
    const kind = k[0];
    this.topTime = t[0];
    const n = --this.n;
    if (n > 0) {
      const lt = t[n];
      const ls = s[n];
      const lk = k[n];
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        let c = l;
        let ct = t[l];
        const r = l + 1;
        if (r < n) {
          const rt = t[r];
          if (rt < ct || (rt === ct && s[r] < s[l])) {
            c = r;
            ct = rt;
          }
        }
        if (lt < ct || (lt === ct && ls < s[c])) break;
        t[i] = ct;
        s[i] = s[c];
        k[i] = k[c];
        i = c;
      }
      t[i] = lt;
      s[i] = ls;
      k[i] = lk;
    }
    return kind;
  }
}

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
  /** Remove the earliest event; return its kind and leave its time in `topTime` (same interface as TypedHeap). */
  pop() {
    const ev = this.popEvent();
    this.topTime = ev.time;
    return ev.kind;
  }
  popEvent() {
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
function multiServer(Heap, c, lambda, mu) {
  const rngA = seedrandom.alea("bench/arrivals");
  const rngS = seedrandom.alea("bench/service");
  const heap = new Heap();
  const queue = new Fifo();
  let busy = 0;
  let served = 0;
  let waitSum = 0;
  let now = 0;
  let events = 0;
  heap.push(exp(rngA, lambda), ARRIVAL);
  const clock = startClock();
  while (served < N_CUSTOMERS) {
    const kind = heap.pop();
    now = heap.topTime;
    events++;
    if (kind === ARRIVAL) {
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
function hold(Heap) {
  const rng = seedrandom.alea("bench/hold");
  const heap = new Heap();
  for (let i = 0; i < HOLD_PENDING; i++) heap.push(exp(rng, 1), 0);
  let events = 0;
  let now = 0;
  const clock = startClock();
  while (events < N_EVENTS) {
    heap.pop();
    now = heap.topTime;
    events++;
    if ((events & 0xffff) === 0) sampleHeap();
    heap.push(now + exp(rng, 1), 0);
  }
  return finish(clock, { count: events, units: "events", events, simTime: now });
}

/** N_PROCESSES waits started at time 0, each for one exponential timeout; counted: timeouts fired. */
function procs(Heap) {
  const rng = seedrandom.alea("bench/procs");
  const clock = startClock();
  const heap = new Heap();
  for (let i = 0; i < N_PROCESSES; i++) heap.push(exp(rng, 1), 0);
  let fired = 0;
  let now = 0;
  while (heap.size > 0) {
    heap.pop();
    now = heap.topTime;
    fired++;
    if ((fired & 0xffff) === 0) sampleHeap();
  }
  return finish(clock, { count: fired, units: "events", events: fired, simTime: now });
}

const HEAPS = { object: EventHeap, typed: TypedHeap };
const model = process.argv[2];
const heapName = process.argv[3] ?? "object";
const spec = MODELS[model];
const Heap = HEAPS[heapName];
if (spec === undefined || Heap === undefined) {
  console.error(`usage: node bench/baseline.mjs <${Object.keys(MODELS).join("|")}> [${Object.keys(HEAPS).join("|")}]`);
  process.exit(2);
}
const result = model === "hold" ? hold(Heap) : model === "procs" ? procs(Heap) : multiServer(Heap, spec.c, spec.lambda, spec.mu);
console.log(JSON.stringify({ impl: heapName === "object" ? "baseline" : "typed", model, ...result }));
