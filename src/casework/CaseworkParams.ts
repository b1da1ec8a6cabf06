/*
 * The parameters of the sickness-insurance world that do not depend on how the
 * office is organised: how many new claims arrive and when, how much work they
 * need, how complete the medical certificates are, how healthcare and citizens
 * behave, how decisions go wrong, and how people learn, tire and leave. Units are
 * in the names: Days are calendar days, Hours are working hours. Figures marked
 * "assumption" in docs/model-card.md were not found in public sources.
 */

/** New claims. */
export interface DemandParams {
  /** mean new sickness-benefit claims per week. @defaultValue 250 (assumption: no figure for new claims per handler was found; chosen so that the 40-person, target-steered standardised office of 2016 is stretched — about 90% of its working time in use, follow-ups of ongoing claims included — as public reports describe, and stays stable; see docs/calibration.md. The office has no working year by default; with one (`office.workingYear`), the same rule applied to the 0.835 of working days people are then at work gives 210) */
  casesPerWeek: number;
  /** relative arrival intensity Monday..Sunday (normalised internally). @defaultValue [1.35, 1.15, 1.05, 1, 0.95, 0.3, 0.2] (assumption) */
  weekdayProfile: number[];
  /** relative amplitude of the yearly cycle (0 = none). @defaultValue 0.1 (assumption) */
  seasonalAmplitude: number;
  /** day of the year (0–365) of the seasonal peak. @defaultValue 45 (mid-February; assumption) */
  seasonalPeakDay: number;
  /** open cases already in the office at the start, in weeks of volume. @defaultValue 1.5 (assumption) */
  initialBacklogWeeks: number;
}

/** What the cases are like. */
export interface CaseMixParams {
  /** mean total handling need of a claim in working hours. @defaultValue 2.5 (assumption) */
  meanNeedHours: number;
  /** spread of need: coefficient of variation of the lognormal need ("variety"). @defaultValue 1 (assumption) */
  variety: number;
  /** need below this multiple of the mean is "simple". @defaultValue 0.6 */
  simpleBelow: number;
  /** need above this multiple of the mean is "complex". @defaultValue 2 */
  complexAbove: number;
  /** shares of the need in the steps registration, certificate check, assessment, decision, payment. @defaultValue [0.1, 0.1, 0.45, 0.15, 0.2] (assumption) */
  stepShares: [number, number, number, number, number];
  /** distance of a typical claim's merit from the line between entitled and not, in units of its spread: merit is ±|meritSeparation + z| (z standard normal), so both the entitled and the not entitled are mostly clear cases and a few lie near the line. @defaultValue 1.5 (assumption) */
  meritSeparation: number;
  /** share of claimants truly entitled. @defaultValue 0.97 (assumption, chosen so that first decisions reject a low single-digit share of new claims, as public figures for the mid-2010s show; see docs/calibration.md) */
  entitledShare: number;
  /** median length of the sick-leave spell in days. @defaultValue 45 (assumption) */
  sickDaysMedian: number;
  /** log-scale spread of the sick-leave length. @defaultValue 1 (assumption) */
  sickDaysSigma: number;
  /** correlation of (log) sick-leave length with (log) need. @defaultValue 0.5 (assumption) */
  needSickCorrelation: number;
  /** day of the sick-leave spell on which the claim reaches the agency. @defaultValue 14 (sjukpenning from day 15; Försäkringskassan) */
  claimDay: number;
  /** mean working hours of a rehabilitation-chain checkpoint assessment. @defaultValue 1.5 (assumption) */
  checkpointHours: number;
  /** days before its due date a checkpoint becomes workable. @defaultValue 14 (assumption, chosen with checkpointInfoShare so that a stretched office does a checkpoint on time in well under three cases of four, as ISF 2015:5 found; see docs/calibration.md) */
  checkpointLeadDays: number;
  /** share of checkpoint assessments that first need information from healthcare or the employer (a new certificate, a plan for return to work); the request is answered after healthcare's answer delay. @defaultValue 1 (assumption: an assessment of work capacity at day 90 or 180 needs current medical information) */
  checkpointInfoShare: number;
  /** days of the sick-leave spell at which the rehabilitation chain requires an assessment. @defaultValue [90, 180] (Socialförsäkringsbalken 27 kap. 46–49 §§; Riksrevisionen RiR 2024:14, section 2.1) */
  checkpointDays: number[];
  /** days between the follow-up events of an ongoing (granted, still sick) claim: a new certificate and a new payment period. @defaultValue 30 (assumption: certificates are usually written for some weeks at a time and benefit is paid monthly) */
  followUpIntervalDays: number;
  /** mean working hours of one follow-up of an ongoing claim (checking the new certificate, paying the period), scaled by √(need/mean need). @defaultValue 0.5 (assumption) */
  followUpHours: number;
  /** share of new claims for which the employer's information or the citizen's own form is not yet in when the claim arrives. @defaultValue 0.4 (assumption) */
  documentsMissingShare: number;
  /** mean days until the missing employer's information or citizen's form arrives (lognormal, coefficient of variation 0.8). @defaultValue 12 (assumption) */
  documentsDelayDays: number;
  /** working hours of the certificate check done again when healthcare answers a completion request, as a share of the claim's certificate-check need. @defaultValue 0.5 (assumption: the file is known, only the new information is read; was a constant in code) */
  recheckShare: number;
  /** working hours of a reconsideration, as a share of the claim's assessment and decision need. @defaultValue 0.5 (assumption: the file is read again in full, but the facts are gathered already; was a constant in code) */
  reconsiderationShare: number;
}

