/*
 * The weekly management cycle of a unit: management reads the week's measured
 * figures (only those its measurement regime records), its policies set the
 * pressure, review, call handling and healthcare collaboration for the coming
 * week, it orders overtime or borrows handlers when the queued work passes its
 * thresholds, the regime manages its staff (a standardised unit moves people
 * between pools), and every person's stress is updated and may make them leave.
 */
import type { PolicyContext } from "../policies/Policy";
import type { PolicySet } from "../policies/PolicySet";
import type { RandomStream } from "../random/RandomStream";
import type { OfficeServices } from "./OfficeServices";
import { reorganisationHours } from "./reorganisationTime";
import type { StaffSlot } from "./StaffSlot";
import type { UnitManagement } from "./UnitManagement";
import type { RegimeUnitConfig } from "./UnitConfig";
import type { WeekCounters } from "./WeekCounters";

/** The unit as its weekly management sees it (the management state it sets, and what it reads). */
export interface ManagedUnit {
  /** office services */
  readonly office: OfficeServices;
  /** the unit's settings */
  readonly config: RegimeUnitConfig;
  /** positions */
  readonly slots: readonly StaffSlot[];
  /** policies in force */
  readonly policies: PolicySet;
  /** the claim life cycle (open claims) */
  readonly flow: { readonly openCases: number };
  /** this week's counters */
  readonly week: WeekCounters;
  /** random stream for people (turnover) */
  readonly peopleRng: RandomStream;
  /** the management state it moves on (see UnitManagement) */
  readonly management: UnitManagement;
  /** the policy context, refreshed to now */
  ctx(): PolicyContext;
  /** estimated hours of queued work */
  queuedHours(): number;
  /** the regime's weekly staff management */
  manageStaff(weekHours: number): void;
  /** the person in `slot` leaves now */
  leave(slot: StaffSlot): void;
  /** wake a waiting position */
  wake(slot: StaffSlot): void;
}

/**
 * Overtime for the coming week: when the queued work per head passes
 * `overtimeThresholdWeeks`, everyone works `overtimeHoursPerWeek` more, within
 * `overtimeHoursPerYear` per person (counted per 52 weeks of the run); past
 * `borrowThresholdWeeks` management also borrows `borrowShare` of its staff from
 * other units. The hours are credited as available time; returns overtime as a
 * share of normal hours (its stress cost).
 */
function orderOvertime(unit: ManagedUnit, now: number, queuedWeeks: number, weekHours: number, employed: number): number {
  const c = unit.config;
  const m = unit.management;
  const week = Math.round(now / 7);
  if (week % 52 === 1) m.newOvertimeYear();
  let hours = 0;
  if (weekHours > 0 && queuedWeeks > c.overtimeThresholdWeeks) {
    hours = Math.max(0, Math.min(c.overtimeHoursPerWeek, c.overtimeHoursPerYear - m.overtimeThisYear));
  }
  // further behind still: handlers borrowed from other units of the agency, less
  // productive in work new to them (their hours are spread over the unit's positions)
  const borrowed = weekHours > 0 && queuedWeeks > c.borrowThresholdWeeks ? c.borrowShare * c.borrowedProductivity : 0;
  m.orderOvertime(hours, weekHours > 0 ? 1 + hours / weekHours + borrowed : 1);
  const rec = unit.office.recorder;
  if (rec.inWindow(now) && rec.inWindow(now + 7)) rec.available((hours + borrowed * weekHours) * employed);
  return weekHours > 0 ? hours / weekHours : 0;
}

/** The weekly management cycle; returns the stress of each person employed. */
export function weeklyManagement(unit: ManagedUnit): number[] {
  const office = unit.office;
  const now = office.sim.now;
  const employed = unit.slots.filter((s) => s.handler !== null);
  const n = Math.max(1, employed.length);
  const deciders = Math.max(1, employed.filter((s) => s.decides).length);
  const w = unit.week;
  const m = unit.management;
  m.measure(w.figures(deciders, unit.flow.openCases));
  // management sees only the figures its measurement regime records
  const recorded = unit.policies.recorded(unit.ctx());
  if (recorded !== null) m.forget((key) => recorded.has(key) || (key === "auditedAccuracy" && w.auditN > 0));
  if (office.recorder.inWindow(now)) m.countWeek();
  w.reset();
  m.applyPolicies(() => unit.ctx());
  const ctx2 = unit.ctx();
  const weekHours = office.calendar.workingHoursBetween(now, now + 7);
  const improvement = unit.policies.improvementShare(ctx2) * weekHours + m.certificates.hoursPerHandlerWeek;
  const admin = unit.policies.periodOverheadHours(ctx2);
  const reorganisation = reorganisationHours(unit, weekHours);
  const queuedWeeks = unit.queuedHours() / n / Math.max(1, weekHours);
  const overload = Math.max(0, queuedWeeks - 1);
  m.smoothOverload(overload, office.world.people.stressAdaptation);
  const overtime = orderOvertime(unit, now, queuedWeeks, weekHours, employed.length);
  unit.manageStaff(weekHours);
  const people = office.world.people;
  const stress: number[] = [];
  for (const slot of employed) {
    const h = slot.handler!;
    slot.owedMeasurement += admin;
    slot.owedImprovement += improvement;
    slot.owedReorganisation += reorganisation;
    const pLeave = h.weeklyUpdate(people, overload, m.pressure, unit.config.autonomy, overtime);
    stress.push(h.stress);
    if (!h.leaving && unit.peopleRng() < pLeave) {
      h.leaving = true;
      if (!slot.busy) {
        unit.leave(slot);
        unit.wake(slot);
      }
    }
  }
  return stress;
}
