/*
 * The working year of an office: people are away on annual leave, sick or on
 * parental leave, so fewer handlers are at work than are employed. Each
 * position's absences are drawn from its own named random streams, so two
 * variants of an office (with and without summer leave, or before and after a
 * reorganisation) see the same absences of the same people: common random
 * numbers hold.
 *
 * Annual leave is planned once a year, before the summer: most people take their
 * summer weeks together between midsummer and mid-August, and management
 * staggers them group by group (pool or team) so that the fewest are away at
 * once; the remaining days are one block at another time of year. Sickness and
 * parental leave come in spells of random length at the long-run share of time
 * configured. While someone is away their position stands empty (see
 * Unit.stepAway): their queued work goes to colleagues as a leaver's would, no
 * one is hired, and they come back to the same position.
 */
import { civilFromDays, daysFromCivil, parseIsoDate, weekdayOfDays } from "../engine/civilDate";
import type { Simulation } from "../engine/Simulation";
import { exponential } from "../random/exponential";
import { lognormalMeanCv } from "../random/lognormalMeanCv";
import type { RandomStream } from "../random/RandomStream";
import type { StaffSlot } from "./StaffSlot";
import type { Unit } from "./Unit";
import type { AbsenceSpells, WorkingYearConfig } from "./WorkingYearConfig";

/** What the working year needs of the office. */
export interface WorkingYearHost {
  /** the simulation */
  readonly sim: Simulation;
  /** the replication's root stream */
  readonly streams: RandomStream;
  /** the units in force (a regime switch replaces an entry) */
  readonly units: readonly Unit[];
}

/** A position's absences: how many spells are running and where its person stepped away from. */
interface Position {
  /** unit index in the office */
  readonly unit: number;
  /** position index in the unit */
  readonly index: number;
  /** spells in force (they may overlap: sick during leave) */
  spells: number;
  /** the unit and position the person stepped away from, while away */
  awayFrom: { unit: Unit; slot: StaffSlot } | null;
}

/** Day number (days since 1970-01-01) of "MM-DD" in `year`. */
function dayOf(year: number, mmdd: string): number {
  const [m, d] = mmdd.split("-").map(Number) as [number, number];
  return daysFromCivil(year, m, d);
}

/** The working year of one replication. */
export class WorkingYear {
  private readonly start: number;

  /**
   * @param config the working year
   * @param startDate the office's start date (ISO)
   * @param horizonDays the end of the run
   * @throws RangeError when `startDate` is not a date
   */
  constructor(
    readonly config: WorkingYearConfig,
    startDate: string,
    private readonly horizonDays: number,
  ) {
    const start = parseIsoDate(startDate);
    if (start === undefined) throw new RangeError(`workingYear: startDate ${JSON.stringify(startDate)} is not a date`);
    this.start = start;
  }

  /** Schedule every absence in `office` (call once, when the run starts, after the units have started). */
  install(office: WorkingYearHost): void {
    const positions: Position[] = [];
    office.units.forEach((u, i) => u.slots.forEach((_s, j) => positions.push({ unit: i, index: j, spells: 0, awayFrom: null })));
    const sim = office.sim;
    const away = (p: Position, from: number, until: number): void => {
      const a = Math.max(from, sim.now);
      const b = Math.min(until, this.horizonDays);
      if (!(b > a)) return;
      sim.schedule(a - sim.now, () => {
        this.begin(office, p);
        sim.schedule(b - sim.now, () => this.end(p));
      });
    };
    // annual leave, planned at the start of each calendar year of the run
    const first = civilFromDays(this.start).year;
    const last = civilFromDays(this.start + Math.ceil(this.horizonDays)).year;
    for (let year = first; year <= last; year++) {
      const at = Math.max(0, daysFromCivil(year, 1, 1) - this.start);
      if (at >= this.horizonDays) break;
      sim.schedule(at, () => this.planLeave(office, positions, year, away));
    }
    // sickness and parental leave, spell by spell
    positions.forEach((p) => {
      this.spells(office, p, "sickness", this.config.sickness, away);
      this.spells(office, p, "parentalLeave", this.config.parentalLeave, away);
    });
  }

  /** A spell starts for the person in position `p`. */
  private begin(office: WorkingYearHost, p: Position): void {
    p.spells += 1;
    if (p.spells > 1) return;
    const unit = office.units[p.unit] as Unit;
    const slot = unit.slots[p.index];
    // a vacant position (between a leaver and the next hire) has nobody to be away
    if (slot === undefined || slot.handler === null) return;
    p.awayFrom = { unit, slot };
    if (slot.busy)
      slot.awayPending = true; // the task in hand is finished first
    else unit.stepAway(slot);
  }

  /** A spell ends; the person comes back when no other spell holds them. */
  private end(p: Position): void {
    p.spells -= 1;
    if (p.spells > 0 || p.awayFrom === null) return;
    const { unit, slot } = p.awayFrom;
    p.awayFrom = null;
    if (slot.awayPending)
      slot.awayPending = false; // still on the task in hand: never left
    else unit.stepBack(slot);
  }

