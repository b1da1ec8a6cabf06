/*
 * A third way of organising a unit, defined outside the package to prove the
 * regime seam: a standardised registration front office hands claims to a team.
 * Front-office registrars do registration and the certificate check (specialists
 * there, so faster at those steps) and never decide; every later step, the
 * citizen's calls, reviews and reconsiderations go to the claim's responsible
 * handler in the team, with effort following the claim's need. This file is the
 * whole regime: its settings, defaults, scenario shape, unit and description;
 * `registerRegime(frontOfficeRegime)` makes it known.
 */
import { z } from "zod";
import {
  commonUnitShape,
  defaultTeamUnit,
  StaffSlot,
  Unit,
  WorkQueue,
  type Case,
  type CommonUnitConfig,
  type OfficeServices,
  type Regime,
  type StepEffort,
  type Task,
} from "../../src/index";

/** A front office of registrars in front of one team of owners. */
export interface FrontOfficeUnitConfig extends CommonUnitConfig {
  /** regime tag */
  regime: "front";
  /** share of the staff in the front office (at least one registrar and one owner). @defaultValue 0.2 */
  frontShare: number;
  /** speed gain of the registrars at registration and the certificate check. @defaultValue 0.3 */
  specialisationGain: number;
  /** extra hours for the owner to write a letter fitted to the case. @defaultValue 0.1 */
  letterHours: number;
}

/** Steps the front office does. */
const FRONT_STEPS: ReadonlySet<string> = new Set(["register", "certificate"]);

const {
  teamSize: _t,
  specialise: _s,
  specialistShare: _ss,
  internalHandoffFactor: _i,
  ownerResolves: _o,
  proactiveContact: _p,
  proactiveHours: _ph,
  proactiveNewDateShare: _pd,
  ...shared
} = defaultTeamUnit;

/** Defaults: those of a team unit for what both have. */
export const defaultFrontOfficeUnit: Readonly<FrontOfficeUnitConfig> = Object.freeze({ ...shared, regime: "front", name: "front office", frontShare: 0.2 });

/** The unit: registrars (group 0) and owners (group 1). */
class FrontOfficeUnit extends Unit {
  declare readonly config: FrontOfficeUnitConfig;
  private readonly front = new WorkQueue();
  private readonly registrars: StaffSlot[] = [];
  private readonly owners: StaffSlot[] = [];
  private readonly idleSlots: StaffSlot[] = [];

  constructor(index: number, config: FrontOfficeUnitConfig, office: OfficeServices) {
    super(index, config, office);
    const nFront = Math.min(config.handlers - 1, Math.max(1, Math.round(config.handlers * config.frontShare)));
    for (let k = 0; k < config.handlers; k++) {
      const front = k < nFront;
      const slot = new StaffSlot(k, front ? "registrar" : "owner", front ? 0 : 1);
      // registrars handle claims but never decide on them
      slot.decides = !front;
      this.slots.push(slot);
      (front ? this.registrars : this.owners).push(slot);
    }
  }

  private leastLoaded(not: StaffSlot | null = null): StaffSlot | null {
    let best: StaffSlot | null = null;
    for (const s of this.owners) {
      if (s === not || s.handler === null || s.handler.leaving) continue;
      if (best === null || s.ownedLoad < best.ownedLoad) best = s;
    }
    return best;
  }

  private ownerOf(c: Case): StaffSlot | null {
    const o = c.owner >= 0 ? (this.slots[c.owner] as StaffSlot) : null;
    if (o !== null && o.handler !== null) return o;
    const next = this.leastLoaded();
    c.owner = next === null ? -1 : next.index;
    if (next !== null && !c.decided) next.ownedLoad += c.need * c.estimateFactor;
    return next;
  }

  private wakeIdle(accept: (s: StaffSlot) => boolean): void {
    const i = this.idleSlots.findIndex((s) => accept(s) && s.handler !== null && s.wake !== null);
    if (i >= 0) this.wake(this.idleSlots.splice(i, 1)[0] as StaffSlot);
  }

