/*
 * The true event record of one replication, kept as streaming statistics so
 * memory does not grow with the number of cases. Only events inside the
 * measurement window [warm-up, horizon] count; the backlog's time average starts
 * at the warm-up. Lead times are those of decisions made in the window.
 */
import type { Complexity } from "../casework/Case";
import { contactDemand, type ContactReason } from "../casework/ContactReason";
import { TimeWeighted } from "../stats/TimeWeighted";
import { Tally } from "../stats/Tally";
import { backlogRunaway } from "./backlogRunaway";
import { Durations } from "./Durations";
import type { OfficeMetrics, OfficeSeries, TimeShare } from "./OfficeMetrics";

/** Categories of staff time. */
export type TimeCategory = Exclude<keyof TimeShare, "idle">;

/** Collects the true outcome of one replication. */
export class OfficeRecorder {
  private arrivedN = 0;
  private decidedN = 0;
  private correctN = 0;
  private readonly decidedBy: Record<Complexity, number> = { simple: 0, standard: 0, complex: 0 };
  private readonly correctBy: Record<Complexity, number> = { simple: 0, standard: 0, complex: 0 };
  private agreeN = 0;
  private rejectedN = 0;
  private ongoing = 0;
  private readonly ongoingLevel: TimeWeighted;
  private reworkN = 0;
  private reconsideredN = 0;
  private reconsiderChangedN = 0;
  private withdrawnN = 0;
  private checkpointsDue = 0;
  private checkpointsOnTime = 0;
  private valueContacts = 0;
  private failureContacts = 0;
  private officeContacts = 0;
  private readonly lead = new Durations();
  private readonly leadBy: Record<Complexity, Durations> = {
    simple: new Durations(),
    standard: new Durations(),
    complex: new Durations(),
  };
  private readonly pay = new Durations();
  private readonly backlog: TimeWeighted;
  private open = 0;
  private allOpened = 0;
  private allDecided = 0;
  private allWithdrawn = 0;
  private readonly hours: Record<TimeCategory, number> = { value: 0, failure: 0, measurement: 0, handoffs: 0, improvement: 0 };
  private availableHours = 0;
  private readonly stress = new Tally();
  private leavers = 0;
  private headcountWeeks = 0;
  private readonly measuredLead = new Tally();
  private readonly callWait = new Tally();
  private abandonedN = 0;
  private abandonedWait = 0;
  private auditedN = 0;
  private auditedRightN = 0;
  private weekDecisions = 0;
  private weekValue = 0;
  private weekFailure = 0;
  private weekOffice = 0;
  /** weekly series */
  readonly series: OfficeSeries = { day: [], backlog: [], decisions: [], valueContacts: [], failureContacts: [], officeContacts: [] };
  /** contacts by reason, in the window */
  readonly contactsByReason: Partial<Record<ContactReason, number>> = {};

  /**
   * @param warmup first day of the window
   * @param horizon last day of the window
   */
  constructor(
    readonly warmup: number,
    readonly horizon: number,
  ) {
    this.backlog = new TimeWeighted(0, 0);
    this.ongoingLevel = new TimeWeighted(0, 0);
  }

  /** Whether `t` is inside the measurement window. */
  inWindow(t: number): boolean {
    return t >= this.warmup && t <= this.horizon;
  }

  /** Open cases right now. */
  get openCases(): number {
    return this.open;
  }

  /** A case was opened at `t` (counted as arrived only in the window). */
  opened(t: number, countArrival: boolean): void {
    this.open += 1;
    this.allOpened += 1;
    this.backlog.update(t, this.open);
    if (countArrival && this.inWindow(t)) this.arrivedN += 1;
  }

  /** Call once at the warm-up time: restarts the backlog average. */
  startWindow(t: number): void {
    this.backlog.reset(t);
    this.ongoingLevel.reset(t);
  }

  /** A granted claim became an ongoing case at `t` (the citizen is still sick). */
  ongoingStarted(t: number): void {
    this.ongoing += 1;
    this.ongoingLevel.update(t, this.ongoing);
  }

  /** An ongoing case ended at `t` (the sick-leave spell is over). */
  ongoingEnded(t: number): void {
    this.ongoing -= 1;
    this.ongoingLevel.update(t, this.ongoing);
  }

