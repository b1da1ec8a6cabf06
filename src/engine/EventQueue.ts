/*
 * The event calendar: a binary min-heap of scheduled entries keyed by
 * (time, priority, sequence number). Earlier time comes first; at equal times the
 * lower priority number comes first; at equal time and priority the entry that
 * was scheduled first (lower sequence number) comes first. This is the single,
 * documented order of simultaneous events; nothing depends on Set or Map order.
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

/**
 * A binary min-heap ordered by (time, priority, sequence number).
 * The sequence number is assigned by {@link EventQueue.push}, so two entries
 * pushed with equal time and priority pop in push order (FIFO).
 */
export class EventQueue<T extends QueueEntry> {
  private heap: T[] = [];
  private nextSeq = 0;

  /** Number of entries waiting. */
  get size(): number {
    return this.heap.length;
  }

  /** Time of the earliest entry, or `Infinity` when the queue is empty. */
  peekTime(): number {
    const top = this.heap[0];
    return top === undefined ? Infinity : top._time;
  }

  /** The earliest entry without removing it, or `undefined`. */
  peek(): T | undefined {
    return this.heap[0];
  }

  /** Insert `entry` at `time` with `priority`; stamps the entry's keys. */
  push(entry: T, time: number, priority: number): void {
    entry._time = time;
    entry._priority = priority;
    entry._seq = this.nextSeq++;
    const heap = this.heap;
    let i = heap.length;
    heap.push(entry);
    // sift up
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as T;
      if (!less(entry, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  /** Remove and return the earliest entry, or `undefined` when empty. */
  pop(): T | undefined {
    const heap = this.heap;
    const n = heap.length;
    if (n === 0) return undefined;
    const top = heap[0] as T;
    const last = heap.pop() as T;
    if (n > 1) {
      const size = n - 1;
      let i = 0;
      // sift down
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const r = l + 1;
        let c = l;
        let child = heap[l] as T;
        if (r < size) {
          const rc = heap[r] as T;
          if (less(rc, child)) {
            c = r;
            child = rc;
          }
        }
        if (!less(child, last)) break;
        heap[i] = child;
        i = c;
      }
      heap[i] = last;
    }
    return top;
  }

  /** Remove every entry. */
  clear(): void {
    this.heap.length = 0;
  }
}

function less(a: QueueEntry, b: QueueEntry): boolean {
  if (a._time !== b._time) return a._time < b._time;
  if (a._priority !== b._priority) return a._priority < b._priority;
  return a._seq < b._seq;
}
