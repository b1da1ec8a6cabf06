/*
 * The event calendar: a binary min-heap of scheduled entries keyed by
 * (time, priority, sequence number). Earlier time comes first; at equal times the
 * lower priority number comes first; at equal time and priority the entry that
 * was scheduled first (lower sequence number) comes first. This is the single,
 * documented order of simultaneous events; nothing depends on Set or Map order.
 * The keys are also kept in one flat array of numbers beside the heap, so sifting
 * compares numbers lying next to each other in memory instead of reading every
 * entry object it passes (which matters when many thousands of events wait).
 *
 * Entries pushed for the instant being processed (the time of the last entry
 * taken) with priority 0 or 1 — process starts, interrupts, resource grants and
 * other zero-delay events — skip the heap: they go to one first-in first-out
 * lane per priority, since among themselves they are already in sequence order.
 * `pop` takes the least of the heap's top and the lanes' heads by the same
 * (time, priority, sequence) comparison, so the order is exactly the heap's.
 * (The lanes' time changes only while they are empty, so an entry pushed for an
 * earlier time — the simulation never does that — still comes out in order.)
 */

/**
 * Something the queue can hold: any value. The queue keeps the keys (time,
 * priority, sequence number) itself and does not write them into the entry (a
 * number field written on every event would cost a boxed number per event).
 */
export type QueueEntry = unknown;

/** Numbers kept per heap slot in the key array: time, priority, sequence number. */
const STRIDE = 3;
/** A drained lane keeps its arrays for reuse up to this many slots. */
const LANE_KEEP = 4096;

/**
 * A binary min-heap ordered by (time, priority, sequence number).
 * The sequence number is assigned by {@link EventQueue.push}, so two entries
 * pushed with equal time and priority pop in push order (FIFO).
 * @internal
 */
export class EventQueue<T> {
  private heap: T[] = [];
  /** keys of heap[i] at [STRIDE·i, STRIDE·i + 2]: time, priority, sequence number */
  private keys = new Float64Array(STRIDE * 256);
  private nextSeq = 0;
  private popped = NaN;
  /** time of the entries in the lanes: the time of the last entry taken while the lanes were empty */
  private floor: number;
  /**
   * lane of priority 0 at `floor`: entries and their sequence numbers in slots
   * `head0` to `tail0 - 1` (the arrays are reused, not shrunk, while small)
   */
  private lane0: (T | null)[] = [];
  private seq0: number[] = [];
  private head0 = 0;
  private tail0 = 0;
  /** lane of priority 1 at `floor` */
  private lane1: (T | null)[] = [];
  private seq1: number[] = [];
  private head1 = 0;
  private tail1 = 0;

  /**
   * @param start the earliest time that will be pushed (the clock's start)
   * @defaultValue 0
   */
  constructor(start = 0) {
    this.floor = start;
  }

  /** Time of the entry last removed by {@link EventQueue.pop} (NaN before the first). */
  get poppedTime(): number {
    return this.popped;
  }

  /** Number of entries waiting. */
  get size(): number {
    return this.heap.length + (this.tail0 - this.head0) + (this.tail1 - this.head1);
  }

  /** Time of the earliest entry, or `Infinity` when the queue is empty. */
  peekTime(): number {
    const top = this.heap.length === 0 ? Infinity : (this.keys[0] as number);
    if (this.head0 < this.tail0 || this.head1 < this.tail1) return Math.min(this.floor, top);
    return top;
  }

  /** The earliest entry without removing it, or `undefined`. */
  peek(): T | undefined {
    const lane = this.laneFirst();
    if (lane === 0) return this.lane0[this.head0] as T;
    if (lane === 1) return this.lane1[this.head1] as T;
    return this.heap[0];
  }