  /** A first decision; `granted` tells whether it granted the claim (after review). */
  decided(t: number, arrival: number, complexity: Complexity, correct: boolean, agree: boolean, completeAt: number, granted = true): void {
    this.open -= 1;
    this.allDecided += 1;
    this.backlog.update(t, this.open);
    this.weekDecisions += 1;
    if (!this.inWindow(t)) return;
    this.decidedN += 1;
    this.decidedBy[complexity] += 1;
    if (correct) {
      this.correctN += 1;
      this.correctBy[complexity] += 1;
    }
    if (agree) this.agreeN += 1;
    if (!granted) this.rejectedN += 1;
    this.lead.add(t - arrival);
    this.leadBy[complexity].add(t - arrival);
    if (completeAt === completeAt) this.measuredLead.add(Math.max(0, t - completeAt));
  }

  /** A decision was changed (review catch or reconsideration) at `t`; `wasWrongNowRight` adjusts accuracy. */
  reworked(t: number, accuracyDelta: number): void {
    if (!this.inWindow(t)) return;
    this.reworkN += 1;
    this.correctN += accuracyDelta;
  }

  /** A reconsideration was decided at `t`. */
  reconsidered(t: number, changed: boolean): void {
    if (!this.inWindow(t)) return;
    this.reconsideredN += 1;
    if (changed) this.reconsiderChangedN += 1;
  }

  /** A first payment at `t` for a case that arrived at `arrival`. */
  paid(t: number, arrival: number): void {
    if (this.inWindow(t)) this.pay.add(t - arrival);
  }

  /** A claim was withdrawn. */
  withdrew(t: number): void {
    this.open -= 1;
    this.allWithdrawn += 1;
    this.backlog.update(t, this.open);
    if (this.inWindow(t)) this.withdrawnN += 1;
  }

  /** A checkpoint due at `due` was assessed at `t`. */
  checkpoint(due: number, t: number): void {
    if (!this.inWindow(due)) return;
    this.checkpointsDue += 1;
    if (t <= due) this.checkpointsOnTime += 1;
  }

  /** Checkpoints due in the window and still not done at the horizon count as late. */
  checkpointMissed(due: number): void {
    if (this.inWindow(due)) this.checkpointsDue += 1;
  }

  /**
   * A contact between a citizen and the office at `t`, for `reason`: the one
   * place contacts are counted. Whether it is value demand, failure demand or
   * a call the office made itself follows from the reason (see CONTACT_REASONS);
   * the office's own calls are kept apart from citizen demand.
   */
  contact(t: number, reason: ContactReason): void {
    const demand = contactDemand(reason);
    if (demand === "failure") this.weekFailure += 1;
    else if (demand === "value") this.weekValue += 1;
    else this.weekOffice += 1;
    if (!this.inWindow(t)) return;
    if (demand === "failure") this.failureContacts += 1;
    else if (demand === "value") this.valueContacts += 1;
    else this.officeContacts += 1;
    this.contactsByReason[reason] = (this.contactsByReason[reason] ?? 0) + 1;
  }

  /** A caller hung up before being answered. */
  callAbandoned(t: number, waitedDays: number): void {
    if (!this.inWindow(t)) return;
    this.abandonedN += 1;
    this.abandonedWait += waitedDays;
  }

  /** How long a caller waited to be answered (days). */
  callAnswered(t: number, waitDays: number): void {
    if (this.inWindow(t)) this.callWait.add(Math.max(0, waitDays));
  }

  /** Staff hours of a category finished at `t`. */
  worked(t: number, category: TimeCategory, hours: number): void {
    if (this.inWindow(t)) this.hours[category] += hours;
  }

  /** Working hours a person was available, already clipped to the window. */
  available(hours: number): void {
    this.availableHours += hours;
  }

  /** A quality review outcome (what management sees of accuracy). */
  audited(t: number, right: boolean): void {
    if (!this.inWindow(t)) return;
    this.auditedN += 1;
    if (right) this.auditedRightN += 1;
  }

  /** Weekly: staff stress levels, headcount and the series point. */
  week(t: number, stressLevels: readonly number[]): void {
    if (this.inWindow(t)) {
      for (const s of stressLevels) this.stress.add(s);
      this.headcountWeeks += stressLevels.length;
    }
    this.series.day.push(t);
    this.series.backlog.push(this.open);
    this.series.decisions.push(this.weekDecisions);
    this.series.valueContacts.push(this.weekValue);
    this.series.failureContacts.push(this.weekFailure);
    this.series.officeContacts.push(this.weekOffice);
    this.weekDecisions = 0;
    this.weekValue = 0;
    this.weekFailure = 0;
    this.weekOffice = 0;
  }

  /** A person left. */
  left(t: number): void {
    if (this.inWindow(t)) this.leavers += 1;
  }

