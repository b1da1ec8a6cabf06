/*
 * What management has in force in a unit, and what it last saw: the policies,
 * the pressure they put on staff, the quality review, call handling and
 * healthcare collaboration they set for the week, the figures management
 * measured last week, the sustained overload that drives corner-cutting, and the
 * overtime ordered. The state changes only through the narrow steps of the
 * weekly cycle (see weeklyManagement), a dated policy change (see Timeline) and
 * a regime switch (see switchRegime); everyone else reads it.
 */
import type { CertificateEffect, ContactEffect, MeasuredFigures, PolicyContext, ReviewEffect } from "../policies/Policy";
import { PolicySet } from "../policies/PolicySet";
import { emptyMeasured } from "./WeekCounters";

/** The management state of one unit. */
export class UnitManagement {
  private policySet: PolicySet;
  private pressureNow = 0;
  private reviewNow: ReviewEffect = { share: 0, catchShare: 0, hoursPerReview: 0, calibration: 0 };
  private callsNow: ContactEffect = { timeFactor: 1, resolveFactor: 1 };
  private certificatesNow: CertificateEffect = { completenessGain: 0, answerDelayFactor: 1, hoursPerHandlerWeek: 0 };
  private measuredNow: MeasuredFigures = emptyMeasured();
  private overloadNow = 0;
  private workRateNow = 1;
  private overtimeYear = 0;
  private decisionSum = 0;
  private weeks = 0;

  /** @param policies the policies in force at the start */
  constructor(policies: PolicySet) {
    this.policySet = policies;
  }

  /** policies in force */
  get policies(): PolicySet {
    return this.policySet;
  }
  /** current pressure (0 = none) @defaultValue 0 until the first weekly cycle */
  get pressure(): number {
    return this.pressureNow;
  }
  /** review in force @defaultValue none */
  get review(): ReviewEffect {
    return this.reviewNow;
  }
  /** call handling in force @defaultValue time and resolution factors 1 */
  get calls(): ContactEffect {
    return this.callsNow;
  }
  /** healthcare collaboration in force @defaultValue none */
  get certificates(): CertificateEffect {
    return this.certificatesNow;
  }
  /** what management saw last week (figures its measurement regime does not record are NaN) */
  get measured(): MeasuredFigures {
    return this.measuredNow;
  }
  /** sustained overload: queued work beyond a week per head, smoothed week by week (drives corner-cutting) */
  get overload(): number {
    return this.overloadNow;
  }
  /** working-time rate this week: 1 + overtime hours / normal hours (+ borrowed hands); 1 = none */
  get workRate(): number {
    return this.workRateNow;
  }
  /** overtime hours per person ordered so far in the current year of the run */
  get overtimeThisYear(): number {
    return this.overtimeYear;
  }
  /** sum over windowed weeks of measured decisions per handler */
  get measuredDecisionSum(): number {
    return this.decisionSum;
  }
  /** number of windowed weeks with a measured decision rate */
  get measuredWeeks(): number {
    return this.weeks;
  }

  /** A dated policy change: `policies` are in force from now. */
  usePolicies(policies: PolicySet): void {
    this.policySet = policies;
  }

  /**
   * The policies set the pressure, then (reading the new pressure through a
   * refreshed context) review, call handling and healthcare collaboration.
   * @param ctx the unit's policy context, refreshed to now and to this state
   */
  applyPolicies(ctx: () => PolicyContext): void {
    this.pressureNow = this.policySet.pressure(ctx());
    const c = ctx();
    this.reviewNow = this.policySet.review(c);
    this.callsNow = this.policySet.contact(c);
    this.certificatesNow = this.policySet.certificates(c);
  }

  /** This week's figures as management measured them. */
  measure(figures: MeasuredFigures): void {
    this.measuredNow = figures;
  }

  /** Figures that the measurement regime does not record become NaN (`keep` says which stay). */
  forget(keep: (key: keyof MeasuredFigures) => boolean): void {
    for (const key of Object.keys(this.measuredNow) as (keyof MeasuredFigures)[]) {
      if (!keep(key)) this.measuredNow[key] = NaN;
    }
  }

  /** Count this week's measured decision rate towards the run's mean (a week inside the measurement window). */
  countWeek(): void {
    if (Number.isNaN(this.measuredNow.decisionsPerHandlerWeek)) return;
    this.decisionSum += this.measuredNow.decisionsPerHandlerWeek;
    this.weeks += 1;
  }

  /** Move the sustained overload a step `rate` towards this week's `overload`. */
  smoothOverload(overload: number, rate: number): void {
    this.overloadNow += rate * (overload - this.overloadNow);
  }

  /** Order overtime for the coming week: `hours` per person, working at `workRate` (1 + overtime share + borrowed hands). */
  orderOvertime(hours: number, workRate: number): void {
    this.overtimeYear += hours;
    this.workRateNow = workRate;
  }

  /** A new year of the run: the overtime counted against the yearly cap starts again. */
  newOvertimeYear(): void {
    this.overtimeYear = 0;
  }

  /** At a regime switch: carry over what management measured and the sustained overload from the unit replaced. */
  inherit(from: UnitManagement): void {
    this.decisionSum = from.decisionSum;
    this.weeks = from.weeks;
    this.overloadNow = from.overloadNow;
    this.measuredNow = from.measuredNow;
  }
}
