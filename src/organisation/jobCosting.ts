/*
 * What a task costs a position and what follows when it is done: at the start,
 * the handover (re-reading, a lost detail asked for again, a confused citizen)
 * and switching costs, the effort the regime gives the step, the policies'
 * registration overheads, personal speed, corner-cutting under overload and the
 * unit's capability; at the end, the hours accounted by category, practice, an
 * escalated remainder queued again, and the claim moved on.
 */
import type { Case } from "../casework/Case";
import type { Handler } from "../casework/Handler";
import { Task } from "../casework/Task";
import type { ContactEffect } from "../policies/Policy";
import type { PolicySet } from "../policies/PolicySet";
import type { PolicyContext } from "../policies/Policy";
import type { RandomStream } from "../random/RandomStream";
import type { CaseFlow } from "./CaseFlow";
import type { OfficeServices } from "./OfficeServices";
import type { TimeCategory } from "./OfficeRecorder";
import type { StaffSlot } from "./StaffSlot";
import { stepFamiliarity } from "./StepFamiliarity";
import type { RegimeUnitConfig } from "./UnitConfig";
import type { WeekCounters } from "./WeekCounters";

/** Effort a step gets, in hours of work before personal speed. */
export interface StepEffort {
  /** hours worked now */
  work: number;
  /** hours that count as effort on the claim's need */
  effective: number;
  /** hours left over for an escalation (another handover), 0 if none */
  escalate: number;
}

/** The unit as the costing of a task sees it. */
export interface JobUnit {
  /** office services */
  readonly office: OfficeServices;
  /** the unit's settings */
  readonly config: RegimeUnitConfig;
  /** random stream for handovers, escalations and contacts */
  readonly rng: RandomStream;
  /** policies in force */
  readonly policies: PolicySet;
  /** management state in force (its sustained overload drives corner-cutting) */
  readonly management: { readonly overload: number };
  /** call handling in force */
  readonly calls: ContactEffect;
  /** this week's counters */
  readonly week: WeekCounters;
  /** productivity multiplier of the way of working */
  readonly capability: number;
  /** the claim life cycle */
  readonly flow: CaseFlow;
  /** the unit that took over at a regime switch, or null */
  readonly successor: unknown;
  /** the policy context, refreshed to now */
  ctx(): PolicyContext;
  /** cost factor of a handover to `slot` (1 = between pools, 0 = none) */
  handoffFactor(task: Task, slot: StaffSlot): number;
  /** speed multiplier of `slot` on `task` */
  speedFactor(task: Task, slot: StaffSlot): number;
  /** effort for a claim step worked by `slot` */
  stepEffort(task: Task, slot: StaffSlot): StepEffort;
  /** extra hours of a decision letter and its misfit */
  letter(c: Case): { hours: number; misfit: number };
  /** put a ready task where it will be done */
  route(task: Task, from: StaffSlot | null): void;
  /** the unit in force in this unit's place */
  current(): { route(task: Task, from: StaffSlot | null): void };
  /** record worked hours */
  account(category: TimeCategory, hours: number): void;
}

/** What a position is working on between the start and the end of a task (one per position, reused). */
export class Job {
  /** the task, null between tasks */
  task: Task | null = null;
  /** who works it */
  handler: Handler | null = null;
  /** time the task was taken */
  start = 0;
  /** a lost detail is asked for again: only the handover is worked, then the claim waits */
  askedAgain = false;
  /** handover and switching hours */
  handoffHours = 0;
  /** hours of the work itself */
  time = 0;
  /** registration overhead hours */
  overhead = 0;
  /** category of `time` */
  category: TimeCategory = "value";
  /** hours left over for an escalation, 0 if none */
  escalate = 0;
  /** the position's role when the task was taken (a weekly staff move may change the role while the task is worked; the trace names the work by its start) */
  role = "";
}

/**
 * Start `task` in `slot`: handover and switching costs, effort, policy
 * overheads. Fills `job` and returns the working hours the task takes (only the
 * handover's when a lost detail has to be asked for again).
 */
