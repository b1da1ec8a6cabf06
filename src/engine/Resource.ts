/*
 * A resource: a number of identical servers that processes request, hold and
 * release. Requests wait in a queue ordered by priority (lower number first) and
 * then by arrival. A preemptive resource lets a more important request take a
 * server from a less important one.
 *
 * Preempted work: the holder loses the server at once and an Interrupt whose
 * cause is a `Preempted` record is thrown into its process. What happens to the
 * unfinished work is the holder's choice; the `holdResource` helper implements
 * preempt-resume (the remaining work continues once the server is regained, and
 * the job waits for it at the head of its priority class: a request made with
 * the `resumes` option keeps the place in the order of arrival of the request it
 * continues).
 *
 * Capacity drops (see `setCapacity` and capacity schedules): with the default
 * `onCapacityDrop: "finish"`, work in progress finishes and no new work starts
 * until the number of holders is below the new capacity; with "preempt" the
 * excess holders (least important, most recently started first) are preempted.
 */
import type { Process } from "./Process";
import { SimEvent } from "./SimEvent";
import type { Simulation } from "./Simulation";

/** Options of a {@link Resource}. */
export interface ResourceOptions {
  /** Number of servers (a whole number ≥ 0). @defaultValue 1 */
  capacity?: number;
  /** Whether more important requests may preempt less important holders. @defaultValue false */
  preemptive?: boolean;
  /** What happens to work in progress when capacity drops. @defaultValue "finish" */
  onCapacityDrop?: "finish" | "preempt";
  /** Name for messages. @defaultValue "resource" */
  name?: string;
}

/** Options of one request. */
export interface RequestOptions {
  /** Lower numbers are served first. @defaultValue 0 */
  priority?: number;
  /** Whether this request may preempt a less important holder (preemptive resources only). @defaultValue true */
  preempt?: boolean;
  /**
   * A request of this resource that lost its server to preemption and whose work
   * this request continues. The new request keeps the lost one's place in the
   * order of arrival, so it waits at the head of its priority class, ahead of the
   * requests of its class that arrived while it was served (preempt-resume as in
   * queueing theory). Its priority is that of the lost request unless `priority`
   * is given. @defaultValue none (a new arrival: behind its class)
   */
  resumes?: Request;
}

/** The cause carried by the Interrupt thrown into a preempted holder. */
export interface Preempted {
  /** always "preempted" */
  kind: "preempted";
  /** the process whose request took the server, or null for a capacity drop */
  by: Process<unknown> | null;
  /** the request that lost the server */
  request: Request;
  /** when the lost request had been granted */
  usageSince: number;
  /** the resource */
  resource: Resource;
}

/** A request for one server; as an event it is processed when the server is granted. */
export class Request extends SimEvent<Request> {
  /** time the request was made */
  readonly requestTime: number;
  /** time the server was granted; NaN until then */
  grantTime = NaN;
  /** @internal queue order among equal priorities */
  _order: number;

  /** @internal use {@link Resource.request} */
  constructor(
    readonly resource: Resource,
    readonly priority: number,
    readonly preempt: boolean,
    readonly owner: Process<unknown> | null,
    order: number,
  ) {
    super(resource.sim);
    this.requestTime = resource.sim.now;
    this._order = order;
  }

  /** Withdraw the request if waiting, or release the server if granted. */
  cancel(): void {
    this.resource.release(this);
  }
}

/** A pool of identical servers with a priority queue and optional preemption. */
export class Resource {
  /** name used in messages */
  readonly name: string;
  /** whether holders may be preempted */
  readonly preemptive: boolean;
  private readonly onDrop: "finish" | "preempt";
  private cap: number;
  private readonly holders: Request[] = [];
  private readonly waiting: Request[] = [];
  private orderCounter = 0;
  private lastChange: number;
  private busyArea = 0;
  private capArea = 0;
  private readonly startTime: number;

  /** @param sim owning simulation @param options see {@link ResourceOptions} */
  constructor(
    readonly sim: Simulation,
    options: ResourceOptions = {},
  ) {
    this.name = options.name ?? "resource";
    const cap = options.capacity ?? 1;
    checkCapacity(this.name, cap);
    this.cap = cap;
    this.preemptive = options.preemptive ?? false;
    this.onDrop = options.onCapacityDrop ?? "finish";
    if (this.onDrop !== "finish" && this.onDrop !== "preempt") {
      throw new RangeError(`${this.name}: onCapacityDrop must be "finish" or "preempt"; got ${String(this.onDrop)}`);
    }
    this.lastChange = sim.now;
    this.startTime = sim.now;
  }

  /** Current number of servers. */
  get capacity(): number {
    return this.cap;
  }

  /** Number of servers in use. */
  get count(): number {
    return this.holders.length;
  }

