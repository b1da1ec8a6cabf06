/*
 * The dated changes of a running office, put into effect at their days: a unit
 * switches its way of working, management changes its policies, staff are hired,
 * leave or are not replaced, a surge or dip of new claims, healthcare sends more
 * or less complete certificates or answers faster or slower. Office hours that
 * change are a calendar with phases (see PhasedCalendar). Without changes the
 * office runs exactly as without a timeline.
 */
import type { Handler } from "../casework/Handler";
import type { WorkingCalendarOptions } from "../engine/WorkingCalendar";
import { PolicySet } from "../policies/PolicySet";
import type { OfficeServices } from "./OfficeServices";
import type { StaffSlot } from "./StaffSlot";
import { refreshManagement, switchRegime } from "./switchRegime";
import { startReorganisation } from "./reorganisationTime";
import { dayOfRun } from "./dayOfRun";
import { rememberPool } from "./StepFamiliarity";
import type { DemandChange, StaffingChange, TimelineChange, UnitRef } from "./TimelineChange";
import type { StandardisedUnitConfig } from "./UnitConfig";
import type { Unit } from "./Unit";
import type { UnitConfig } from "./UnitConfig";

/** What the timeline needs of the office. */
export interface TimelineHost extends OfficeServices {
  /** the units in force (a regime switch replaces an entry) */
  readonly units: Unit[];
  /** units replaced at a regime switch (their people may still finish a task) */
  readonly retired: Unit[];
}

/** Hiring state of one unit position list (kept across regime switches). */
interface Staffing {
  /** positions that are closed: not filled again */
  closed: Set<StaffSlot>;
  /** people who leave for good when their task in hand is done */
  departing: Set<Handler>;
  /** reinforcements still in the unit */
  borrowed: Set<Handler>;
  /** no vacancy is filled before this day */
  freezeUntil: number;
}

/** A change with its days as numbers. */
type Numeric<T> = {
  [K in keyof T]: K extends "at" | "until" | "freezeUntil"
    ? Exclude<T[K], string>
    : K extends "reinforce"
      ? { handlers: number; until: number } | undefined
      : T[K];
};
/** Any change with numeric days. */
type Dated = { [C in TimelineChange as C["change"]]: Numeric<C> }[TimelineChange["change"]];

/** The change with its days as numbers of the run. */
function numericDays(c: TimelineChange, startDate: string): Dated {
  const out = { ...c, at: dayOfRun(c.at, startDate) } as Record<string, unknown>;
  for (const k of ["until", "freezeUntil"]) if (out[k] !== undefined) out[k] = dayOfRun(out[k] as string | number, startDate);
  if (c.change === "staffing" && c.reinforce !== undefined) out["reinforce"] = { ...c.reinforce, until: dayOfRun(c.reinforce.until, startDate) };
  return out as Dated;
}

/** Index of the unit `ref` names in `units` (by name or position), or -1. */
export function resolveUnitRef(ref: UnitRef, units: readonly Pick<UnitConfig, "name">[]): number {
  if (typeof ref === "number") return Number.isInteger(ref) && ref >= 0 && ref < units.length ? ref : -1;
  return units.findIndex((u) => u.name === ref);
}

/** The dated changes of one replication. */
export class Timeline {
  /** the changes in order of their day (stable for equal days) */
  readonly changes: readonly Dated[];
  private readonly demand: readonly Numeric<DemandChange>[];
  private readonly horizon: number;

  /**
   * @param changes the dated changes (any order)
   * @param horizonDays the end of the run (a change with no `until` lasts until it)
   * @param startDate the office's start date, for changes dated by ISO date
   * @param units the office's units as configured: a unit named in a change is the one of that name (or position) at the start, whatever it is called after a switch
   * @throws RangeError when a change names a unit that does not exist, or a day that is not a number or a date
   */
  constructor(changes: readonly TimelineChange[], horizonDays: number, startDate: string, units: readonly Pick<UnitConfig, "name">[] = []) {
    const unitIndex = (ref: UnitRef): number => {
      const i = resolveUnitRef(ref, units);
      if (i < 0) throw new RangeError(`timeline: no unit ${JSON.stringify(ref)}; units: ${units.map((u) => JSON.stringify(u.name)).join(", ")}`);
      return i;
    };
    this.changes = changes
      .map((c) => ("unit" in c ? { ...c, unit: unitIndex(c.unit) } : c))
      .map((c, i) => ({ c: numericDays(c, startDate), i }))
      .sort((a, b) => a.c.at - b.c.at || a.i - b.i)
      .map((x) => x.c);
    this.demand = this.changes.filter((c): c is Numeric<DemandChange> => c.change === "demand");
    this.horizon = horizonDays;
  }