export function beginJob(unit: JobUnit, task: Task, slot: StaffSlot, job: Job): number {
  const office = unit.office;
  const world = office.world;
  const h = slot.handler!;
  const c = task.kase;
  const now = office.sim.now;
  const ctx = unit.ctx();
  const caseWork = task.kind !== "contact" && task.kind !== "review";
  job.task = task;
  job.handler = h;
  job.start = now;
  job.askedAgain = false;
  let handoffHours = 0;
  if (caseWork) {
    if (c.lastWorker >= 0 && c.lastWorker !== h.id) {
      const f = unit.handoffFactor(task, slot);
      if (f > 0) {
        handoffHours += unit.config.rereadHours * f * Math.sqrt(c.need / world.caseMix.meanNeedHours);
        if (unit.rng() < unit.config.handoffLossShare * f) {
          if (unit.rng() < world.citizens.reaskShareOfLost) {
            // the detail is asked for again: the claim waits for the citizen's answer (see end())
            c.lastWorker = h.id;
            job.askedAgain = true;
            job.handoffHours = handoffHours;
            return handoffHours;
          }
          c.lostDetails += 1;
        }
        if (unit.rng() < world.citizens.handoffContactShare * f) office.citizenContact(c, "who-has-my-case", now);
      }
    }
    c.lastWorker = h.id;
    // getting into another claim, and into another kind of work, each cost half the switch time
    if (slot.lastCaseId !== c.id) handoffHours += world.contacts.switchHours / 2;
    if (slot.lastKind !== task.kind) handoffHours += world.contacts.switchHours / 2;
    slot.lastCaseId = c.id;
    slot.lastKind = task.kind;
  }
  let work: number;
  let category: TimeCategory = task.failureDemand ? "failure" : "value";
  let escalate = 0;
  let overhead = unit.policies.overheadHours("task", ctx);
  const stressCut = 1 - world.people.cornerCutting * Math.min(1, unit.management.overload);
  switch (task.kind) {
    case "contact":
      work = task.needHours * unit.calls.timeFactor; // a citizen's contact: contactHours; the office's proactive call: proactiveHours
      overhead += unit.policies.overheadHours("contact", ctx);
      if (!Number.isNaN(task.contactAt)) {
        unit.week.callWaitSum += now - task.contactAt;
        unit.week.callN += 1;
        office.recorder.callAnswered(now, now - task.contactAt);
      }
      break;
    case "review":
      work = task.needHours;
      category = "measurement";
      break;
    case "checkpoint":
    case "followUp":
    case "reconsider":
      work = task.needHours * unit.policies.effortFactor(task, ctx) * stressCut;
      break;
    default: {
      if (task.kind === "register" && !task.escalated) overhead += unit.policies.overheadHours("case", ctx);
      const e = unit.stepEffort(task, slot);
      const f = unit.policies.effortFactor(task, ctx) * stressCut;
      work = e.work * f;
      escalate = e.escalate;
      if (task.kind === "assess" || task.kind === "decide") c.judgementEffort += e.effective * f;
      if (task.kind === "decide") {
        overhead += unit.policies.overheadHours("decision", ctx);
        work += unit.letter(c).hours;
      }
    }
  }
  // a former specialist on another pool's steps after a switch to teams (1 for everyone else; see StepFamiliarity)
  const unfamiliar = stepFamiliarity(h, task.kind, now);
  const time = (work * h.timeFactor(world.people) * unit.speedFactor(task, slot) * unfamiliar) / unit.capability;
  job.role = slot.role;
  if (office.tracing) office.note(c.id, `start:${task.kind}:${slot.role}#${slot.index}`);
  job.handoffHours = handoffHours;
  job.time = time;
  job.overhead = overhead;
  job.category = category;
  job.escalate = escalate;
  return handoffHours + time + overhead;
}

/** The work of `job`, begun in `slot`, is done: account for it and move the claim on. */
export function endJob(unit: JobUnit, slot: StaffSlot, job: Job): void {
  const office = unit.office;
  const task = job.task!;
  const h = job.handler!;
  const c = task.kase;
  job.task = null;
  job.handler = null;
  if (job.askedAgain) {
    unit.account("handoffs", job.handoffHours);
    office.citizenContact(c, "asked-again", job.start);
    office.sim.schedule(office.world.citizens.replyDays, () => {
      if (!c.withdrawn) unit.current().route(task, null);
    });
    return;
  }
  const handoffHours = job.handoffHours;
  const time = job.time;
  if (office.tracing) office.note(c.id, `end:${task.kind}:${job.role}#${slot.index}`, handoffHours + time + job.overhead);
  unit.account("handoffs", handoffHours);
  unit.account(job.category, time);
  unit.account("measurement", job.overhead);
  h.practise(handoffHours + time, office.world.people);
  if (c.withdrawn && task.kind !== "contact") return;
  if (job.escalate > 0) {
    const rest = new Task(task.kind, c, job.escalate, office.sim.now, task.reason);
    rest.escalated = true;
    if (unit.successor === null) unit.route(rest, slot);
    else unit.current().route(rest, null);
    return;
  }
  unit.flow.finish(task, slot);
}
