/*
 * A unit of the office: positions filled by handlers, each running a process that
 * takes the next task and works it in office hours. The unit owns the mechanics
 * every regime shares — what a task costs (handovers, effort against need,
 * registration overhead; see jobCosting), interruptions, learning, turnover,
 * improvement — and runs the weekly management cycle (see weeklyManagement).
 * How tasks are routed and how much effort a step gets are left to the regimes
 * (see regimes/; a standardised unit also moves staff between its pools).
 */
import type { Case } from "../casework/Case";
import type { Handler } from "../casework/Handler";
import { Task } from "../casework/Task";
import { typicalStepHours } from "../casework/typicalStepHours";
import type { MeasuredFigures, PolicyContext, ReviewEffect, ContactEffect, CertificateEffect } from "../policies/Policy";
import { PolicySet } from "../policies/PolicySet";
import type { RandomStream } from "../random/RandomStream";
import { CaseFlow } from "./CaseFlow";
import type { StepEffort } from "./jobCosting";
import { positionProcess, type PositionHost } from "./positionProcess";
import { UnitManagement } from "./UnitManagement";
import { weeklyManagement } from "./weeklyManagement";
import type { OfficeServices } from "./OfficeServices";
import type { TimeCategory } from "./OfficeRecorder";
import { StaffSlot } from "./StaffSlot";
import { WeekCounters } from "./WeekCounters";
import type { RegimeUnitConfig } from "./UnitConfig";

export type { StepEffort } from "./jobCosting";

/** Base of both regimes. */
export abstract class Unit {
  /** positions */
  readonly slots: StaffSlot[] = [];
  /** what management has in force and last saw (policies, pressure, review, overtime, …; see UnitManagement) */
  readonly management: UnitManagement;
  /** random stream for handovers, escalations and contacts */
  readonly rng: RandomStream;
  /** random stream for people (turnover) */
  readonly peopleRng: RandomStream;
  /** counters for this week's measurement */
  readonly week = new WeekCounters();
  private capabilityNow: number;
  private improvementHours = 0;
  private flowNow: CaseFlow;
  private successorNow: Unit | null = null;
  private release: ((slot: StaffSlot) => boolean) | null = null;
  private vacancyDelay: (slot: StaffSlot, leaver: Handler) => number | null = () => this.office.world.people.hiringDelayDays;
  /** what the processes of this unit's positions need of it (see positionProcess) */
  private readonly positionHost: PositionHost = {
    unit: this,
    pick: (slot) => this.pick(slot),
    idle: (slot) => this.idle(slot),
    released: (slot) => this.release !== null && this.release(slot),
    improve: (hours) => this.improve(hours),
  };
  private readonly context: { -readonly [K in keyof PolicyContext]: PolicyContext[K] };

  /**
   * @param index position of the unit in the office
   * @param config the unit's organisation
   * @param office services of the office
   */
  constructor(
    readonly index: number,
    readonly config: RegimeUnitConfig,
    readonly office: OfficeServices,
  ) {
    this.management = new UnitManagement(new PolicySet(config.policies));
    this.capabilityNow = 1 - config.transitionDip;
    this.rng = office.streams.derive("unit", index, "flow");
    this.peopleRng = office.streams.derive("unit", index, "people");
    this.context = {
      now: 0,
      regime: config.regime,
      unit: config.name,
      pressure: 0,
      measured: this.management.measured,
      typicalStepHours: typicalStepHours(office.world.caseMix),
      rng: office.streams.derive("unit", index, "policy"),
    };
    this.flowNow = new CaseFlow(this, office);
  }

  /** policies in force (replaced by a dated policy change, see Timeline) */
  get policies(): PolicySet {
    return this.management.policies;
  }
  /** current pressure (0 = none) */
  get pressure(): number {
    return this.management.pressure;
  }
  /** what management saw last week */
  get measured(): MeasuredFigures {
    return this.management.measured;
  }
  /** review in force */
  get review(): ReviewEffect {
    return this.management.review;
  }
  /** call handling in force */
  get calls(): ContactEffect {
    return this.management.calls;
  }
  /** healthcare collaboration in force */
  get certificates(): CertificateEffect {
    return this.management.certificates;
  }
  /** productivity multiplier from the way of working (transition dip, improvement) */
  get capability(): number {
    return this.capabilityNow;
  }
  /** the claim life cycle (handed to the successor at a regime switch, see {@link succeed}) */
  get flow(): CaseFlow {
    return this.flowNow;
  }
  /** the unit that took over this unit's claims and staff at a regime switch, or null while this unit is in force */
  get successor(): Unit | null {
    return this.successorNow;
  }

