/*
 * The trust-based regime: small teams own claims end to end. Each new claim gets
 * one responsible handler (the team member with the least open work), who works
 * every step with effort following the claim's need, writes letters fitted to it,
 * answers the citizen directly (an answered call interrupts the work in hand) and
 * calls the citizen when a promised date will slip. A team may specialise inside
 * (Torsby): registration, certificate check and payment then go to the team's
 * specialists, at the cost of a cheaper, internal handover; whoever runs out of
 * work helps where it waits (specialists help owners and the other way round).
 * Peer review is a teammate reviewing a sample of decisions.
 */
import type { Case } from "../casework/Case";
import { Task } from "../casework/Task";
import type { OfficeServices } from "./OfficeServices";
import { StaffSlot } from "./StaffSlot";
import { Unit, type StepEffort } from "./Unit";
import type { TeamUnitConfig } from "./regimes/team/TeamUnitConfig";
import { WorkQueue } from "./WorkQueue";

const SPECIALIST_STEPS: ReadonlySet<string> = new Set(["register", "certificate", "pay"]);

/** A unit of trust-based teams. */
export class TeamUnit extends Unit {
  declare readonly config: TeamUnitConfig;
  /** owners per team */
  private readonly owners: StaffSlot[][] = [];
  /** specialists per team (empty unless `specialise`) */
  private readonly specialists: StaffSlot[][] = [];
  /** the specialists' shared queue per team */
  private readonly teamQueues: WorkQueue[] = [];
  private readonly idleSpecialists: StaffSlot[][] = [];
  private readonly idleOwners: StaffSlot[][] = [];
  private nextTeam = 0;

  /**
   * @param index unit index
   * @param config organisation of the unit
   * @param office office services
   */
  constructor(index: number, config: TeamUnitConfig, office: OfficeServices) {
    super(index, config, office);
    const teams = Math.max(1, Math.round(config.handlers / config.teamSize));
    let k = 0;
    for (let t = 0; t < teams; t++) {
      const size = Math.floor(config.handlers / teams) + (t < config.handlers % teams ? 1 : 0);
      const nSpec = config.specialise ? Math.min(size - 1, Math.max(1, Math.round(size * config.specialistShare))) : 0;
      this.owners.push([]);
      this.specialists.push([]);
      this.teamQueues.push(new WorkQueue());
      this.idleSpecialists.push([]);
      this.idleOwners.push([]);
      for (let j = 0; j < size; j++) {
        const spec = j < nSpec;
        const slot = new StaffSlot(k++, spec ? "specialist" : "owner", t);
        this.slots.push(slot);
        (spec ? this.specialists : this.owners)[t]!.push(slot);
      }
    }
  }

  private ownerSlot(c: Case): StaffSlot | null {
    return c.owner >= 0 ? (this.slots[c.owner] as StaffSlot) : null;
  }

  /** the employed owner in team `t` with the least open work */
  private leastLoaded(t: number, not: StaffSlot | null = null): StaffSlot | null {
    let best: StaffSlot | null = null;
    for (const s of this.owners[t]!) {
      if ((s.handler === null && !s.awaited) || s.handler?.leaving === true || s === not) continue;
      if (best === null || s.ownedLoad < best.ownedLoad) best = s;
    }
    return best;
  }

  admit(c: Case): void {
    this.assignOwner(c);
    this.flow.admit(c);
  }

  /** Give a claim an owner: teams take claims in turn; inside the team the least-loaded owner takes it. */
  assignOwner(c: Case): StaffSlot | null {
    const teams = this.owners.length;
    let owner: StaffSlot | null = null;
    for (let i = 0; i < teams && owner === null; i++) {
      owner = this.leastLoaded(this.nextTeam);
      this.nextTeam = (this.nextTeam + 1) % teams;
    }
    c.owner = owner !== null ? owner.index : -1;
    // a decided claim (payment, checkpoint, reconsideration) adds no open work
    if (owner !== null && !c.decided) owner.ownedLoad += c.need * c.estimateFactor;
    return owner;
  }

  /** A new position (a dated hire or reinforcement): an owner in the team with the fewest people. */
  override addPosition(): StaffSlot {
    let team = 0;
    const size = (t: number): number => this.owners[t]!.length + this.specialists[t]!.length;
    for (let t = 1; t < this.owners.length; t++) if (size(t) < size(team)) team = t;
    const slot = new StaffSlot(this.slots.length, "owner", team);
    this.slots.push(slot);
    this.owners[team]!.push(slot);
    return slot;
  }

