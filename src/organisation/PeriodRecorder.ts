/*
 * The true record of one replication, also period by period (calendar months or
 * quarters): how the office did in the first quarter after a reorganisation,
 * during a surge, over the summer. Each period counts what happened in it:
 * decisions made in it (and their lead times), claims that arrived in it (and
 * how long they took), contacts, the backlog over it, staff stress and leavers.
 * Periods are calendar periods clipped to the measurement window.
 */
import type { Complexity } from "../casework/Case";
import { contactDemand, type ContactReason } from "../casework/ContactReason";
import { civilFromDays, daysFromCivil, parseIsoDate } from "../engine/civilDate";
import { QuantileSketch } from "../stats/QuantileSketch";
import { OfficeRecorder } from "./OfficeRecorder";

/** Length of a reporting period. */
export type PeriodLength = "month" | "quarter";

/** One period's figures (all from the true record). */
export interface PeriodMetrics {
  /** calendar label, e.g. "2026-07" (month) or "2026-Q3" (quarter) */
  label: string;
  /** first day of the period in the window (days after the start date) */
  startDay: number;
  /** end of the period in the window (exclusive) */
  endDay: number;
  /** claims that arrived in the period */
  arrived: number;
  /** first decisions made in the period */
  decided: number;
  /** first decisions per week */
  decisionsPerWeek: number;
  /** mean and 90th percentile of arrival → first decision, decisions made in the period (days) */
  leadTimeDays: { mean: number; p90: number };
  /** mean days to first decision of the claims that arrived in the period (those decided by the horizon) */
  cohortLeadTimeDays: number;
  /** share of the claims that arrived in the period decided by the horizon */
  cohortDecidedShare: number;
  /** share of first decisions made in the period (as communicated, after review) that were right */
  decisionAccuracy: number;
  /** share of citizen contacts in the period that were failure demand */
  failureDemandShare: number;
  /** failure-demand contacts per week */
  failureContactsPerWeek: number;
  /** time-average of open claims over the period */
  backlogMean: number;
  /** open claims at the end of the period */
  backlogEnd: number;
  /** mean staff stress at the weekly cycles in the period */
  stressMean: number;
  /** leavers per head per year in the period */
  turnoverPerYear: number;
}

class Bin {
  arrived = 0;
  decided = 0;
  correct = 0;
  leadSum = 0;
  readonly lead = new QuantileSketch();
  cohortDecided = 0;
  cohortLeadSum = 0;
  value = 0;
  failure = 0;
  openArea = 0;
  openEnd = 0;
  stressSum = 0;
  stressN = 0;
  leavers = 0;
  weeks = 0;
  constructor(
    readonly label: string,
    readonly start: number,
    readonly end: number,
  ) {}
}

/** Calendar periods of `length` from `startDate`, clipped to [from, to). */
export function calendarPeriods(startDate: string, length: PeriodLength, from: number, to: number): Array<{ label: string; start: number; end: number }> {
  const origin = parseIsoDate(startDate);
  if (origin === undefined) throw new RangeError(`periods: start date ${JSON.stringify(startDate)} is not a valid date`);
  const step = length === "month" ? 1 : 3;
  const first = civilFromDays(origin + Math.floor(from));
  let year = first.year;
  let month = length === "month" ? first.month : 3 * Math.floor((first.month - 1) / 3) + 1;
  const out: Array<{ label: string; start: number; end: number }> = [];
  for (;;) {
    const a = daysFromCivil(year, month, 1) - origin;
    const nm = month + step;
    const ny = nm > 12 ? year + 1 : year;
    const nmm = nm > 12 ? nm - 12 : nm;
    const b = daysFromCivil(ny, nmm, 1) - origin;
    if (a >= to) break;
    const label = length === "month" ? `${year}-${String(month).padStart(2, "0")}` : `${year}-Q${(month - 1) / 3 + 1}`;
    if (b > from) out.push({ label, start: Math.max(a, from), end: Math.min(b, to) });
    year = ny;
    month = nmm;
  }
  return out;
}

/** An office recorder that also keeps figures per calendar period. */
export class PeriodRecorder extends OfficeRecorder {
  private readonly bins: Bin[];
  private lastT: number;
  private lastOpen = 0;