  /**
   * At a regime switch this unit takes the place of `old`: the same claim life
   * cycle now drives claims through this unit, management's measured figures and
   * sustained overload carry over, and `old` points to this unit as its successor.
   */
  succeed(old: Unit): void {
    this.flowNow = old.flowNow;
    old.flowNow.moveTo(this);
    this.management.inherit(old.management);
    old.successorNow = this;
  }

  /**
   * Timeline hooks: `release` is asked whenever a position with a person in it is
   * between tasks (true when it took the person away: moved to a successor unit,
   * or released at a dated staffing change); `vacancyDelay` gives the days until
   * a vacated position is filled, or null when it is closed. A hook left out keeps
   * the one in force. @defaultValue no release; vacancies filled after the world's hiringDelayDays
   */
  hookStaffing(hooks: { release?: (slot: StaffSlot) => boolean; vacancyDelay?: (slot: StaffSlot, leaver: Handler) => number | null }): void {
    if (hooks.release !== undefined) this.release = hooks.release;
    if (hooks.vacancyDelay !== undefined) this.vacancyDelay = hooks.vacancyDelay;
  }

  /** The policy context, refreshed to now. */
  ctx(): PolicyContext {
    const c = this.context;
    c.now = this.office.sim.now;
    c.pressure = this.management.pressure;
    c.measured = this.management.measured;
    return c;
  }

  /** Handler leaning as it shows in decisions (discretion, narrowed by review calibration). */
  leaningScale(): number {
    return this.config.discretion * (1 - this.management.review.calibration);
  }

  /** Put a new claim into the unit. */
  abstract admit(c: Case): void;
  /** Put a ready task where it will be done; `from` is the position that made it, if any. */
  abstract route(task: Task, from: StaffSlot | null): void;
  /** A citizen's contact arrives (a task of kind "contact"). */
  abstract contact(task: Task): void;
  /** The next task for a position, or null. */
  protected abstract pick(slot: StaffSlot): Task | null;
  /** Effort for a claim step worked by `slot`. */
  abstract stepEffort(task: Task, slot: StaffSlot): StepEffort;
  /** Cost factor of a handover to `slot` (1 = between pools, 0 = none). */
  abstract handoffFactor(task: Task, slot: StaffSlot): number;
  /** Speed multiplier of `slot` on `task` (specialisation). */
  abstract speedFactor(task: Task, slot: StaffSlot): number;
  /** Chance that the responsible person resolves a contact. */
  abstract resolveChance(task: Task): number;
  /** An unresolved contact that the citizen does not repeat is passed on (or dropped). */
  abstract forwardUnresolved(task: Task): void;
  /** A person left `slot`: move its work. */
  protected abstract afterLeave(slot: StaffSlot): void;
  /** Unit-specific chase handling; true if the unit pre-empted a chasing contact. */
  chase(_c: Case): boolean {
    return false;
  }
  /** Extra hours to write a decision letter, and the misfit of the letter to the case (0..1). */
  abstract letter(c: Case): { hours: number; misfit: number };

  /** Estimated hours of queued work. */
  abstract queuedHours(): number;

  /**
   * Fill the positions and start their processes: with new hires, or (at a
   * regime switch) with `people`, one per position in order (null leaves the
   * position vacant until someone is moved or hired into it).
   */
  start(people?: ReadonlyArray<Handler | null>): void {
    const sim = this.office.sim;
    const world = this.office.world.people;
    this.slots.forEach((slot, i) => {
      slot.handler = people === undefined ? this.office.hire(world.initialExperience) : (people[i] ?? null);
      slot.since = sim.now;
      this.startPosition(slot);
    });
  }

  /** Start the process of a position (a new position added while the office runs, or at the start). */
  startPosition(slot: StaffSlot): void {
    this.office.sim.process(positionProcess(slot, this.positionHost), `${this.config.name}/${slot.role}#${slot.index}`);
  }

