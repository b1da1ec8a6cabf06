/*
 * A management policy: how the organisation is steered. The office calls a small
 * set of hooks at fixed moments — each period (pressure), when a handler picks
 * the next task, when effort is set, before waiting for missing information,
 * when a decision is made, when time is registered, when a citizen calls, after a
 * decision (review), and for protected improvement and healthcare collaboration
 * time. A policy is a plain object that fills some of these hooks; a hook left
 * out means "no influence". Policies only ever see the measured figures of their
 * measurement regime and what a handler sees of a task, never the true event
 * record or a claim's latent truth; they get frozen, read-only views, never the
 * model's own objects.
 */
import type { Step } from "../casework/Case";
import type { ContactReason, TaskKind } from "../casework/Task";
import type { Rng } from "../random/Rng";

/** What management sees at the end of each period (a week), per unit. NaN = not measured. */
export interface MeasuredFigures {
  /** decisions counted per handler per week in the last period */
  decisionsPerHandlerWeek: number;
  /** mean lead time in days as measured (from complete documents to decision) */
  leadTimeDays: number;
  /** mean time a caller waited before being answered, in seconds */
  callAnswerSeconds: number;
  /** share of sampled decisions found right by quality review */
  auditedAccuracy: number;
  /** share of decisions that were rejections */
  rejectionShare: number;
  /** open cases per handler at the end of the period */
  backlogPerHandler: number;
}

/**
 * A task as a handler sees it when choosing what to do next: observable facts
 * about the task and its claim, and the handler's own estimates — never the
 * claim's latent truth (its true need, its complexity class, its merit). A
 * policy gets a frozen, read-only view: writing to it throws, and it leads to
 * no model object.
 */
export interface TaskView {
  /** kind of work: a claim step ("register", "certificate", "assess", "decide", "pay") or "checkpoint", "followUp", "contact", "reconsider", "review" */
  readonly kind: TaskKind;
  /** the case's id */
  readonly caseId: number;
  /** day the case arrived */
  readonly arrival: number;
  /** day the task became ready */
  readonly readySince: number;
  /** the handler's estimate of the hours this task needs (the true need seen with the claim's estimate error, about ±30%) */
  readonly expectedHours: number;
  /** the handler's estimate of the hours the whole claim needs (same estimate error as expectedHours) */
  readonly claimExpectedHours: number;
  /** the claim's next step ("register" … "pay"), or "done" once paid */
  readonly claimStep: Step | "done";
  /** whether the certificate still lacks information the office has asked healthcare for */
  readonly certificateMissing: boolean;
  /** whether the claim's documents are complete (the certificate and the employer's and citizen's information are in) */
  readonly documentsComplete: boolean;
  /** calendar-day due date of a checkpoint task, else Infinity */
  readonly due: number;
  /** whether the task exists only because of failure demand */
  readonly failureDemand: boolean;
  /** for a contact: why the citizen got in touch; else null */
  readonly contactReason: ContactReason | null;
  /** whether this is the remaining part of a step escalated to a specialist */
  readonly escalated: boolean;
}

/** What a hook gets to know about where and when it is called. */
export interface PolicyContext {
  /** current time in days */
  readonly now: number;
  /** regime of the unit: "standardised", "team" or the tag of a registered regime */
  readonly regime: string;
  /** unit name */
  readonly unit: string;
  /** the unit's current pressure (0 = none; 1 = strong) */
  readonly pressure: number;
  /** the last period's measured figures for the unit */
  readonly measured: Readonly<MeasuredFigures>;
  /**
   * the world's mean hours of each claim step (registration, certificate check,
   * assessment, decision, payment): mean need × step share — the planning norm
   * head office sizes templates to, not any claim's truth
   */
  readonly typicalStepHours: readonly number[];
  /** the policy's own random stream */
  readonly rng: Rng;
}

/** Kinds of occurrence that can carry registration (measurement) time. */
export type OverheadKind = "case" | "task" | "contact" | "decision";

/** How a call is handled under the policy. */
export interface ContactEffect {
  /** multiplies call duration (< 1: shorter calls) */
  timeFactor: number;
  /** multiplies the chance that a call resolves the citizen's matter */
  resolveFactor: number;
}

/** Quality review settings in force. */
export interface ReviewEffect {
  /** share of decisions sampled */
  share: number;
  /** share of wrong decisions the review catches */
  catchShare: number;
  /** reviewer hours per sampled decision */
  hoursPerReview: number;
  /** how much each review period narrows handlers' judgement spread (0..1) */
  calibration: number;
}

/** Healthcare-collaboration effects in force. */
export interface CertificateEffect {
  /** added to the share of certificates complete the first time (0..1) */
  completenessGain: number;
  /** multiplies healthcare's answer delay (< 1: faster) */
  answerDelayFactor: number;
  /** staff hours per handler per week spent on the collaboration */
  hoursPerHandlerWeek: number;
}

/** A policy: a name plus any of the hooks. Every hook is optional. */
export interface Policy {
  /** name used in results and error messages */
  readonly name: string;
  /** pressure this policy puts on the unit this period (≥ 0), from measured figures */
  pressure?(ctx: PolicyContext): number;
  /** multiplies the unit's responsiveness to pressure (rewards); default 1 */
  pressureGain?(ctx: PolicyContext): number;
  /** choose the next task: an index into `tasks`, or -1 for no opinion */
  selectTask?(tasks: readonly TaskView[], ctx: PolicyContext): number;
  /** multiplies the effort given to a task (≥ 0; < 1 compresses effort below need) */
  effortFactor?(task: TaskView, ctx: PolicyContext): number;
  /** true: decide now without waiting for missing certificate information */
  decideEarly?(task: TaskView, ctx: PolicyContext): boolean;
  /** shift of the decision threshold (negative: more rejections) */
  decisionTilt?(ctx: PolicyContext): number;
  /** registration (measurement) hours per occurrence */
  overheadHours?(kind: OverheadKind, ctx: PolicyContext): number;
  /** registration and follow-up hours per handler per week */
  periodOverheadHours?(ctx: PolicyContext): number;
  /** how calls are handled */
  contact?(ctx: PolicyContext): Partial<ContactEffect>;
  /** quality review in force */
  review?(ctx: PolicyContext): Partial<ReviewEffect>;
  /** share of working time protected for improvement work (0..1) */
  improvementShare?(ctx: PolicyContext): number;
  /** healthcare collaboration in force */
  certificates?(ctx: PolicyContext): Partial<CertificateEffect>;
  /**
   * the figures this measurement regime records; figures no policy records are
   * NaN to every policy (audited accuracy is known whenever decisions are reviewed).
   * When no policy has this hook, every figure is recorded.
   */
  records?(ctx: PolicyContext): readonly (keyof MeasuredFigures)[];
}
