/*
 * The standardised, detail-managed regime: the claim is cut into steps, each done
 * by a specialised pool with its own queue; a customer centre answers citizens
 * first and passes on what it cannot resolve. Templates fix the effort per step:
 * a step that needs more than its template is either done on template effort
 * (too little) or escalated (the rest queued again, to be picked up by another
 * handler: one more handover). Specialists are faster at their own step, and
 * standard letters cost nothing to write but fit the typical claim only. The
 * follow-up pool takes the ongoing claims (follow-ups and checkpoints). Each week
 * management moves staff from the least to the most loaded back-office pool
 * (queued work per head); a moved handler is slower until familiar with the pool.
 */
import type { Case } from "../casework/Case";
import { STEPS } from "../casework/Case";
import { Task } from "../casework/Task";
import type { OfficeServices } from "./OfficeServices";
import { StaffSlot } from "./StaffSlot";
import { Unit, type StepEffort } from "./Unit";
import { plannedPoolHours } from "./regimes/standardised/plannedPoolHours";
import { splitStaff } from "./regimes/standardised/splitStaff";
import type { PoolShares, StandardisedUnitConfig } from "./regimes/standardised/StandardisedUnitConfig";
import type { OverheadKind } from "../policies/Policy";
import { WorkQueue } from "./WorkQueue";

/** Pool names in order. */
export const POOLS = ["register", "certificate", "assess", "decide", "pay", "checkpoint", "customerCentre"] as const;

/** Pool name. */
export type PoolName = (typeof POOLS)[number];

/** Index of each pool in {@link POOLS}; the first five are the claim's steps in order (see STEPS). */
const POOL = Object.fromEntries(POOLS.map((p, i) => [p, i])) as Readonly<Record<PoolName, number>>;

/** Index of the customer centre; the back-office pools come before it. */
const CUSTOMER_CENTRE = POOL.customerCentre;

/** `slot` put in pool `pool`: its role is the pool's name, and it decides on claims unless it answers citizens in the customer centre. */
function placed(slot: StaffSlot, pool: number): StaffSlot {
  slot.group = pool;
  slot.role = POOLS[pool] as string;
  slot.decides = pool !== CUSTOMER_CENTRE;
  return slot;
}

/** A standardised unit with step pools and a customer centre. */
export class StandardisedUnit extends Unit {
  declare readonly config: StandardisedUnitConfig;
  private readonly queues: WorkQueue[] = POOLS.map(() => new WorkQueue());
  private readonly idleSlots: StaffSlot[][] = POOLS.map(() => []);
  private readonly templates: number[];

  /**
   * @param index unit index
   * @param config organisation of the unit
   * @param office office services
   */
  constructor(index: number, config: StandardisedUnitConfig, office: OfficeServices) {
    super(index, config, office);
    const mix = office.world.caseMix;
    const shares = mix.stepShares;
    const total = shares.reduce((a, b) => a + b, 0);
    this.templates = shares.map((x) => (config.templateFit * mix.meanNeedHours * x) / total);
    let s: PoolShares;
    if (config.poolShares === "auto") {
      // planning counts the registration time the unit's measurement regime asks for
      const ctx = this.ctx();
      const oh = (kind: OverheadKind): number => this.policies.overheadHours(kind, ctx);
      s = plannedPoolHours(config, office, this.templates, { task: oh("task"), case: oh("case"), decision: oh("decision"), contact: oh("contact") });
    } else {
      s = config.poolShares;
    }
    const sizes = splitStaff(
      config.handlers,
      POOLS.map((p) => s[p]),
    );
    let k = 0;
    sizes.forEach((size, pool) => {
      for (let j = 0; j < size; j++) this.slots.push(placed(new StaffSlot(k++, POOLS[pool] as string, pool), pool));
    });
  }

  private poolOf(task: Task): number {
    switch (task.kind) {
      case "contact":
        // a citizen's call reaches the customer centre; a call-back is made by the pool where the claim is
        return Number.isNaN(task.contactAt) ? this.backOfficePool(task.kase) : CUSTOMER_CENTRE;
      case "checkpoint":
      case "followUp":
        return POOL.checkpoint;
      case "reconsider":
      case "review":
        return POOL.decide;
      default:
        return STEPS.indexOf(task.kind);
    }
  }

  /** The pool of the claim's current step (step i is done by pool i); past its last step, the deciders. */
  private backOfficePool(c: Case): number {
    return c.step >= STEPS.length ? POOL.decide : c.step;
  }

  admit(c: Case): void {
    this.flow.admit(c);
  }

  /**
   * A new position (a dated hire or reinforcement): management puts it in the
   * pool with the most queued hours per person employed there.
   */
  override addPosition(): StaffSlot {
    let best = 0;
    let bestLoad = -Infinity;
    this.queues.forEach((q, pool) => {
      const staffed = this.slots.filter((s) => s.group === pool && s.handler !== null).length;
      const load = q.expectedHours / Math.max(1, staffed) + (staffed === 0 ? 1e6 : 0);
      if (load > bestLoad) {
        bestLoad = load;
        best = pool;
      }
    });
    const slot = placed(new StaffSlot(this.slots.length, POOLS[best] as string, best), best);
    this.slots.push(slot);
    return slot;
  }

  /** @inheritDoc */
  override drainQueued(): Task[] {
    const out: Task[] = [];
    for (const q of this.queues) out.push(...q.drain());
    return out.sort((a, b) => a.readySince - b.readySince);
  }

  route(task: Task, _from: StaffSlot | null): void {
    const pool = this.poolOf(task);
    this.queues[pool]!.push(task, task.kind === "contact");
    const idle = this.idleSlots[pool]!;
    while (idle.length > 0) {
      const slot = idle.shift() as StaffSlot;
      if (slot.handler !== null && slot.wake !== null) {
        this.wake(slot);
        break;
      }
    }
  }

