/*
 * A store: a queue of items that processes put into and get from. The order in
 * which items leave is a plain function passed in (a comparator; without one the
 * store is first-in first-out). A get may carry a filter, and then takes the first
 * item in order that passes it. Gets wait in the order they were made; puts wait
 * when the store is full.
 */
import { SimEvent } from "./SimEvent";
import type { Simulation } from "./Simulation";

/** Options of a {@link Store}. */
export interface StoreOptions<T> {
  /** Most items held at once. @defaultValue Infinity */
  capacity?: number;
  /**
   * Queue discipline: items are kept sorted by this comparator (negative = `a`
   * leaves first); equal items keep arrival order. @defaultValue first-in first-out
   */
  order?: (a: T, b: T) => number;
  /** Name for messages. @defaultValue "store" */
  name?: string;
}

interface Getter<T> {
  ev: SimEvent<T>;
  filter: ((item: T) => boolean) | undefined;
}

interface Putter<T> {
  ev: SimEvent<T>;
  item: T;
}

/** A queue of items with FIFO, priority (comparator) and filtered get. */
export class Store<T> {
  /** name used in messages */
  readonly name: string;
  /** most items held at once */
  readonly capacity: number;
  private readonly order: ((a: T, b: T) => number) | undefined;
  private readonly held: T[] = [];
  private readonly getters: Getter<T>[] = [];
  private readonly putters: Putter<T>[] = [];

  /** @param sim owning simulation @param options see {@link StoreOptions} */
  constructor(
    readonly sim: Simulation,
    options: StoreOptions<T> = {},
  ) {
    this.name = options.name ?? "store";
    const cap = options.capacity ?? Infinity;
    if (!(cap >= 1)) {
      throw new RangeError(`${this.name}: capacity must be ≥ 1 (or Infinity); got ${String(cap)}`);
    }
    this.capacity = cap;
    this.order = options.order;
  }

  /** Items held, in the order they would leave (read-only view). */
  get items(): readonly T[] {
    return this.held;
  }

  /** Number of items held. */
  get size(): number {
    return this.held.length;
  }

  /** Number of gets waiting for an item. */
  get waitingGets(): number {
    return this.getters.length;
  }

  /** Put `item`; the returned event is processed once the item is in the store. */
  put(item: T): SimEvent<T> {
    const ev = new SimEvent<T>(this.sim);
    if (this.held.length < this.capacity) {
      this.insert(item);
      ev.succeed(item);
      this.matchGetters();
    } else {
      this.putters.push({ ev, item });
    }
    return ev;
  }

  /**
   * Take the first item in order (that passes `filter`, if given); the returned
   * event is processed with the item once one is available.
   */
  get(filter?: (item: T) => boolean): SimEvent<T> {
    const ev = new SimEvent<T>(this.sim);
    const i = this.findIndex(filter);
    if (i >= 0 && this.getters.length === 0) {
      ev.succeed(this.takeAt(i));
    } else {
      this.getters.push({ ev, filter });
      if (i >= 0) this.matchGetters();
    }
    return ev;
  }

  /** Withdraw a get that has not been served yet; returns whether it was waiting. */
  cancelGet(ev: SimEvent<T>): boolean {
    const i = this.getters.findIndex((g) => g.ev === ev);
    if (i < 0) return false;
    this.getters.splice(i, 1);
    return true;
  }

  private findIndex(filter: ((item: T) => boolean) | undefined): number {
    const held = this.held;
    if (filter === undefined) return held.length > 0 ? 0 : -1;
    for (let i = 0; i < held.length; i++) if (filter(held[i] as T)) return i;
    return -1;
  }

  private takeAt(i: number): T {
    const item = this.held[i] as T;
    this.held.splice(i, 1);
    this.admitPutters();
    return item;
  }

  private insert(item: T): void {
    const held = this.held;
    const order = this.order;
    if (order === undefined) {
      held.push(item);
      return;
    }
    let lo = 0;
    let hi = held.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(held[mid] as T, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo === held.length) held.push(item);
    else held.splice(lo, 0, item);
  }

  private matchGetters(): void {
    // serve waiting gets in the order they were made; a filtered get that finds
    // nothing does not block the gets behind it
    for (let g = 0; g < this.getters.length && this.held.length > 0;) {
      const getter = this.getters[g] as Getter<T>;
      const i = this.findIndex(getter.filter);
      if (i >= 0) {
        this.getters.splice(g, 1);
        getter.ev.succeed(this.takeAt(i));
      } else {
        g++;
      }
    }
  }

  private admitPutters(): void {
    while (this.putters.length > 0 && this.held.length < this.capacity) {
      const p = this.putters.shift() as Putter<T>;
      this.insert(p.item);
      p.ev.succeed(p.item);
    }
  }
}