/** Medical certificates and healthcare. */
export interface CertificateParams {
  /** share of certificates complete on arrival. @defaultValue 0.903 (9.7% need completion; Läkartidningen 2017) */
  completeShare: number;
  /** mean days for healthcare to answer a completion request. @defaultValue 10 (assumption) */
  answerDelayDays: number;
  /** coefficient of variation of the answer delay. @defaultValue 0.6 (assumption) */
  answerDelayCv: number;
  /** share of answers that are still incomplete. @defaultValue 0.25 (assumption) */
  stillIncompleteShare: number;
}

/** How citizens behave. */
export interface CitizenParams {
  /** mean days a claimant expects to wait for a decision before chasing. @defaultValue 30 (Försäkringskassan tells applicants a sickness-benefit decision usually takes about 30 days) */
  expectedDecisionDays: number;
  /** days between repeated chasing contacts while still waiting. @defaultValue 7 (assumption) */
  chaseRepeatDays: number;
  /** mean real questions (value demand) per claim, asked within `questionWindowDays` of its arrival whatever the office does. @defaultValue 0.5 (assumption) */
  questionsPerCase: number;
  /** days from a claim's arrival within which its real questions come (each at a uniform time in the window). @defaultValue 21 (assumption: the first three weeks; was a constant in code) */
  questionWindowDays: number;
  /** chance that a follow-up of an ongoing claim (a new period, a payment) brings a real question from the citizen (value demand). @defaultValue 0.2 (assumption) */
  questionsPerFollowUp: number;
  /** chance of a "who has my case?" contact after a handover between handlers. @defaultValue 0.1 (assumption) */
  handoffContactShare: number;
  /** chance a standard letter confuses (fitting case). @defaultValue 0.05 (assumption) */
  letterUnclearBase: number;
  /** added chance of confusion per unit of misfit between a template letter and the case. @defaultValue 0.2 (assumption) */
  letterMisfitSlope: number;
  /** chance a detail lost at a handover is asked for again from the citizen. @defaultValue 0.5 (assumption) */
  reaskShareOfLost: number;
  /** days for a citizen to answer a renewed request. @defaultValue 5 (assumption) */
  replyDays: number;
  /** chance a wrongly rejected claimant asks for reconsideration. @defaultValue 0.5 (assumption) */
  contestWrongRejection: number;
  /** chance a rightly rejected claimant asks for reconsideration. @defaultValue 0.3 (assumption; ~20% of reconsidered decisions change, ISF 2011:3, is an output to check against) */
  contestRightRejection: number;
  /** fewest days between a rejection and the claimant's request for reconsideration. @defaultValue 7 (assumption) */
  contestDelayMinDays: number;
  /** spread of that delay: a uniform number of days up to this is added. @defaultValue 21 (assumption; the request must come within two months, Förvaltningslagen/SFB 113 kap. 7 §) */
  contestDelaySpreadDays: number;
  /** days after a letter is sent that a confused citizen calls about it. @defaultValue 2 (assumption: post and reading time) */
  letterReadDays: number;
  /** chance a claimant whose spell ended before any decision withdraws the claim. @defaultValue 0.05 (assumption) */
  withdrawIfRecovered: number;
}