  contact(task: Task): void {
    this.route(task, null);
  }

  forwardUnresolved(task: Task): void {
    // a back-office call-back is not passed on again: the matter stays open (the citizen may chase)
    if (Number.isNaN(task.contactAt)) return;
    // the customer centre passes the matter to the back office as a call-back
    const back = new Task("contact", task.kase, this.office.world.contacts.contactHours, this.office.sim.now, task.reason);
    this.route(back, null);
  }

  protected pick(slot: StaffSlot): Task | null {
    const queue = this.queues[slot.group]!;
    if (slot.group !== CUSTOMER_CENTRE) return queue.take(this.policies, this.ctx());
    // callers who waited longer than their patience have hung up
    const office = this.office;
    const patience = office.world.contacts.callPatienceMinutes / 1440;
    for (;;) {
      const task = queue.take(this.policies, this.ctx());
      if (task === null || Number.isNaN(task.contactAt) || office.sim.now - task.contactAt <= patience) return task;
      office.recorder.callAbandoned(task.contactAt + patience, patience);
      const cc = office.world.contacts;
      if (this.rng() < cc.repeatIfUnresolved) {
        office.citizenContact(task.kase, "repeat-call", task.contactAt + patience + cc.repeatCallMinDays + cc.repeatCallSpreadDays * this.rng());
      }
    }
  }

  protected idle(slot: StaffSlot): void {
    this.idleSlots[slot.group]!.push(slot);
  }

  stepEffort(task: Task, _slot: StaffSlot): StepEffort {
    const i = STEPS.indexOf(task.kind as (typeof STEPS)[number]);
    const need = task.needHours;
    if (task.escalated || i < 0) return { work: need, effective: need, escalate: 0 };
    const template = this.templates[i] as number;
    if (need > template * (1 + this.config.misfitTolerance) && this.rng() < this.config.escalateShare) {
      return { work: template, effective: template, escalate: need - template };
    }
    return { work: template, effective: Math.min(template, need), escalate: 0 };
  }

  handoffFactor(): number {
    return 1;
  }

  speedFactor(task: Task, slot: StaffSlot): number {
    // specialists are faster at their own step; someone new to the pool is slower for a while
    const own = this.poolOf(task) === slot.group && task.kind !== "contact" ? 1 / (1 + this.config.specialisationGain) : 1;
    const c = this.config;
    const since = this.office.sim.now - slot.movedAt;
    const fade = c.familiarisationWeeks > 0 ? Math.max(0, 1 - since / (7 * c.familiarisationWeeks)) : 0;
    return own * (1 + c.unfamiliarSlowdown * fade);
  }

  /**
   * The weekly capacity rule: while the pool with the most unmet work per head
   * has more than `moveThresholdWeeks` of it per head above the least loaded
   * pool, move one person from the least to the most loaded pool (at most
   * `staffMovesPerWeek`; every pool keeps at least one person). Unmet work is the
   * queued work. The customer centre is planned and run as its own organisation
   * and takes no part (putting case handlers on the phones was tried and made the
   * office less stable: the back office lost the hours).
   */
  override manageStaff(weekHours: number): void {
    const c = this.config;
    if (c.staffMovesPerWeek <= 0 || !(weekHours > 0)) return;
    const back = CUSTOMER_CENTRE; // the back-office pools are those before it
    const heads = new Array<number>(back).fill(0);
    for (const s of this.slots) if (s.group < back && s.handler !== null && !s.handler.leaving) heads[s.group]! += 1;
    const load = (p: number): number => {
      const h = heads[p] as number;
      const q = this.queues[p]!.expectedHours;
      return h > 0 ? q / h / weekHours : q > 0 ? Infinity : 0;
    };
    for (let move = 0; move < c.staffMovesPerWeek; move++) {
      let hi = -1;
      let lo = -1;
      for (let p = 0; p < back; p++) {
        if (hi < 0 || load(p) > load(hi)) hi = p;
        if ((heads[p] as number) > 1 && (lo < 0 || load(p) < load(lo))) lo = p;
      }
      if (hi < 0 || lo < 0 || hi === lo || !(load(hi) - load(lo) > c.moveThresholdWeeks)) return;
      // prefer someone idle in the least loaded pool, else anyone employed there
      let pick: StaffSlot | null = null;
      for (const s of this.slots) {
        if (s.group !== lo || s.handler === null || s.handler.leaving) continue;
        if (pick === null || (s.wake !== null && pick.wake === null)) pick = s;
      }
      if (pick === null) return;
      const idle = this.idleSlots[lo]!;
      const i = idle.indexOf(pick);
      if (i >= 0) idle.splice(i, 1);
      placed(pick, hi);
      pick.movedAt = this.office.sim.now;
      heads[lo]! -= 1;
      heads[hi]! += 1;
      if (pick.wake !== null) this.wake(pick);
    }
  }

  resolveChance(task: Task): number {
    // the customer centre answers without knowing the case; a back-office call-back is by someone who does
    const c = this.office.world.contacts;
    return Number.isNaN(task.contactAt) ? c.callbackResolves : c.customerCentreResolves;
  }

  letter(c: Case): { hours: number; misfit: number } {
    const rel = c.need / this.office.world.caseMix.meanNeedHours;
    return { hours: 0, misfit: Math.min(1, Math.abs(Math.log(rel)) / 2) };
  }

  queuedHours(): number {
    let h = 0;
    for (const q of this.queues) h += q.expectedHours;
    return h;
  }

  protected afterLeave(slot: StaffSlot): void {
    const idle = this.idleSlots[slot.group]!;
    const i = idle.indexOf(slot);
    if (i >= 0) idle.splice(i, 1);
  }
}