  /** Insert `entry` at `time` with `priority` (its sequence number is the next one). */
  push(entry: T, time: number, priority: number): void {
    const seq = this.nextSeq++;
    if (time === this.floor) {
      if (priority === 0) {
        const t = this.tail0++;
        if (t < this.lane0.length) {
          this.lane0[t] = entry;
          this.seq0[t] = seq;
        } else {
          this.lane0.push(entry);
          this.seq0.push(seq);
        }
        return;
      }
      if (priority === 1) {
        const t = this.tail1++;
        if (t < this.lane1.length) {
          this.lane1[t] = entry;
          this.seq1[t] = seq;
        } else {
          this.lane1.push(entry);
          this.seq1.push(seq);
        }
        return;
      }
    }
    const heap = this.heap;
    let i = heap.length;
    if (STRIDE * (i + 1) > this.keys.length) this.grow();
    const keys = this.keys;
    heap.push(entry);
    // sift up
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const k = STRIDE * parent;
      const pt = keys[k] as number;
      // stop unless entry < parent (same comparison as less(entry, parent))
      if (time !== pt) {
        if (!(time < pt)) break;
      } else {
        const pp = keys[k + 1] as number;
        if (priority !== pp) {
          if (!(priority < pp)) break;
        } else if (!(seq < (keys[k + 2] as number))) break;
      }
      heap[i] = heap[parent] as T;
      const j = STRIDE * i;
      keys[j] = pt;
      keys[j + 1] = keys[k + 1] as number;
      keys[j + 2] = keys[k + 2] as number;
      i = parent;
    }
    heap[i] = entry;
    const j = STRIDE * i;
    keys[j] = time;
    keys[j + 1] = priority;
    keys[j + 2] = seq;
  }

  /**
   * Which holds the earliest entry: 0 or 1 for a lane, -1 for the heap (also
   * when everything is empty).
   */
  private laneFirst(): number {
    let lane: number;
    let seq: number;
    if (this.head0 < this.tail0) {
      lane = 0;
      seq = this.seq0[this.head0] as number;
    } else if (this.head1 < this.tail1) {
      lane = 1;
      seq = this.seq1[this.head1] as number;
    } else {
      return -1;
    }
    if (this.heap.length > 0 && lessAt(this.keys, 0, this.floor, lane, seq)) return -1;
    return lane;
  }

  /** Remove and return the earliest entry, or `undefined` when empty. */
  pop(): T | undefined {
    const lane = this.laneFirst();
    if (lane !== -1) this.popped = this.floor;
    if (lane === 0) {
      const h = this.head0;
      const e = this.lane0[h] as T;
      this.lane0[h] = null; // let the entry be collected
      if (h + 1 === this.tail0) {
        this.head0 = this.tail0 = 0;
        if (this.lane0.length > LANE_KEEP) this.lane0 = [];
        if (this.seq0.length > LANE_KEEP) this.seq0 = [];
      } else {
        this.head0 = h + 1;
      }
      return e;
    }
    if (lane === 1) {
      const h = this.head1;
      const e = this.lane1[h] as T;
      this.lane1[h] = null;
      if (h + 1 === this.tail1) {
        this.head1 = this.tail1 = 0;
        if (this.lane1.length > LANE_KEEP) this.lane1 = [];
        if (this.seq1.length > LANE_KEEP) this.seq1 = [];
      } else {
        this.head1 = h + 1;
      }
      return e;
    }
    return this.popHeap();
  }

  private popHeap(): T | undefined {
    const heap = this.heap;
    const n = heap.length;
    if (n === 0) return undefined;
    const top = heap[0] as T;
    this.popped = this.keys[0] as number;
    if (this.head0 === this.tail0 && this.head1 === this.tail1) this.floor = this.keys[0] as number;
    const last = heap.pop() as T;
    if (n > 1) {
      const keys = this.keys;
      const size = n - 1;
      const lk = STRIDE * size;
      const lt = keys[lk] as number;
      const lp = keys[lk + 1] as number;
      const ls = keys[lk + 2] as number;
      let i = 0;
      // sift down
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const r = l + 1;
        let c = l;
        let ck = STRIDE * l;
        if (r < size) {
          const rk = ck + STRIDE;
          if (lessAt(keys, rk, keys[ck] as number, keys[ck + 1] as number, keys[ck + 2] as number)) {
            c = r;
            ck = rk;
          }
        }
        const ct = keys[ck] as number;
        const cp = keys[ck + 1] as number;
        const cs = keys[ck + 2] as number;
        // stop unless child < last (same comparison as less(child, last))
        if (!lessAt(keys, ck, lt, lp, ls)) break;
        heap[i] = heap[c] as T;
        const j = STRIDE * i;
        keys[j] = ct;
        keys[j + 1] = cp;
        keys[j + 2] = cs;
        i = c;
      }
      heap[i] = last;
      const j = STRIDE * i;
      keys[j] = lt;
      keys[j + 1] = lp;
      keys[j + 2] = ls;
    }
    return top;
  }

  /** Remove every entry. */
  clear(): void {
    this.heap.length = 0;
    this.lane0 = [];
    this.seq0 = [];
    this.head0 = this.tail0 = 0;
    this.lane1 = [];
    this.seq1 = [];
    this.head1 = this.tail1 = 0;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
  }
}

/** Whether the entry with keys at `keys[k..k+2]` comes before (time, priority, seq). */
function lessAt(keys: Float64Array, k: number, time: number, priority: number, seq: number): boolean {
  const t = keys[k] as number;
  if (t !== time) return t < time;
  const p = keys[k + 1] as number;
  if (p !== priority) return p < priority;
  return (keys[k + 2] as number) < seq;
}