  /** @inheritDoc */
  override drainQueued(): Task[] {
    const out: Task[] = [];
    for (const s of this.slots) out.push(...s.queue.drain());
    for (const q of this.teamQueues) out.push(...q.drain());
    for (const s of this.slots) s.ownedLoad = 0;
    return out.sort((a, b) => a.readySince - b.readySince);
  }

  /** @inheritDoc (claims taken over from another kind of unit have no owner here: they get one as they are routed) */
  override takeOver(tasks: readonly Task[], from: Unit): void {
    if (!(from instanceof TeamUnit)) for (const task of tasks) task.kase.owner = -1;
    super.takeOver(tasks, from);
  }

  route(task: Task, from: StaffSlot | null): void {
    const c = task.kase;
    let owner = this.ownerSlot(c);
    if (owner === null || (owner.handler === null && !owner.awaited)) owner = this.reassign(c);
    const team = owner !== null ? owner.group : 0;
    if (this.config.specialise && SPECIALIST_STEPS.has(task.kind) && this.specialists[team]!.length > 0) {
      this.teamQueues[team]!.push(task, false);
      if (!this.wakeOne(this.idleSpecialists[team]!)) this.wakeOne(this.idleOwners[team]!);
      return;
    }
    if (task.kind === "review" || task.kind === "reconsider") {
      // peer review, and a reconsideration, by a teammate: not the one who decided
      const peers = this.owners[team]!.filter((s) => s.handler !== null && s !== owner);
      const reviewer = peers.length > 0 ? (peers[Math.floor(this.rng() * peers.length)] as StaffSlot) : owner;
      if (reviewer === null) return;
      reviewer.queue.push(task, false);
      this.wake(reviewer);
      return;
    }
    if (owner === null) return; // nobody employed in the unit: the task waits with the case's next contact
    if (from === owner && task.kind !== "contact")
      owner.queue.pushFront(task); // the owner carries on with the same claim
    else owner.queue.push(task, task.kind === "contact");
    if (owner.wake !== null) this.wake(owner);
    else if (owner.queue.ordinary > 1) this.callForHelp(owner.group);
  }

  /** wake an idle teammate, who will take work from the busiest owner */
  private callForHelp(team: number): void {
    if (!this.wakeOne(this.idleOwners[team]!)) this.wakeOne(this.idleSpecialists[team]!);
  }

  /** wake the first position in `idle` that is really waiting; false if none */
  private wakeOne(idle: StaffSlot[]): boolean {
    while (idle.length > 0) {
      const s = idle.shift() as StaffSlot;
      if (s.handler !== null && s.wake !== null) {
        this.wake(s);
        return true;
      }
    }
    return false;
  }

  contact(task: Task): void {
    const c = task.kase;
    let owner = this.ownerSlot(c);
    if (owner === null || (owner.handler === null && !owner.awaited)) owner = this.reassign(c);
    if (owner === null) return;
    const cal = this.office.calendar;
    const now = this.office.sim.now;
    if (owner.busy && cal.isWorkingTime(now)) {
      // the phone rings: the owner answers now and the work in hand waits
      const ctx = this.ctx();
      const hours = this.office.world.contacts.contactHours * this.calls.timeFactor + this.office.world.contacts.switchHours;
      if (task.failureDemand) owner.interruptFailure += hours;
      else owner.interruptValue += hours;
      // registration of the call, as for any answered contact
      owner.owedMeasurement += this.policies.overheadHours("task", ctx) + this.policies.overheadHours("contact", ctx);
      this.week.callN += 1;
      this.office.recorder.callAnswered(now, 0);
      this.flow.finish(task, owner);
      return;
    }
    owner.queue.push(task, true);
    this.wake(owner);
  }

  forwardUnresolved(_task: Task): void {
    // the owner already knows the case: there is nobody further to pass it to
  }