  /** Whether any change touches the world parameters (the office then works on its own copy). */
  get changesWorld(): boolean {
    return this.changes.some((c) => c.change === "upstream");
  }

  /** Multiplier of the arrival rate at `t` (the product of the demand changes in force). @defaultValue 1 */
  demandFactor(t: number): number {
    let f = 1;
    for (const d of this.demand) if (t >= d.at && t < (d.until ?? this.horizon)) f *= d.factor;
    return f;
  }

  /** Largest {@link demandFactor} during [day, day + 1). */
  maxDemandFactor(day: number): number {
    let m = this.demandFactor(day);
    for (const d of this.demand) {
      for (const b of [d.at, d.until ?? this.horizon]) if (b > day && b < day + 1) m = Math.max(m, this.demandFactor(b));
    }
    return m;
  }

  /** Calendar phases for the office-hours changes (whole days; a change inside a day applies from the next day). */
  calendarPhases(base: WorkingCalendarOptions): Array<{ from: number; options: WorkingCalendarOptions }> {
    const out: Array<{ from: number; options: WorkingCalendarOptions }> = [];
    for (const c of this.changes) {
      if (c.change !== "officeHours") continue;
      const from = Math.max(1, Math.ceil(c.at));
      const options = { ...base, hours: c.hours };
      if (out.length > 0 && out[out.length - 1]!.from === from) out[out.length - 1] = { from, options };
      else out.push({ from, options });
    }
    return out;
  }

  /** Schedule every change in `office` (call once, when the run starts). */
  install(office: TimelineHost): void {
    const sim = office.sim;
    const staffing = new Map<number, Staffing>();
    const needsStaffing = this.changes.some((c) => c.change === "staffing");
    const stateOf = (i: number): Staffing => {
      let st = staffing.get(i);
      if (st === undefined) {
        st = { closed: new Set(), departing: new Set(), borrowed: new Set(), freezeUntil: -Infinity };
        staffing.set(i, st);
      }
      return st;
    };
    if (needsStaffing) office.units.forEach((u, i) => this.hookStaffing(u, stateOf(i)));
    this.changes.forEach((c, k) => {
      const apply = (): void => {
        switch (c.change) {
          case "regime": {
            const i = this.index(office, c.unit);
            const old = office.units[i] as Unit;
            const st = staffing.get(i);
            const open = st === undefined ? old.slots : old.slots.filter((s) => !st.closed.has(s));
            // specialists becoming owners remember their pool: the other steps are new to them (see StepFamiliarity)
            if (old.config.regime === "standardised" && c.to.regime === "team") {
              for (const s of old.slots) if (s.handler !== null) rememberPool(s.handler, s.group, old.config as StandardisedUnitConfig, sim.now);
            }
            const fresh = switchRegime(old, c.to, office.streams.derive("timeline", k), open);
            // the people of the new unit first spend time agreeing on how to work (see reorganisationTime)
            startReorganisation(fresh, c.reorganisation);
            office.units[i] = fresh;
            office.retired.push(old);
            if (st !== undefined) this.hookStaffing(fresh, st);
            return;
          }
          case "policies": {
            const u = office.units[this.index(office, c.unit)] as Unit;
            const add = c.add ?? [];
            const drop = new Set([...(c.remove ?? []), ...add.map((p) => p.name)]);
            u.management.usePolicies(new PolicySet([...u.policies.policies.filter((p) => !drop.has(p.name)), ...add]));
            refreshManagement(u);
            return;
          }
          case "staffing":
            this.staff(office, c, stateOf(this.index(office, c.unit)));
            return;
          case "demand":
            return; // read by the arrival process through demandFactor()
          case "upstream": {
            const cert = office.world.certificates;
            const before = { completeShare: cert.completeShare, answerDelayDays: cert.answerDelayDays };
            if (c.completeShare !== undefined) cert.completeShare = c.completeShare;
            if (c.answerDelayDays !== undefined) cert.answerDelayDays = c.answerDelayDays;
            if (c.until !== undefined && c.until < this.horizon) {
              sim.schedule(c.until - sim.now, () => {
                if (c.completeShare !== undefined) cert.completeShare = before.completeShare;
                if (c.answerDelayDays !== undefined) cert.answerDelayDays = before.answerDelayDays;
              });
            }
            return;
          }
          case "officeHours":
            return; // the calendar has the phases
        }
      };
      if (c.change === "demand" || c.change === "officeHours") return;
      sim.schedule(Math.max(0, c.at - sim.now), apply);
    });
  }