  admit(c: Case): void {
    this.flow.admit(c);
  }

  route(task: Task, _from: StaffSlot | null): void {
    if (FRONT_STEPS.has(task.kind)) {
      this.front.push(task, false);
      this.wakeIdle(() => true);
      return;
    }
    const owner = this.ownerOf(task.kase);
    if (owner === null) return; // nobody employed: the claim waits for the next contact
    const reviewer = task.kind === "review" || task.kind === "reconsider" ? (this.leastLoaded(owner) ?? owner) : owner;
    reviewer.queue.push(task, task.kind === "contact");
    this.wake(reviewer);
  }

  contact(task: Task): void {
    this.route(task, null);
  }

  protected pick(slot: StaffSlot): Task | null {
    const ctx = this.ctx();
    // owners help the front office when their own work is done
    if (slot.group === 1) return slot.queue.take(this.policies, ctx) ?? this.front.take(this.policies, ctx);
    return this.front.take(this.policies, ctx);
  }

  protected idle(slot: StaffSlot): void {
    if (!this.idleSlots.includes(slot)) this.idleSlots.push(slot);
  }

  stepEffort(task: Task, _slot: StaffSlot): StepEffort {
    if (task.kind === "decide" && task.kase.owner >= 0) {
      const o = this.slots[task.kase.owner] as StaffSlot;
      o.ownedLoad = Math.max(0, o.ownedLoad - task.kase.need * task.kase.estimateFactor);
    }
    return { work: task.needHours, effective: task.needHours, escalate: 0 };
  }

  handoffFactor(): number {
    return 1;
  }

  speedFactor(task: Task, slot: StaffSlot): number {
    return slot.group === 0 && FRONT_STEPS.has(task.kind) ? 1 / (1 + this.config.specialisationGain) : 1;
  }

  resolveChance(_task: Task): number {
    // the owner knows the case, as a back-office call-back does
    return this.office.world.contacts.callbackResolves;
  }

  forwardUnresolved(_task: Task): void {
    // the owner already has the case: nobody further to pass it to
  }

  letter(_c: Case): { hours: number; misfit: number } {
    return { hours: this.config.letterHours, misfit: 0 };
  }

  queuedHours(): number {
    let h = this.front.expectedHours;
    for (const s of this.owners) h += s.queue.expectedHours;
    return h;
  }

  protected afterLeave(slot: StaffSlot): void {
    const i = this.idleSlots.indexOf(slot);
    if (i >= 0) this.idleSlots.splice(i, 1);
    // the leaver's claims get new owners as their tasks are routed again
    const tasks = slot.queue.drain();
    slot.ownedLoad = 0;
    for (const t of tasks) {
      if (t.kase.owner === slot.index) t.kase.owner = -1;
      this.route(t, null);
    }
  }
}

let shape: z.ZodObject | undefined;

/** The front-office regime. */
export const frontOfficeRegime: Regime<FrontOfficeUnitConfig> = {
  tag: "front",
  description:
    "A standardised registration front office that registers claims and checks certificates, then hands each claim to a responsible handler in a team.",
  defaults: defaultFrontOfficeUnit,
  minHandlers: { count: 2, why: "a front office needs a registrar and an owner" },
  unitShape: () =>
    (shape ??= z.strictObject({
      regime: z.literal("front"),
      ...commonUnitShape(defaultFrontOfficeUnit),
      frontShare: z.number().gt(0).lt(1).default(defaultFrontOfficeUnit.frontShare).describe("share of the staff in the front office"),
      letterHours: z.number().min(0).max(8).default(defaultFrontOfficeUnit.letterHours).describe("hours to write a fitted letter"),
    })),
  create: (index, config, office) => new FrontOfficeUnit(index, config, office),
  describeUnit: (u) => `a registration front office (${Math.round(100 * Number(u["frontShare"]))}% of staff) handing claims to a team`,
};
