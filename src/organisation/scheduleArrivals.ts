/*
 * How claims come to the office: first its starting backlog — the office's own
 * open claims, oldest first, or claims that arrived at random over the last
 * weeks — then new claims by a non-homogeneous Poisson process: the weekly
 * volume shaped by the weekday profile, the yearly season and the timeline's
 * demand changes, until the horizon.
 */
import { STEPS, type Case } from "../casework/Case";
import type { CaseFactory } from "../casework/CaseFactory";
import type { CaseworkParams } from "../casework/CaseworkParams";
import type { Simulation } from "../engine/Simulation";
import type { WorkingCalendar } from "../engine/WorkingCalendar";
import type { RandomStream } from "../random/RandomStream";
import { nhppNext } from "../random/nhppNext";
import type { OfficeConfig } from "./OfficeConfig";
import type { StartingClaim } from "./StartingClaim";
import type { Timeline } from "./Timeline";

/** What the arrivals read of the office. */
export interface ArrivalSource {
  /** the kernel */
  readonly sim: Simulation;
  /** the world (demand) */
  readonly world: CaseworkParams;
  /** the replication's random streams */
  readonly streams: RandomStream;
  /** the working calendar (weekday of the first day) */
  readonly calendar: WorkingCalendar;
  /** dated demand changes */
  readonly timeline: Timeline;
  /** the office (start date, its own open claims) */
  readonly config: OfficeConfig;
  /** the run (horizon) */
  readonly options: { readonly horizonDays: number };
}

function dayOfYear(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000;
}

/**
 * Admit the office's own open claims, oldest first: each is drawn like a new
 * claim (within its complexity class, if given) and enters at the step it
 * waits at with its certificate as listed.
 */
function admitStartingBacklog(
  office: ArrivalSource,
  factory: CaseFactory,
  admit: (c: Case, countArrival: boolean) => void,
  claims: readonly StartingClaim[],
): void {
  const start = Date.parse(`${office.config.startDate}T00:00:00Z`);
  const dated = claims.map((claim, i) => ({ claim, i, age: (start - Date.parse(`${claim.arrived}T00:00:00Z`)) / 86_400_000 }));
  dated.sort((a, b) => b.age - a.age || a.i - b.i);
  for (const { claim, age } of dated) {
    const c = factory.next(-Math.max(0, age), claim.complexity);
    c.startingState = { step: STEPS.indexOf(claim.step), certificateComplete: claim.certificateComplete };
    admit(c, false);
  }
}

/**
 * Admit the starting backlog now and schedule random arrivals of new claims.
 * @param admit puts a claim into the office; `countArrival` is false for the starting backlog
 */
export function scheduleArrivals(office: ArrivalSource, factory: CaseFactory, admit: (c: Case, countArrival: boolean) => void): void {
  const sim = office.sim;
  const opts = office.options;
  const d = office.world.demand;
  if (office.config.initialBacklog !== undefined) {
    admitStartingBacklog(office, factory, admit, office.config.initialBacklog);
  } else {
    // the starting backlog: claims that arrived over the last weeks
    const backlog = Math.round(d.initialBacklogWeeks * d.casesPerWeek);
    const ages: number[] = [];
    const backlogRng = office.streams.derive("backlog");
    for (let i = 0; i < backlog; i++) ages.push(backlogRng() * 2 * d.initialBacklogWeeks * 7);
    ages.sort((a, b) => b - a);
    for (const age of ages) admit(factory.next(-age), false);
  }
  // new claims
  const arrivals = office.streams.derive("arrivals");
  const profile = d.weekdayProfile;
  const meanProfile = profile.reduce((a, b) => a + b, 0) / profile.length;
  const base = d.casesPerWeek / 7;
  const startDoy = dayOfYear(office.config.startDate);
  const amp = d.seasonalAmplitude;
  const timeline = office.timeline;
  const firstWeekday = office.calendar.dateOf(0).weekday;
  const weekday = (t: number): number => (((firstWeekday + Math.floor(t)) % 7) + 7) % 7;
  const rate = (t: number): number => {
    const wd = (profile[weekday(t)] as number) / meanProfile;
    const season = 1 + amp * Math.cos((2 * Math.PI * (startDoy + t - d.seasonalPeakDay)) / 365.25);
    return base * wd * season * timeline.demandFactor(t);
  };
  const bound = (t: number): { max: number; until: number } => {
    // no arrivals are needed past the horizon (and none can come when demand is zero)
    if (t >= opts.horizonDays || !(base > 0)) return { max: 0, until: Infinity };
    const day = Math.floor(t);
    const wd = (profile[weekday(day)] as number) / meanProfile;
    return { max: base * wd * (1 + Math.abs(amp)) * timeline.maxDemandFactor(day), until: day + 1 };
  };
  const arrive = (): void => {
    admit(factory.next(sim.now), true);
    const next = nhppNext(arrivals, sim.now, rate, bound);
    if (next < opts.horizonDays) sim.schedule(next - sim.now, arrive);
  };
  const first = nhppNext(arrivals, 0, rate, bound);
  if (first < opts.horizonDays) sim.schedule(first, arrive);
}
