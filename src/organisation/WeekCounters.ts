/*
 * What a unit's management can count during one week — decisions, rejections,
 * lead times from complete documents, call-answer waits, audit outcomes — and
 * the measured figures made from them at the end of the week.
 */
import type { MeasuredFigures } from "../policies/Policy";

/** The measured figures before anything is measured (all NaN). */
export function emptyMeasured(): MeasuredFigures {
  return { decisionsPerHandlerWeek: NaN, leadTimeDays: NaN, callAnswerSeconds: NaN, auditedAccuracy: NaN, rejectionShare: NaN, backlogPerHandler: NaN };
}

/** One week's counts. */
export class WeekCounters {
  /** decisions made */
  decisions = 0;
  /** rejections among them */
  rejections = 0;
  /** summed days from complete documents to decision */
  leadSum = 0;
  /** decisions with complete documents */
  leadN = 0;
  /** summed days callers waited to be answered */
  callWaitSum = 0;
  /** calls answered */
  callN = 0;
  /** decisions audited */
  auditN = 0;
  /** audited decisions found right */
  auditRight = 0;

  /** The week's figures; `deciders` is the number of case handlers (not customer-centre staff). */
  figures(deciders: number, openCases: number): MeasuredFigures {
    return {
      decisionsPerHandlerWeek: this.decisions / deciders,
      leadTimeDays: this.leadN > 0 ? this.leadSum / this.leadN : NaN,
      callAnswerSeconds: this.callN > 0 ? (this.callWaitSum / this.callN) * 86400 : NaN,
      auditedAccuracy: this.auditN > 0 ? this.auditRight / this.auditN : NaN,
      rejectionShare: this.decisions > 0 ? this.rejections / this.decisions : NaN,
      backlogPerHandler: openCases / deciders,
    };
  }

  /** Start a new week. */
  reset(): void {
    this.decisions = this.rejections = this.leadSum = this.leadN = 0;
    this.callWaitSum = this.callN = this.auditN = this.auditRight = 0;
  }
}