  /**
   * Sickness or parental leave of one position: an alternating renewal process
   * (time at work exponential, spells lognormal) started in its long-run state,
   * so the share of time away is `share` from the first day.
   */
  private spells(office: WorkingYearHost, p: Position, kind: string, s: AbsenceSpells, away: (p: Position, from: number, until: number) => void): void {
    // rate of spell starts per day at work (a share so small that it underflows to 0 means no spells)
    const rate = s.share / (s.meanDays * (1 - s.share));
    if (!(rate > 0 && rate < Infinity)) return;
    const rng = office.streams.derive("workingYear", kind, p.unit, p.index);
    const sim = office.sim;
    const next = (from: number, length: number): void => {
      if (from >= this.horizonDays) return;
      away(p, from, from + length);
      const gap = exponential(rng, rate);
      const start = from + length + gap;
      const spell = lognormalMeanCv(rng, s.meanDays, s.cv);
      if (start < this.horizonDays) sim.schedule(from + length - sim.now, () => next(start, spell));
    };
    if (rng() < s.share) {
      // away at the start: the spell in progress is length-biased (a lognormal with mean × (1 + cv²)), and a uniform part of it is left
      const left = rng() * lognormalMeanCv(rng, s.meanDays * (1 + s.cv * s.cv), s.cv);
      next(0, left);
    } else {
      const start = exponential(rng, rate);
      const spell = lognormalMeanCv(rng, s.meanDays, s.cv);
      if (start < this.horizonDays) sim.schedule(start, () => next(start, spell));
    }
  }

  /**
   * Annual leave of `year`: who takes the summer weeks in the window and when
   * (staggered by group), and when everyone takes the rest of their days.
   */
  private planLeave(office: WorkingYearHost, positions: readonly Position[], year: number, away: (p: Position, from: number, until: number) => void): void {
    const c = this.config.leave;
    const rng = office.streams.derive("workingYear", "leave", year);
    const summerDays = 7 * Math.min(c.summerWeeks, c.days / 5);
    const restDays = (7 * Math.max(0, c.days - 5 * c.summerWeeks)) / 5;
    const from = dayOf(year, c.summerFrom) - this.start;
    const until = dayOf(year, c.summerUntil) - this.start + 1; // exclusive
    const yearStart = daysFromCivil(year, 1, 1) - this.start;
    const yearEnd = daysFromCivil(year + 1, 1, 1) - this.start;
    const mondays: number[] = [];
    for (let d = yearStart; d < yearEnd; d++) if (weekdayOfDays(d + this.start) === 0) mondays.push(d);
    const inWindow = mondays.filter((d) => d >= from && d + summerDays <= until);
    const outside = (length: number, not: readonly [number, number] | null): number[] => {
      const free = (d: number): boolean => d + length <= yearEnd && (not === null || d + length <= not[0] || d >= not[1]);
      const out = mondays.filter((d) => (d + length <= from || d >= until) && free(d));
      // a window that leaves no room outside it: the block goes anywhere in the year
      return out.length > 0 ? out : mondays.filter(free);
    };
    // the same numbers are drawn for every position, whatever is decided, so that variants stay paired
    const draws = positions.map((p) => ({ p, summer: rng() < c.summerShare, order: rng(), main: rng(), rest: rng() }));
    const summer = draws.filter((x) => x.summer && summerDays > 0 && inWindow.length > 0).sort((a, b) => a.order - b.order);
    // stagger: each takes the allowed start that keeps the most people of their group away at once lowest (ties: earliest)
    const awayByGroup = new Map<string, Map<number, number>>();
    const main = new Map<Position, number>();
    for (const x of summer) {
      const slot = office.units[x.p.unit]?.slots[x.p.index];
      const key = `${x.p.unit}:${slot?.group ?? -1}`;
      let counts = awayByGroup.get(key);
      if (counts === undefined) awayByGroup.set(key, (counts = new Map<number, number>()));
      let best = inWindow[0] as number;
      let bestPeak = Infinity;
      for (const d of inWindow) {
        let peak = 0;
        for (let w = 0; w < summerDays; w += 7) peak = Math.max(peak, counts.get(d + w) ?? 0);
        if (peak < bestPeak) {
          bestPeak = peak;
          best = d;
        }
      }
      for (let w = 0; w < summerDays; w += 7) counts.set(best + w, (counts.get(best + w) ?? 0) + 1);
      main.set(x.p, best);
    }
    for (const x of draws) {
      let mainStart = main.get(x.p);
      if (mainStart === undefined && summerDays > 0) {
        const options = outside(summerDays, null);
        if (options.length > 0) mainStart = options[Math.floor(x.main * options.length)];
      }
      if (mainStart !== undefined) away(x.p, mainStart, mainStart + summerDays);
      if (restDays > 0) {
        const options = outside(restDays, mainStart === undefined ? null : [mainStart, mainStart + summerDays]);
        if (options.length > 0) {
          const d = options[Math.floor(x.rest * options.length)] as number;
          away(x.p, d, d + restDays);
        }
      }
    }
  }
}