  /** Number of requests waiting. */
  get queueLength(): number {
    return this.waiting.length;
  }

  /** Granted requests, oldest grant first (read-only view). */
  get users(): readonly Request[] {
    return this.holders;
  }

  /** Waiting requests in service order (read-only view). */
  get queue(): readonly Request[] {
    return this.waiting;
  }

  /**
   * Ask for a server. Yield the returned request to wait until it is granted;
   * release it with {@link Resource.release} when done.
   */
  request(options?: RequestOptions): Request {
    const resumes = options?.resumes;
    if (resumes !== undefined && (!(resumes instanceof Request) || resumes.resource !== this)) {
      throw new RangeError(`${this.name}: request option resumes must be a request of this resource`);
    }
    const priority = options?.priority ?? resumes?.priority ?? 0;
    if (!Number.isFinite(priority)) {
      throw new RangeError(`${this.name}: request priority must be finite; got ${String(priority)}`);
    }
    const order = resumes !== undefined ? resumes._order : this.orderCounter++;
    const req = new Request(this, priority, options?.preempt ?? true, this.sim._active, order);
    if (this.holders.length < this.cap && this.waiting.length === 0) {
      this.grant(req);
    } else if (this.preemptive && req.preempt && this.holders.length >= this.cap && this.cap > 0) {
      const victim = this.worstHolder();
      if (victim !== undefined && victim.priority > priority) {
        this.revoke(victim, this.sim._active);
        this.grant(req);
      } else {
        this.enqueue(req);
      }
    } else {
      this.enqueue(req);
    }
    return req;
  }

  /** Give back a granted server, or withdraw a waiting request. Idempotent. */
  release(req: Request): void {
    const h = this.holders.indexOf(req);
    if (h >= 0) {
      this.account();
      this.holders.splice(h, 1);
      this.serve();
      return;
    }
    const w = this.waiting.indexOf(req);
    if (w >= 0) this.waiting.splice(w, 1);
  }

  /**
   * Change the number of servers now. Raising it serves waiting requests at once;
   * lowering it follows `onCapacityDrop`.
   */
  setCapacity(capacity: number): void {
    checkCapacity(this.name, capacity);
    this.account();
    this.cap = capacity;
    if (this.onDrop === "preempt") {
      while (this.holders.length > this.cap) {
        const victim = this.worstHolder();
        if (victim === undefined) break;
        this.revoke(victim, null);
      }
    }
    this.serve();
  }

  /**
   * Time-average share of servers busy since the resource was created (busy
   * server-time divided by available server-time; 0 when no capacity was offered).
   */
  utilisation(): number {
    this.account();
    return this.capArea > 0 ? this.busyArea / this.capArea : 0;
  }

  /** Time-average number of busy servers since creation. */
  meanBusy(): number {
    this.account();
    const span = this.sim.now - this.startTime;
    return span > 0 ? this.busyArea / span : 0;
  }

  private account(): void {
    const now = this.sim.now;
    const dt = now - this.lastChange;
    if (dt > 0) {
      this.busyArea += dt * this.holders.length;
      this.capArea += dt * this.cap;
      this.lastChange = now;
    }
  }

  private grant(req: Request): void {
    this.account();
    req.grantTime = this.sim.now;
    this.holders.push(req);
    req.succeed(req);
  }

  private serve(): void {
    while (this.holders.length < this.cap && this.waiting.length > 0) {
      this.grant(this.waiting.shift() as Request);
    }
  }

  private enqueue(req: Request): void {
    const q = this.waiting;
    // binary search for the first element that should come after req
    let lo = 0;
    let hi = q.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = q[mid] as Request;
      if (m.priority < req.priority || (m.priority === req.priority && m._order < req._order)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === q.length) q.push(req);
    else q.splice(lo, 0, req);
  }

  /** least important holder; among equals, the most recently granted */
  private worstHolder(): Request | undefined {
    let worst: Request | undefined;
    for (const h of this.holders) {
      if (worst === undefined || h.priority > worst.priority || (h.priority === worst.priority && h.grantTime >= worst.grantTime)) {
        worst = h;
      }
    }
    return worst;
  }

  private revoke(victim: Request, by: Process<unknown> | null): void {
    this.account();
    const i = this.holders.indexOf(victim);
    if (i >= 0) this.holders.splice(i, 1);
    const owner = victim.owner;
    if (owner !== null && owner.isAlive) {
      const cause: Preempted = {
        kind: "preempted",
        by,
        request: victim,
        usageSince: victim.grantTime,
        resource: this,
      };
      owner.interrupt(cause);
    }
  }
}

function checkCapacity(name: string, cap: number): void {
  if (!Number.isInteger(cap) || cap < 0) {
    throw new RangeError(`${name}: capacity must be a whole number ≥ 0; got ${String(cap)}`);
  }
}
