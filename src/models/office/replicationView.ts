/*
 * One replication seen from inside, built from its event trace: week by
 * week, how many undecided claims stood at each step, how long the claims
 * decided that week had taken, why citizens got in touch, and where staff
 * hours went. Means over replications smooth all of this away; one run shows
 * the queues forming and draining, the Christmas pile-up and the chasing
 * calls that follow a slow week.
 */
import type { TraceEntry } from "../../organisation";

/** One week of the view (weeks end at day 7, 14, …). */
export interface ReplicationWeek {
  /** Simulation day the week ends. */
  endDay: number;
  /** Undecided claims at the end of the week, by the step they were at. */
  backlogByStep: Record<string, number>;
  /** First decisions made in the week. */
  decisions: number;
  /** Mean days from arrival to first decision of the week's decisions (null if none). */
  leadMean: number | null;
  /** 90th percentile of the same (null if none). */
  leadP90: number | null;
  /** Contacts in the week, by reason (the office's own proactive calls included, as reason "proactive"). */
  contacts: Record<string, number>;
  /** Staff hours of tasks finished in the week, by kind of work. */
  staffHours: Record<string, number>;
}

/** One replication's weekly view. */
export interface ReplicationView {
  /** The replication's index. */
  replication: number;
  /** Day 0's calendar date (ISO), when known. */
  startDate?: string;
  /** Days before measuring started. */
  warmupDays: number;
  /** The weeks, in order. */
  weeks: ReplicationWeek[];
}

/** Steps in claim order; a claim is at the step it last started (or waits for healthcare). */
export const CLAIM_STEPS: readonly string[] = ["not yet started", "registration", "certificate check", "waiting for healthcare", "assessment", "decision"];

const STEP_OF_TASK: Record<string, string> = { register: "registration", certificate: "certificate check", assess: "assessment", decide: "decision" };

/**
 * The weekly view of a replication from its trace (from `simulateOffice`
 * with `trace: true`, events in time order).
 */
export function replicationView(
  trace: readonly TraceEntry[],
  run: { replication: number; horizonDays: number; warmupDays: number; startDate?: string },
): ReplicationView {
  const weeks: ReplicationWeek[] = [];
  const open = new Map<number, { arrived: number; step: string }>();
  let week = newWeek(7);
  const leads: number[] = [];
  const close = (): void => {
    for (const s of CLAIM_STEPS) week.backlogByStep[s] = 0;
    for (const c of open.values()) week.backlogByStep[c.step] = (week.backlogByStep[c.step] ?? 0) + 1;
    leads.sort((a, b) => a - b);
    week.decisions = leads.length;
    week.leadMean = leads.length > 0 ? leads.reduce((a, b) => a + b, 0) / leads.length : null;
    week.leadP90 = leads.length > 0 ? leads[Math.min(leads.length - 1, Math.ceil(0.9 * leads.length) - 1)]! : null;
    weeks.push(week);
    leads.length = 0;
    week = newWeek(week.endDay + 7);
  };
  for (const e of trace) {
    while (e.t >= week.endDay && week.endDay <= run.horizonDays) close();
    const [what, a, b] = e.event.split(":");
    const claim = open.get(e.caseId);
    if (what === "arrive") open.set(e.caseId, { arrived: e.t, step: "not yet started" });
    else if (what === "start" && claim !== undefined && a !== undefined && STEP_OF_TASK[a] !== undefined) claim.step = STEP_OF_TASK[a];
    else if (what === "completion-request" && claim !== undefined) claim.step = "waiting for healthcare";
    else if (what === "decide" && claim !== undefined) {
      leads.push(e.t - claim.arrived);
      open.delete(e.caseId);
    } else if (what === "withdrawn") open.delete(e.caseId);
    else if (what === "contact" && a !== undefined) week.contacts[a] = (week.contacts[a] ?? 0) + 1;
    if (what === "end" && a !== undefined && e.hours !== undefined) week.staffHours[a] = (week.staffHours[a] ?? 0) + e.hours;
    void b;
  }
  while (week.endDay <= run.horizonDays) close();
  const view: ReplicationView = { replication: run.replication, warmupDays: run.warmupDays, weeks };
  if (run.startDate !== undefined) view.startDate = run.startDate;
  return view;
}

function newWeek(endDay: number): ReplicationWeek {
  return { endDay, backlogByStep: {}, decisions: 0, leadMean: null, leadP90: null, contacts: {}, staffHours: {} };
}