  private index(office: TimelineHost, ref: UnitRef): number {
    // refs were resolved to positions against the units at the start (see the constructor)
    if (typeof ref !== "number" || !(ref >= 0 && ref < office.units.length)) throw new RangeError(`timeline: no unit ${JSON.stringify(ref)}`);
    return ref;
  }

  /** Vacancies follow the unit's hiring state: closed positions stay empty, a freeze delays filling. */
  private hookStaffing(unit: Unit, st: Staffing): void {
    const office = unit.office;
    const vacancyDelay = (slot: StaffSlot, leaver: Handler): number | null => {
      st.borrowed.delete(leaver);
      if (st.closed.has(slot) || st.departing.has(leaver)) {
        st.departing.delete(leaver);
        st.closed.add(slot);
        return null;
      }
      const now = office.sim.now;
      return Math.max(office.world.people.hiringDelayDays, st.freezeUntil - now);
    };
    // someone hired into a position closed meanwhile leaves at once
    const release = (slot: StaffSlot): boolean => {
      if (!st.closed.has(slot) || slot.handler === null) return false;
      unit.leave(slot);
      return true;
    };
    unit.hookStaffing({ release, vacancyDelay });
  }

  private staff(office: TimelineHost, c: Numeric<StaffingChange>, st: Staffing): void {
    const sim = office.sim;
    const unit = (): Unit => office.units[this.index(office, c.unit)] as Unit;
    if (c.freezeUntil !== undefined) st.freezeUntil = Math.max(st.freezeUntil, c.freezeUntil);
    const add = (n: number, experience: number, borrowed: boolean): Set<Handler> => {
      const u = unit();
      const added = new Set<Handler>();
      for (let j = 0; j < n; j++) {
        const slot = u.addPosition();
        const h = office.hire(experience);
        slot.handler = h;
        slot.since = sim.now;
        if (borrowed) st.borrowed.add(h);
        added.add(h);
        u.startPosition(slot);
      }
      return added;
    };
    add(c.hire ?? 0, office.world.people.newHireExperience, false);
    if ((c.leave ?? 0) > 0) this.close(unit(), c.leave ?? 0, st, new Set());
    if (c.reinforce !== undefined) {
      const r = c.reinforce;
      const mine = add(r.handlers, office.world.people.initialExperience, true);
      if (r.until < this.horizon) sim.schedule(r.until - sim.now, () => this.close(unit(), r.handlers, st, mine));
    }
  }

  /**
   * Close `n` positions of `unit`: those of the people in `prefer` first, then
   * in the group (pool or team) with the most people. People in them leave when
   * their task in hand is done; vacant ones are not filled again.
   */
  private close(unit: Unit, n: number, st: Staffing, prefer: ReadonlySet<Handler>): void {
    const candidates = unit.slots.filter((s) => !st.closed.has(s) && !(s.handler !== null && st.departing.has(s.handler)));
    const chosen: StaffSlot[] = [];
    for (const s of candidates) if (chosen.length < n && s.handler !== null && prefer.has(s.handler)) chosen.push(s);
    while (chosen.length < n) {
      const left = candidates.filter((s) => !chosen.includes(s));
      if (left.length <= 1) break; // the last position of a unit stays
      const size = (g: number): number => left.filter((s) => s.group === g).length;
      let best = left[left.length - 1] as StaffSlot;
      for (let j = left.length - 1; j >= 0; j--) if (size((left[j] as StaffSlot).group) > size(best.group)) best = left[j] as StaffSlot;
      chosen.push(best);
    }
    for (const s of chosen) {
      const h = s.handler;
      if (h === null) {
        st.closed.add(s);
        continue;
      }
      st.departing.add(h);
      h.leaving = true;
      if (!s.busy) {
        unit.leave(s);
        unit.wake(s);
      }
    }
  }
}
