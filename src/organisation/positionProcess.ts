/*
 * The working day of one position: the person in it takes the next piece of
 * work the unit gives them, works it in office hours (faster with overtime),
 * then any interruptions that came meanwhile, and finishes it; they wait while
 * there is nothing to do or nobody in the position, step away when their leave
 * or sickness starts, and leave when they have handed in notice.
 */
import type { ProcessGenerator } from "../engine/Process";
import type { Task } from "../casework/Task";
import { beginJob, endJob, Job, type JobUnit } from "./jobCosting";
import type { OfficeServices } from "./OfficeServices";
import type { TimeCategory } from "./OfficeRecorder";
import type { StaffSlot } from "./StaffSlot";

/** What a position's process needs of its unit. */
export interface PositionHost {
  /** the unit: its office, its management's working-time rate, its job costing, and how people step away and leave */
  readonly unit: JobUnit & {
    readonly office: OfficeServices;
    readonly management: { readonly workRate: number };
    stepAway(slot: StaffSlot): void;
    leave(slot: StaffSlot): void;
    account(category: TimeCategory, hours: number): void;
  };
  /** the next task for the position, or null */
  pick(slot: StaffSlot): Task | null;
  /** the position goes idle */
  idle(slot: StaffSlot): void;
  /** a timeline hook took the person in the position away (see Unit.hookStaffing) */
  released(slot: StaffSlot): boolean;
  /** hours of improvement work done */
  improve(hours: number): void;
}

/**
 * The process of a position: take the next piece of work, work it in office
 * hours (then any interruptions that came meanwhile) and finish it; wait while
 * there is nothing to do or nobody in the position. One generator per position
 * for the whole run: what a task needs between its start and its end is kept in
 * `job`, so no generator is made per task.
 */
export function* positionProcess(slot: StaffSlot, host: PositionHost): ProcessGenerator {
  const unit = host.unit;
  const sim = unit.office.sim;
  const cal = unit.office.calendar;
  const job = new Job();
  for (;;) {
    const h = slot.handler;
    if (h !== null && slot.awayPending) {
      unit.stepAway(slot);
      continue;
    }
    if (h !== null && host.released(slot)) continue;
    if (h === null) {
      slot.wake = sim.event();
      yield slot.wake;
      continue;
    }
    let hours: number;
    let owedMeasurement = 0;
    let owedImprovement = 0;
    let owedReorganisation = 0;
    let owed = false;
    if (slot.owedMeasurement > 0 || slot.owedImprovement > 0 || slot.owedReorganisation > 0) {
      owedMeasurement = slot.owedMeasurement;
      owedImprovement = slot.owedImprovement;
      owedReorganisation = slot.owedReorganisation;
      slot.owedMeasurement = 0;
      slot.owedImprovement = 0;
      slot.owedReorganisation = 0;
      owed = true;
      hours = owedMeasurement + owedImprovement + owedReorganisation;
    } else {
      const task = host.pick(slot);
      if (task === null) {
        host.idle(slot);
        slot.wake = sim.event();
        yield slot.wake;
        continue;
      }
      hours = beginJob(unit, task, slot, job);
    }
    // work `hours` of working time, then any interruptions that came meanwhile
    slot.busy = true;
    // overtime: more hours in the same office days
    if (hours > 0) yield sim.timeout(cal.addWorkingTime(sim.now, hours / unit.management.workRate) - sim.now);
    while (slot.interruptValue + slot.interruptFailure > 0) {
      const v = slot.interruptValue;
      const f = slot.interruptFailure;
      slot.interruptValue = 0;
      slot.interruptFailure = 0;
      yield sim.timeout(cal.addWorkingTime(sim.now, (v + f) / unit.management.workRate) - sim.now);
      unit.account("value", v);
      unit.account("failure", f);
      slot.handler?.practise(v + f, unit.office.world.people);
    }
    slot.busy = false;
    if (owed) {
      unit.account("measurement", owedMeasurement);
      // reorganisation time shows with improvement and collaboration, but raises no capability
      unit.account("improvement", owedImprovement + owedReorganisation);
      host.improve(owedImprovement);
    } else {
      endJob(unit, slot, job);
    }
    if (h.leaving) unit.leave(slot);
  }
}