/** The cost of contacts. */
export interface ContactParams {
  /** working hours of one contact (call). @defaultValue 0.15 (assumption) */
  contactHours: number;
  /** chance the customer centre resolves a matter without the case handler. @defaultValue 0.6 (assumption) */
  customerCentreResolves: number;
  /** chance a back-office call-back (by someone who can open the case) resolves the matter. @defaultValue 0.9 (assumption) */
  callbackResolves: number;
  /** chance an unresolved call is repeated by the citizen. @defaultValue 0.5 (assumption) */
  repeatIfUnresolved: number;
  /** minutes a caller waits in the customer centre's queue before hanging up (and, with repeatIfUnresolved, calling again). @defaultValue 15 (assumption) */
  callPatienceMinutes: number;
  /** hours lost getting back into work after an interruption; moving to another claim costs half of it and moving to another kind of task the other half. @defaultValue 0.1 (assumption) */
  switchHours: number;
  /** fewest days before a citizen whose call was not resolved (or who hung up) calls again. @defaultValue 1 (assumption: the next day at the earliest; was a constant in code) */
  repeatCallMinDays: number;
  /** spread of that delay: a uniform number of days up to this is added. @defaultValue 2 (assumption; was a constant in code) */
  repeatCallSpreadDays: number;
}

/** How decisions go wrong (a signal-detection model; see the model card). */
export interface JudgementParams {
  /** noise of a well-informed, experienced handler's reading of a case. @defaultValue 0.25 (assumption) */
  noise: number;
  /** noise added per unit of effort shortfall (1 = no effort at all). @defaultValue 3 (assumption) */
  shortfallWeight: number;
  /** noise added when certificate information is missing. @defaultValue 1.5 (assumption) */
  missingCertificateWeight: number;
  /** noise added per detail lost at a handover. @defaultValue 0.7 (assumption) */
  lostDetailWeight: number;
  /** noise added directly per unit of pressure. @defaultValue 0 — pressure acts through the policies' responses (choosing easy claims, compressing effort, deciding early), so a target that leaves no room for them does no harm (DESIGN §3) */
  pressureWeight: number;
  /** noise added directly per unit of stress above the baseline. @defaultValue 0 — stress acts on quality through corner-cutting under overload and on turnover */
  stressWeight: number;
  /** noise multiplier added for a complete novice (scaled by 1 − experience). @defaultValue 1 (assumption) */
  inexperienceWeight: number;
  /** spread of handlers' personal leanings (sd on the judgement scale) under full discretion. @defaultValue 0.3 (assumption) */
  judgementSpread: number;
  /** deference of a reconsideration to the decision under review: the re-reading keeps the rejection unless it reads the merit above this (on the judgement scale). @defaultValue 1 (assumption, chosen so that about a fifth of reconsidered decisions change in the before office, as ISF 2011:3 found; see docs/calibration.md) */
  reconsiderationDeference: number;
  /** benefit of the doubt: a claim is rejected only when the reading of its merit is below −rejectMargin (0 = the reading's sign decides). @defaultValue 0.5 (assumption, chosen so that about a fifth of reconsidered decisions change, ISF 2011:3; see docs/calibration.md) */
  rejectMargin: number;
}

/** People: learning, stress, turnover. */
export interface PeopleParams {
  /** extra time a complete novice needs, as a share of the task. @defaultValue 0.5 (assumption) */
  noviceSlowdown: number;
  /** working hours of practice to go from novice to experienced. @defaultValue 1500 (assumption) */
  learningHours: number;
  /** experience of the staff at the start (0..1). @defaultValue 0.8 (assumption) */
  initialExperience: number;
  /** experience of a new hire (0..1). @defaultValue 0.2 (assumption) */
  newHireExperience: number;
  /** spread of experience around the given level when someone is hired (sd). @defaultValue 0.1 (assumption) */
  experienceSpread: number;
  /** spread of personal speed (sd of a multiplier around 1). @defaultValue 0.1 (assumption) */
  speedSpread: number;
  /** yearly leaving rate at zero stress. @defaultValue 0.06 (assumption) */
  baseTurnoverPerYear: number;
  /** log-multiplier of the leaving rate per unit of stress. @defaultValue 1.5 (assumption) */
  stressTurnoverWeight: number;
  /** calendar days to replace a leaver. @defaultValue 90 (assumption) */
  hiringDelayDays: number;
  /** share of the gap to the stress target closed each week. @defaultValue 0.2 (assumption) */
  stressAdaptation: number;
  /** stress target per unit of overload (queued work beyond a week per handler). @defaultValue 0.5 (assumption) */
  overloadStress: number;
  /** stress target per unit of pressure. @defaultValue 0.4 (assumption) */
  pressureStress: number;
  /** stress target relief per unit of autonomy. @defaultValue 0.15 (assumption) */
  autonomyRelief: number;
  /** baseline stress target. @defaultValue 0.2 (assumption) */
  baseStress: number;
  /** effort compression per unit of sustained overload (corner-cutting: a week's queued work beyond a week per head counts 1). @defaultValue 0.25 (assumption) */
  cornerCutting: number;
  /** stress target added per unit of overtime (overtime hours as a share of normal hours). @defaultValue 1 (assumption) */
  overtimeStress: number;
}