  /**
   * @param warmup first day of the window
   * @param horizon last day of the window
   * @param startDate the office's start date (periods follow its calendar)
   * @param length month or quarter
   */
  constructor(warmup: number, horizon: number, startDate: string, length: PeriodLength) {
    super(warmup, horizon);
    this.bins = calendarPeriods(startDate, length, warmup, horizon).map((p) => new Bin(p.label, p.start, p.end));
    this.lastT = warmup;
  }

  private bin(t: number): Bin | undefined {
    const bins = this.bins;
    if (bins.length === 0 || t < bins[0]!.start || t > bins[bins.length - 1]!.end) return undefined;
    let lo = 0;
    let hi = bins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bins[mid]!.start <= t) lo = mid;
      else hi = mid - 1;
    }
    return bins[lo];
  }

  /** Add the open-claims area up to `t` into the periods it spans. */
  private advance(t: number): void {
    if (t <= this.lastT) {
      this.lastOpen = this.openCases;
      return;
    }
    for (const b of this.bins) {
      const a = Math.max(b.start, this.lastT);
      const e = Math.min(b.end, t);
      if (e > a) b.openArea += this.lastOpen * (e - a);
      if (b.end > this.lastT && b.end <= t) b.openEnd = this.lastOpen;
    }
    this.lastT = t;
    this.lastOpen = this.openCases;
  }

  override opened(t: number, countArrival: boolean): void {
    this.advance(t);
    super.opened(t, countArrival);
    this.lastOpen = this.openCases;
    if (countArrival) {
      const b = this.bin(t);
      if (b !== undefined) b.arrived += 1;
    }
  }

  override withdrew(t: number): void {
    this.advance(t);
    super.withdrew(t);
    this.lastOpen = this.openCases;
  }

  override decided(t: number, arrival: number, complexity: Complexity, correct: boolean, agree: boolean, completeAt: number, granted = true): void {
    this.advance(t);
    super.decided(t, arrival, complexity, correct, agree, completeAt, granted);
    this.lastOpen = this.openCases;
    const b = this.bin(t);
    const lead = Math.max(0, t - arrival);
    if (b !== undefined) {
      b.decided += 1;
      if (correct) b.correct += 1;
      b.leadSum += lead;
      b.lead.add(lead);
    }
    const c = this.bin(arrival);
    if (c !== undefined) {
      c.cohortDecided += 1;
      c.cohortLeadSum += lead;
    }
  }

  override contact(t: number, reason: ContactReason): void {
    super.contact(t, reason);
    const b = this.bin(t);
    if (b === undefined) return;
    const demand = contactDemand(reason);
    if (demand === "failure") b.failure += 1;
    else if (demand === "value") b.value += 1;
  }

  override week(t: number, stressLevels: readonly number[]): void {
    this.advance(t);
    super.week(t, stressLevels);
    const b = this.bin(t);
    if (b === undefined) return;
    for (const s of stressLevels) b.stressSum += s;
    b.stressN += stressLevels.length;
    b.weeks += 1;
  }

  override left(t: number): void {
    super.left(t);
    const b = this.bin(t);
    if (b !== undefined) b.leavers += 1;
  }

  /** The periods' figures; call once at the horizon, after the other results. */
  periods(): PeriodMetrics[] {
    this.advance(this.horizon);
    const ratio = (a: number, b: number): number => (b > 0 ? a / b : NaN);
    return this.bins.map((b) => {
      const days = b.end - b.start;
      const weeks = days / 7;
      const headcount = b.weeks > 0 ? b.stressN / b.weeks : 0;
      return {
        label: b.label,
        startDay: b.start,
        endDay: b.end,
        arrived: b.arrived,
        decided: b.decided,
        decisionsPerWeek: ratio(b.decided, weeks),
        leadTimeDays: { mean: ratio(b.leadSum, b.decided), p90: b.decided > 0 ? b.lead.quantile(0.9) : NaN },
        cohortLeadTimeDays: ratio(b.cohortLeadSum, b.cohortDecided),
        cohortDecidedShare: ratio(b.cohortDecided, b.arrived),
        decisionAccuracy: ratio(b.correct, b.decided),
        failureDemandShare: ratio(b.failure, b.failure + b.value),
        failureContactsPerWeek: ratio(b.failure, weeks),
        backlogMean: ratio(b.openArea, days),
        backlogEnd: b.openEnd,
        stressMean: ratio(b.stressSum, b.stressN),
        turnoverPerYear: headcount > 0 ? b.leavers / headcount / (days / 365.25) : NaN,
      };
    });
  }
}
