/*
 * A working calendar whose weekly hours change on given days: a sequence of
 * calendars, each in force from its first day until the next one's. Answers the
 * same questions as one calendar; work that spans a change is done in the hours
 * of each phase in turn.
 */
import { WorkingCalendar, type WorkingCalendarOptions } from "./WorkingCalendar";

/** One phase: the options in force from day `from` (a whole day index) on. */
export interface CalendarPhase {
  /** first day of the phase (whole day index, ≥ 1 for all but the first phase) */
  from: number;
  /** the calendar options of the phase (same start, holidays) */
  options: WorkingCalendarOptions;
}

/** A calendar made of phases with different weekly hours. */
export class PhasedCalendar extends WorkingCalendar {
  private readonly phases: ReadonlyArray<{ from: number; cal: WorkingCalendar }>;

  /**
   * @param base options in force from day 0
   * @param later later phases, each from a whole day > 0, in ascending order
   * @throws RangeError when a phase day is not a whole number > the previous one
   */
  constructor(base: WorkingCalendarOptions, later: readonly CalendarPhase[]) {
    super(base);
    const phases = [{ from: -Infinity, cal: new WorkingCalendar(base) }];
    let prev = 0;
    for (const p of later) {
      if (!Number.isInteger(p.from) || p.from <= prev) {
        throw new RangeError(`PhasedCalendar: phase day ${p.from} must be a whole number > ${prev} (phases in ascending order)`);
      }
      prev = p.from;
      phases.push({ from: p.from, cal: new WorkingCalendar(p.options) });
    }
    this.phases = phases;
  }

  private at(t: number): number {
    let i = this.phases.length - 1;
    while (i > 0 && t < this.phases[i]!.from) i--;
    return i;
  }

  /** @inheritDoc */
  override isWorkingTime(t: number): boolean {
    return this.phases[this.at(t)]!.cal.isWorkingTime(t);
  }

  /** @inheritDoc */
  override nextWorkingInstant(t: number): number {
    const i = this.at(t);
    const r = this.phases[i]!.cal.nextWorkingInstant(t);
    const next = this.phases[i + 1];
    return next !== undefined && r >= next.from ? this.nextWorkingInstant(next.from) : r;
  }

  /** @inheritDoc */
  override addWorkingTime(t: number, hours: number): number {
    const i = this.at(t);
    const cal = this.phases[i]!.cal;
    const r = cal.addWorkingTime(t, hours);
    const next = this.phases[i + 1];
    if (next === undefined || r <= next.from) return r;
    const done = cal.workingHoursBetween(t, next.from);
    return this.addWorkingTime(next.from, Math.max(0, hours - done));
  }

  /** @inheritDoc */
  override workingHoursBetween(a: number, b: number): number {
    if (a > b) return super.workingHoursBetween(a, b); // throws the usual error
    let sum = 0;
    for (let i = this.at(a); i < this.phases.length; i++) {
      const p = this.phases[i]!;
      const end = this.phases[i + 1]?.from ?? Infinity;
      const lo = Math.max(a, p.from);
      const hi = Math.min(b, end);
      if (hi > lo) sum += p.cal.workingHoursBetween(lo, hi);
      if (end >= b) break;
    }
    return sum;
  }

  /** @inheritDoc */
  override workingHoursPerDay(day: number): number {
    return this.phases[this.at(day)]!.cal.workingHoursPerDay(day);
  }

  /** @inheritDoc */
  override isWorkingDay(day: number): boolean {
    return this.phases[this.at(day)]!.cal.isWorkingDay(day);
  }
}
