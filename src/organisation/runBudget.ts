/*
 * What one replication of an office will need, estimated from the scenario
 * before anything runs — claims, staff, claims held open at once, pending
 * events and memory — and the budget a run must fit. A scenario beyond the
 * budget is refused with a message naming the fields that drive the estimate,
 * rather than running for hours or ending in an out-of-memory crash; the guards
 * in Office.run stop what the estimate misses (see {@link RUN_BUDGET}).
 */

/** The run budget of one replication (each limit with its reason). */
export const RUN_BUDGET = {
  /** claims created over a run (starting backlog + arrivals): ~2 million take some minutes on one core */
  claims: 2_000_000,
  /** staff over all units: the weekly cycle and task choice visit every handler */
  staff: 20_000,
  /** claims open at once in the worst case (4 KiB each with their pending events: about 1 GiB) */
  openClaims: 250_000,
  /** events waiting in the calendar at once (questions and reminders scheduled per claim) */
  pendingEvents: 10_000_000,
} as const;

/** Bytes held per open claim with its tasks and pending events (measured ~2–3 KiB; rounded up). */
export const BYTES_PER_OPEN_CLAIM = 4096;

/** The parts of an office the estimate reads (a configuration or a validated scenario's office). */
export interface BudgetOffice {
  readonly officeHours?: ReadonlyArray<ReadonlyArray<readonly [number, number]>> | undefined;
  readonly world: {
    readonly demand: { readonly casesPerWeek: number; readonly initialBacklogWeeks: number; readonly seasonalAmplitude: number };
    readonly caseMix: { readonly meanNeedHours: number };
    readonly citizens: { readonly questionsPerCase: number };
  };
  readonly units: ReadonlyArray<{ readonly handlers: number }>;
}

/** A limit of the run budget the scenario exceeds. */
export interface BudgetProblem {
  /** path of the field that drives it most, as in a scenario file ("office.world.demand.casesPerWeek") */
  path: (string | number)[];
  /** that field's value */
  value: unknown;
  /** what is wrong and which fields drive it */
  message: string;
}

/** What a run is estimated to need. */
export interface RunEstimate {
  /** claims created over the run */
  claims: number;
  /** staff over all units */
  staff: number;
  /** claims open at once, worst case (demand beyond a rough capacity piles up) */
  openClaims: number;
  /** events pending at once */
  pendingEvents: number;
  /** memory held, MB */
  memoryMB: number;
  /** one per limit exceeded: the field that drives it most, its value and a message naming every field involved; empty when the run fits */
  problems: BudgetProblem[];
}

/** Default weekly office hours (Mon–Fri 8–12, 13–16.5). */
const DEFAULT_WEEK_HOURS = 37.5;
/** Share of working hours a handler spends on claims, as a rough upper bound (calls, overhead, breaks aside). */
const PRODUCTIVE_SHARE = 0.8;

function fmt(x: number): string {
  if (x >= 1e9) return `${(x / 1e9).toPrecision(3)} billion`;
  return x >= 1e6 ? `${(x / 1e6).toPrecision(3)} million` : String(Math.round(x));
}

/** Estimates what one replication of `office` over `horizonDays` needs, and checks it against {@link RUN_BUDGET}. */
export function estimateRun(office: BudgetOffice, horizonDays: number): RunEstimate {
  const d = office.world.demand;
  const weeks = horizonDays / 7;
  const backlog = d.initialBacklogWeeks * d.casesPerWeek;
  const arrivals = d.casesPerWeek * (1 + d.seasonalAmplitude) * weeks;
  const claims = backlog + arrivals;
  const staff = office.units.reduce((a, u) => a + u.handlers, 0);
  const weekHours = office.officeHours === undefined ? DEFAULT_WEEK_HOURS : office.officeHours.flat().reduce((a, [from, to]) => a + Math.max(0, to - from), 0);
  // claims a week the staff could decide at most; demand beyond it piles up for the whole horizon
  const capacity = (staff * weekHours * PRODUCTIVE_SHARE) / office.world.caseMix.meanNeedHours;
  const excess = Math.max(0, d.casesPerWeek * (1 + d.seasonalAmplitude) - capacity);
  const openClaims = Math.min(claims, backlog + excess * weeks + d.casesPerWeek * 8);
  const questions = office.world.citizens.questionsPerCase;
  const pendingEvents = openClaims * (3 + questions) + staff * 4;
  const memoryMB = (openClaims * BYTES_PER_OPEN_CLAIM + pendingEvents * 100) / 2 ** 20;
  const problems: BudgetProblem[] = [];
  const casesPerWeek = ["office", "world", "demand", "casesPerWeek"];
  const drivers = "world.demand.casesPerWeek × run.horizonDays / 7 + world.demand.initialBacklogWeeks × casesPerWeek";
  if (claims > RUN_BUDGET.claims) {
    problems.push({
      path: casesPerWeek,
      value: d.casesPerWeek,
      message: `about ${fmt(claims)} claims in one replication (${drivers}); the run budget is ${fmt(RUN_BUDGET.claims)}: lower the demand, the backlog or the horizon`,
    });
  }
  if (staff > RUN_BUDGET.staff) {
    problems.push({
      path: ["office", "units"],
      value: staff,
      message: `${fmt(staff)} staff over all units (the sum of units[].handlers); the run budget is ${fmt(RUN_BUDGET.staff)}`,
    });
  }
  if (openClaims > RUN_BUDGET.openClaims && claims <= RUN_BUDGET.claims) {
    problems.push({
      path: casesPerWeek,
      value: d.casesPerWeek,
      message:
        `up to ${fmt(openClaims)} claims open at once (starting backlog world.demand.initialBacklogWeeks × casesPerWeek, and demand beyond ` +
        `the staff's capacity of about ${fmt(capacity)} claims a week from units[].handlers, officeHours and world.caseMix.meanNeedHours, ` +
        `piling up over run.horizonDays), about ${fmt(memoryMB)} MB; the run budget is ${fmt(RUN_BUDGET.openClaims)} open claims`,
    });
  }
  if (pendingEvents > RUN_BUDGET.pendingEvents && openClaims <= RUN_BUDGET.openClaims) {
    problems.push({
      path: ["office", "world", "citizens", "questionsPerCase"],
      value: questions,
      message: `about ${fmt(pendingEvents)} events waiting at once (open claims × (3 + world.citizens.questionsPerCase)); the run budget is ${fmt(RUN_BUDGET.pendingEvents)}`,
    });
  }
  return { claims, staff, openClaims, pendingEvents, memoryMB, problems };
}