/** Every world parameter, grouped. */
export interface CaseworkParams {
  /** new claims */
  demand: DemandParams;
  /** case mix */
  caseMix: CaseMixParams;
  /** certificates and healthcare */
  certificates: CertificateParams;
  /** citizens */
  citizens: CitizenParams;
  /** contacts */
  contacts: ContactParams;
  /** decision quality */
  judgement: JudgementParams;
  /** people */
  people: PeopleParams;
}

/** The defaults of every world parameter (see the model card for sources). */
export const defaultCaseworkParams: Readonly<CaseworkParams> = Object.freeze({
  demand: {
    casesPerWeek: 250,
    weekdayProfile: [1.35, 1.15, 1.05, 1, 0.95, 0.3, 0.2],
    seasonalAmplitude: 0.1,
    seasonalPeakDay: 45,
    initialBacklogWeeks: 1.5,
  },
  caseMix: {
    meanNeedHours: 2.5,
    variety: 1,
    simpleBelow: 0.6,
    complexAbove: 2,
    stepShares: [0.1, 0.1, 0.45, 0.15, 0.2],
    meritSeparation: 1.5,
    entitledShare: 0.97,
    sickDaysMedian: 45,
    sickDaysSigma: 1,
    needSickCorrelation: 0.5,
    claimDay: 14,
    checkpointHours: 1.5,
    checkpointLeadDays: 14,
    checkpointInfoShare: 1,
    checkpointDays: [90, 180],
    followUpIntervalDays: 30,
    followUpHours: 0.5,
    documentsMissingShare: 0.4,
    documentsDelayDays: 12,
    recheckShare: 0.5,
    reconsiderationShare: 0.5,
  },
  certificates: { completeShare: 0.903, answerDelayDays: 10, answerDelayCv: 0.6, stillIncompleteShare: 0.25 },
  citizens: {
    expectedDecisionDays: 30,
    chaseRepeatDays: 7,
    questionsPerCase: 0.5,
    questionWindowDays: 21,
    questionsPerFollowUp: 0.2,
    handoffContactShare: 0.1,
    letterUnclearBase: 0.05,
    letterMisfitSlope: 0.2,
    reaskShareOfLost: 0.5,
    replyDays: 5,
    contestWrongRejection: 0.5,
    contestRightRejection: 0.3,
    contestDelayMinDays: 7,
    contestDelaySpreadDays: 21,
    letterReadDays: 2,
    withdrawIfRecovered: 0.05,
  },
  contacts: {
    contactHours: 0.15,
    customerCentreResolves: 0.6,
    callbackResolves: 0.9,
    repeatIfUnresolved: 0.5,
    callPatienceMinutes: 15,
    switchHours: 0.1,
    repeatCallMinDays: 1,
    repeatCallSpreadDays: 2,
  },
  judgement: {
    noise: 0.25,
    shortfallWeight: 3,
    missingCertificateWeight: 1.5,
    lostDetailWeight: 0.7,
    pressureWeight: 0,
    stressWeight: 0,
    inexperienceWeight: 1,
    judgementSpread: 0.3,
    reconsiderationDeference: 1,
    rejectMargin: 0.5,
  },
  people: {
    noviceSlowdown: 0.5,
    learningHours: 1500,
    initialExperience: 0.8,
    newHireExperience: 0.2,
    experienceSpread: 0.1,
    speedSpread: 0.1,
    baseTurnoverPerYear: 0.06,
    stressTurnoverWeight: 1.5,
    hiringDelayDays: 90,
    stressAdaptation: 0.2,
    overloadStress: 0.5,
    pressureStress: 0.4,
    autonomyRelief: 0.15,
    baseStress: 0.2,
    cornerCutting: 0.25,
    overtimeStress: 1,
  },
}) as CaseworkParams;
