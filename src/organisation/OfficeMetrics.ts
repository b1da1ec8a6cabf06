/*
 * The result of one replication of an office: the contract other parts of
 * caseflow (experiments, reports, the command) build on. Every figure is computed
 * from the true event record inside the measurement window [warm-up, horizon].
 * Units are in the names or documented. Each key's label, unit, description and
 * better direction are defined once, in the metric table (src/models/office/metricTable.ts),
 * which the README's metrics glossary is generated from; a test checks that the
 * table has exactly the keys an office run reports.
 */

/** Mean and percentiles of a duration in days. */
export interface DurationSummary {
  /** mean (days) */
  mean: number;
  /** median (days) */
  p50: number;
  /** 90th percentile (days) */
  p90: number;
  /** 99th percentile (days) */
  p99: number;
}

/** Where staff time went, as shares of available working time (they add to 1). */
export interface TimeShare {
  /** work on claims, checkpoints, real questions and the office's proactive calls */
  value: number;
  /** work caused by failure demand: chasing, confusion, repeat calls, reconsiderations, asking again */
  failure: number;
  /** registration for measurement, follow-up, quality review */
  measurement: number;
  /** re-reading after handovers and getting back into work after switching */
  handoffs: number;
  /** protected improvement work and healthcare collaboration */
  improvement: number;
  /** available working time not used */
  idle: number;
}

/** What management saw next to what was true, for one measured figure. */
export interface MeasuredVsTrue {
  /** as the measurement regime recorded it */
  measured: number;
  /** from the true event record */
  true: number;
}

/** One replication's outcome. */
export interface OfficeMetrics {
  /** first decisions per week */
  decisionsPerWeek: number;
  /** arrival → first decision, decided cases, in days */
  leadTimeDays: DurationSummary & { byComplexity: Record<"simple" | "standard" | "complex", DurationSummary> };
  /** arrival → first payment, granted and paid cases, in days */
  daysToFirstPayment: DurationSummary;
  /** time-average number of open (undecided) cases */
  backlogMean: number;
  /** open cases at the horizon */
  backlogEnd: number;
  /** share of checkpoints due in the window that were assessed by their due date */
  checkpointsOnTimeShare: number;
  /** share of first decisions (as communicated, after review) that match the true entitlement */
  decisionAccuracy: number;
  /** first-decision accuracy by complexity class (before later reconsideration) */
  accuracyByComplexity: Record<"simple" | "standard" | "complex", number>;
  /** share of decisions a second, randomly chosen handler would have decided alike */
  uniformity: number;
  /** decisions changed after review or reconsideration, per decision */
  reworkShare: number;
  /** share of first decisions in the window that rejected the claim (as communicated, after review) */
  rejectionShare: number;
  /** time-average number of ongoing cases: granted claims whose citizen is still sick (they bring follow-ups and checkpoints) */
  ongoingCasesMean: number;
  /** reconsideration requests per decision */
  reconsiderationShare: number;
  /** share of reconsidered decisions that were changed */
  reconsiderationChangedShare: number;
  /** citizen contacts per arrived case (the office's own calls not included) */
  contactsPerCase: number;
  /** calls the office made to citizens (proactive calls) per arrived case; not demand */
  officeContactsPerCase: number;
  /** share of calls to the customer centre abandoned before being answered */
  abandonedCallShare: number;
  /** share of citizen contacts that are failure demand (the office's own calls not included) */
  failureDemandShare: number;
  /** how staff time split */
  timeShare: TimeShare;
  /** busy share of available working time */
  utilisation: number;
  /** staff hours worked per correct decision */
  hoursPerCorrectDecision: number;
  /** mean staff stress (0 = none, ~1 = severe) */
  stressMean: number;
  /** leavers per head per year */
  turnoverPerYear: number;
  /** cases arrived in the window */
  arrived: number;
  /** first decisions in the window */
  decided: number;
  /** claims withdrawn in the window */
  withdrawn: number;
  /** open cases at the horizon (all arrivals, including the starting backlog) */
  openEnd: number;
  /** all-time counts including the starting backlog: arrived = decided + withdrawn + open */
  totals: { arrived: number; decided: number; withdrawn: number; open: number };
  /** 1 when demand exceeded capacity: the backlog grew through the window (see OfficeRecorder), else 0 */
  unstable: number;
  /** measured figures next to the truth */
  measured: {
    /** decisions per handler per week: counted vs true (the same unless counting is gamed) */
    decisionsPerHandlerWeek: MeasuredVsTrue;
    /** mean days from complete documents to decision (measured) vs from arrival (true) */
    leadTimeDays: MeasuredVsTrue;
    /** seconds to answer, over answered calls (measured) vs including the time callers who hung up had waited (true) */
    callAnswerSeconds: MeasuredVsTrue;
    /** accuracy found by quality review on a sample (measured; NaN without review) vs the true accuracy */
    decisionAccuracy: MeasuredVsTrue;
  };
}

/** Weekly series for charts. */
export interface OfficeSeries {
  /** end-of-week day */
  day: number[];
  /** open cases at the end of each week */
  backlog: number[];
  /** decisions in each week */
  decisions: number[];
  /** value-demand contacts in each week */
  valueContacts: number[];
  /** failure-demand contacts in each week */
  failureContacts: number[];
  /** calls the office made to citizens (proactive calls) in each week */
  officeContacts: number[];
}