  /** The outcome, with `measuredDecisionsPerHandlerWeek` as management counted it. */
  result(measuredDecisionsPerHandlerWeek: number): OfficeMetrics {
    const weeks = (this.horizon - this.warmup) / 7;
    const busy = this.hours.value + this.hours.failure + this.hours.measurement + this.hours.handoffs + this.hours.improvement;
    const denom = Math.max(this.availableHours, busy);
    // with no working time in the window nothing was measured: shares are NaN, not 0
    const share = (x: number): number => (denom > 0 ? x / denom : NaN);
    const timeShare: TimeShare = {
      value: share(this.hours.value),
      failure: share(this.hours.failure),
      measurement: share(this.hours.measurement),
      handoffs: share(this.hours.handoffs),
      improvement: share(this.hours.improvement),
      idle: share(denom - busy),
    };
    // citizen demand only: the office's own calls are not demand (officeContactsPerCase)
    const contacts = this.valueContacts + this.failureContacts;
    // a share or rate with nothing to measure (no decisions, no calls, no staff) is NaN, never 0
    const ratio = (a: number, b: number): number => (b > 0 ? a / b : NaN);
    const accuracy = ratio(this.correctN, this.decidedN);
    const headcount = weeks > 0 ? this.headcountWeeks / weeks : NaN;
    const backlogMean = this.backlog.mean(this.horizon);
    const trueDecisionsPerHandlerWeek = ratio(this.decidedN, this.headcountWeeks);
    return {
      decisionsPerWeek: ratio(this.decidedN, weeks), // 0 when the window saw no decision (weeks > 0 always)
      leadTimeDays: {
        ...this.lead.summary(),
        byComplexity: {
          simple: this.leadBy.simple.summary(),
          standard: this.leadBy.standard.summary(),
          complex: this.leadBy.complex.summary(),
        },
      },
      daysToFirstPayment: this.pay.summary(),
      backlogMean,
      backlogEnd: this.open,
      checkpointsOnTimeShare: this.checkpointsDue > 0 ? this.checkpointsOnTime / this.checkpointsDue : NaN,
      decisionAccuracy: accuracy,
      accuracyByComplexity: {
        simple: this.decidedBy.simple > 0 ? this.correctBy.simple / this.decidedBy.simple : NaN,
        standard: this.decidedBy.standard > 0 ? this.correctBy.standard / this.decidedBy.standard : NaN,
        complex: this.decidedBy.complex > 0 ? this.correctBy.complex / this.decidedBy.complex : NaN,
      },
      uniformity: ratio(this.agreeN, this.decidedN),
      reworkShare: ratio(this.reworkN, this.decidedN),
      rejectionShare: ratio(this.rejectedN, this.decidedN),
      ongoingCasesMean: this.ongoingLevel.mean(this.horizon),
      reconsiderationShare: ratio(this.reconsideredN, this.decidedN),
      reconsiderationChangedShare: this.reconsideredN > 0 ? this.reconsiderChangedN / this.reconsideredN : NaN,
      contactsPerCase: ratio(contacts, this.arrivedN),
      officeContactsPerCase: ratio(this.officeContacts, this.arrivedN),
      abandonedCallShare: ratio(this.abandonedN, this.abandonedN + this.callWait.count),
      failureDemandShare: ratio(this.failureContacts, contacts),
      timeShare,
      utilisation: denom > 0 ? busy / denom : NaN,
      hoursPerCorrectDecision: this.correctN > 0 ? busy / this.correctN : NaN,
      stressMean: this.stress.count > 0 ? this.stress.mean : NaN,
      turnoverPerYear: headcount > 0 && weeks > 0 ? this.leavers / headcount / (weeks / 52.18) : NaN,
      arrived: this.arrivedN,
      decided: this.decidedN,
      withdrawn: this.withdrawnN,
      openEnd: this.open,
      totals: { arrived: this.allOpened, decided: this.allDecided, withdrawn: this.allWithdrawn, open: this.open },
      unstable: backlogRunaway(this.series, this.warmup, this.open, this.arrivedN),
      measured: {
        decisionsPerHandlerWeek: { measured: measuredDecisionsPerHandlerWeek, true: trueDecisionsPerHandlerWeek },
        leadTimeDays: { measured: this.measuredLead.count > 0 ? this.measuredLead.mean : NaN, true: this.lead.summary().mean },
        callAnswerSeconds: {
          measured: this.callWait.count > 0 ? this.callWait.mean * 86400 : NaN,
          true: this.callWait.count > 0 ? ((this.callWait.sum + this.abandonedWait) / this.callWait.count) * 86400 : NaN,
        },
        decisionAccuracy: { measured: this.auditedN > 0 ? this.auditedRightN / this.auditedN : NaN, true: accuracy },
      },
    };
  }
}
