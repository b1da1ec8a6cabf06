/*
 * The event calendar: a binary min-heap of scheduled entries keyed by
 * (time, priority, sequence number). Earlier time comes first; at equal times the
 * lower priority number comes first; at equal time and priority the entry that
 * was scheduled first (lower sequence number) comes first. This is the single,
 * documented order of simultaneous events; nothing depends on Set or Map order.
 * The keys are also kept in one flat array of numbers beside the heap, so sifting
 * compares numbers lying next to each other in memory instead of reading every
 * entry object it passes (which matters when many thousands of events wait).
 */

/** Something the queue can hold: the queue reads and writes these three keys. */
export interface QueueEntry {
  /** Scheduled time. */
  _time: number;
  /** Priority at equal times: lower runs first. */
  _priority: number;
  /** Sequence number assigned by the queue on push: ties break by it. */
  _seq: number;
}

/** Numbers kept per heap slot in the key array: time, priority, sequence number. */
const STRIDE = 3;

/**
 * A binary min-heap ordered by (time, priority, sequence number).
 * The sequence number is assigned by {@link EventQueue.push}, so two entries
 * pushed with equal time and priority pop in push order (FIFO).
 */
export class EventQueue<T extends QueueEntry> {
  private heap: T[] = [];
  /** keys of heap[i] at [STRIDE·i, STRIDE·i + 2]: time, priority, sequence number */
  private keys = new Float64Array(STRIDE * 256);
  private nextSeq = 0;

  /** Number of entries waiting. */
  get size(): number {
    return this.heap.length;
  }

  /** Time of the earliest entry, or `Infinity` when the queue is empty. */
  peekTime(): number {
    return this.heap.length === 0 ? Infinity : (this.keys[0] as number);
  }

  /** The earliest entry without removing it, or `undefined`. */
  peek(): T | undefined {
    return this.heap[0];
  }

  /** Insert `entry` at `time` with `priority`; stamps the entry's keys. */
  push(entry: T, time: number, priority: number): void {
    const seq = this.nextSeq++;
    entry._time = time;
    entry._priority = priority;
    entry._seq = seq;
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

  /** Remove and return the earliest entry, or `undefined` when empty. */
  pop(): T | undefined {
    const heap = this.heap;
    const n = heap.length;
    if (n === 0) return undefined;
    const top = heap[0] as T;
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