  /** move a claim whose owner left (or never existed) to the least-loaded teammate */
  private reassign(c: Case): StaffSlot | null {
    const old = this.ownerSlot(c);
    // a claim that never had an owner here (e.g. taken over at a regime switch) is given one as a new claim is
    if (old === null) return this.assignOwner(c);
    const team = old.group;
    let owner = this.leastLoaded(team);
    for (let t = 0; owner === null && t < this.owners.length; t++) owner = this.leastLoaded(t);
    if (owner === null) return null;
    c.owner = owner.index;
    owner.ownedLoad += c.need * c.estimateFactor;
    return owner;
  }

  protected pick(slot: StaffSlot): Task | null {
    const team = slot.group;
    const ctx = this.ctx();
    const mine = slot.role === "specialist" ? this.teamQueues[team]!.take(this.policies, ctx) : slot.queue.take(this.policies, ctx);
    if (mine !== null) return mine;
    // nothing of one's own: a specialist helps the owners, an owner the specialists,
    // and either helps the teammate with the most waiting work
    if (slot.role !== "specialist") {
      const shared = this.teamQueues[team]!.take(this.policies, ctx);
      if (shared !== null) return shared;
    }
    let busiest: StaffSlot | null = null;
    for (const s of this.owners[team]!) {
      if (s !== slot && s.queue.ordinary > 1 && (busiest === null || s.queue.expectedHours > busiest.queue.expectedHours)) busiest = s;
    }
    return busiest === null ? null : busiest.queue.takeLast();
  }

  protected idle(slot: StaffSlot): void {
    (slot.role === "specialist" ? this.idleSpecialists : this.idleOwners)[slot.group]!.push(slot);
  }

  stepEffort(task: Task, _slot: StaffSlot): StepEffort {
    // effort follows need
    if (task.kind === "decide") {
      const owner = this.ownerSlot(task.kase);
      if (owner !== null) owner.ownedLoad = Math.max(0, owner.ownedLoad - task.kase.need * task.kase.estimateFactor);
    }
    return { work: task.needHours, effective: task.needHours, escalate: 0 };
  }

  handoffFactor(task: Task, slot: StaffSlot): number {
    // inside the team a handover (to a specialist, or a teammate helping out) is
    // cheaper; a new owner after a leaver pays in full
    if (slot.role === "specialist" || SPECIALIST_STEPS.has(task.kind)) return this.config.internalHandoffFactor;
    return task.kase.owner === slot.index ? 1 : this.config.internalHandoffFactor;
  }

  speedFactor(task: Task, slot: StaffSlot): number {
    return slot.role === "specialist" && SPECIALIST_STEPS.has(task.kind) ? 1 / (1 + this.config.specialisationGain) : 1;
  }

  resolveChance(_task: Task): number {
    return this.config.ownerResolves;
  }

  override chase(c: Case): boolean {
    if (!this.config.proactiveContact || c.proactiveDone) return false;
    const owner = this.ownerSlot(c);
    if (owner === null || owner.handler === null) return false;
    // the owner calls the citizen with a new date before the citizen has to chase
    c.proactiveDone = true;
    c.expectedBy = this.office.sim.now + this.office.world.citizens.expectedDecisionDays * this.config.proactiveNewDateShare;
    const call = new Task("contact", c, this.config.proactiveHours, this.office.sim.now, "proactive");
    this.office.recordContact(c, "proactive");
    owner.queue.push(call, true);
    this.wake(owner);
    return true;
  }

  letter(_c: Case): { hours: number; misfit: number } {
    return { hours: this.config.letterHours, misfit: 0 };
  }

  queuedHours(): number {
    let h = 0;
    for (const s of this.slots) h += s.queue.expectedHours;
    for (const q of this.teamQueues) h += q.expectedHours;
    return h;
  }

  protected afterLeave(slot: StaffSlot): void {
    for (const idle of [this.idleSpecialists[slot.group]!, this.idleOwners[slot.group]!]) {
      const i = idle.indexOf(slot);
      if (i >= 0) idle.splice(i, 1);
    }
    // the leaver's work goes to teammates; their claims get new owners (a handover)
    const tasks = slot.queue.drain();
    slot.ownedLoad = 0;
    for (const t of tasks) {
      if (t.kind === "review") {
        const peer = this.leastLoaded(slot.group, slot);
        if (peer !== null) peer.queue.push(t, false);
        continue;
      }
      if (t.kase.owner === slot.index) this.reassign(t.kase);
      this.route(t, null);
    }
  }
}