  /** The unit in force in this unit's place: itself, or its latest successor after regime switches. */
  current(): Unit {
    return this.successorNow === null ? this : this.successorNow.current();
  }

  /** Add a position to the unit (a dated hire or reinforcement); the caller fills and starts it. */
  addPosition(): StaffSlot {
    throw new Error(`unit "${this.config.name}": this kind of unit cannot add positions while running`);
  }

  /** Take every queued task out of the unit (at a regime switch), oldest first. */
  drainQueued(): Task[] {
    throw new Error(`unit "${this.config.name}": this kind of unit cannot hand its queues over at a regime switch`);
  }

  /**
   * Take over the queued work of `from`, the unit this one replaces at a regime
   * switch (oldest first): each task is routed as if it were new here.
   */
  takeOver(tasks: readonly Task[], _from: Unit): void {
    for (const task of tasks) this.route(task, null);
  }

  /** Wake a waiting position. */
  wake(slot: StaffSlot): void {
    const ev = slot.wake;
    if (ev !== null) {
      slot.wake = null;
      ev.succeed(undefined);
    }
  }

  /** Called when a position goes idle (regimes keep idle lists). */
  protected abstract idle(slot: StaffSlot): void;

  /** Record worked hours. */
  account(category: TimeCategory, hours: number): void {
    if (hours > 0) this.office.recorder.worked(this.office.sim.now, category, hours);
  }

  private improve(hours: number): void {
    if (hours <= 0) return;
    this.improvementHours += hours;
    const c = this.config;
    const start = 1 - c.transitionDip;
    const perHead = this.improvementHours / Math.max(1, this.slots.length);
    this.capabilityNow = c.capabilityMax - (c.capabilityMax - start) * Math.exp(-perHead / c.improvementHoursToGain);
  }

  /** The person in `slot` leaves now; a replacement starts after the hiring delay. */
  leave(slot: StaffSlot): void {
    const office = this.office;
    const h = slot.handler;
    if (h === null) return;
    const now = office.sim.now;
    this.creditAvailable(slot, now);
    office.recorder.left(now);
    slot.handler = null;
    slot.awayPending = false;
    slot.interruptValue = 0;
    slot.interruptFailure = 0;
    slot.owedImprovement = 0;
    slot.owedMeasurement = 0;
    slot.owedReorganisation = 0;
    this.afterLeave(slot);
    const delay = this.vacancyDelay(slot, h);
    if (delay === null) return;
    office.sim.schedule(delay, () => {
      slot.handler = office.hire(office.world.people.newHireExperience);
      slot.since = office.sim.now;
      this.wake(slot);
    });
  }

  /**
   * The person in `slot` is away for a while (annual leave, sickness, parental
   * leave; see WorkingYear), now, between tasks: the position stands empty, their
   * queued work goes to colleagues as a leaver's does, and nobody is hired.
   */
  stepAway(slot: StaffSlot): void {
    const h = slot.handler;
    slot.awayPending = false;
    if (h === null) return;
    this.creditAvailable(slot, this.office.sim.now);
    slot.handler = null;
    slot.absent = h;
    this.afterLeave(slot);
  }

  /** The person away from `slot` comes back to it (and, after a regime switch, moves on to the new unit). */
  stepBack(slot: StaffSlot): void {
    const h = slot.absent;
    if (h === null) return;
    if (slot.handler !== null) throw new Error(`unit "${this.config.name}": position ${slot.index} was filled while its person was away`);
    slot.absent = null;
    slot.handler = h;
    slot.since = this.office.sim.now;
    this.wake(slot);
  }

  /** Weekly staff management of the regime (a standardised unit moves staff between pools). */
  manageStaff(_weekHours: number): void {}

  /** Add the working hours `slot` was staffed, clipped to the window, up to `until`. */
  creditAvailable(slot: StaffSlot, until: number): void {
    const rec = this.office.recorder;
    const a = Math.max(slot.since, rec.warmup);
    const b = Math.min(until, rec.horizon);
    if (b > a) rec.available(this.office.calendar.workingHoursBetween(a, b));
  }

  /** The weekly management cycle (see weeklyManagement); returns the stress of each person employed. */
  weekly(): number[] {
    return weeklyManagement(this);
  }
}
