/*
 * A piece of work a handler can pick up: a step of a claim, a checkpoint
 * assessment, the follow-up of an ongoing claim (a new certificate, a new
 * payment period), a citizen's contact, a reconsideration, a quality review, or time
 * owed to administration or improvement. Tasks carry their latent need in hours;
 * the handler sees only an estimate of it. Tasks are the model's own objects:
 * policies never get them, only a read-only view of what a handler sees
 * (see policies/taskView).
 */
import type { Case } from "./Case";
import { contactDemand, type ContactReason } from "./ContactReason";

// where the reasons are defined (kept importable from here for existing callers)
export type { ContactReason } from "./ContactReason";

/** Kinds of task. The first five are the steps of a claim. */
export type TaskKind = "register" | "certificate" | "assess" | "decide" | "pay" | "checkpoint" | "followUp" | "contact" | "reconsider" | "review";

/** A unit of work in a queue. Times are days, work is hours. */
export class Task {
  /** whether this is the remaining part of an escalated step */
  escalated = false;
  /** calendar-day due date (checkpoints), else Infinity */
  due = Infinity;
  /** day the underlying contact came in (contacts) */
  contactAt = NaN;

  /**
   * @param kind kind of work
   * @param kase the claim it belongs to
   * @param needHours latent hours the work needs
   * @param readySince day it became workable
   * @param reason why the work exists, when a contact caused it: the contact's
   *   reason (contacts), `"reconsideration"` (a reconsideration); `null` for the
   *   claim's own work @defaultValue null
   */
  constructor(
    readonly kind: TaskKind,
    readonly kase: Case,
    public needHours: number,
    readonly readySince: number,
    readonly reason: ContactReason | null = null,
  ) {}

  /** Whether the task exists only because of failure demand: it follows from its reason (see CONTACT_REASONS). */
  get failureDemand(): boolean {
    return this.reason !== null && contactDemand(this.reason) === "failure";
  }

  /** The claim's id. */
  get caseId(): number {
    return this.kase.id;
  }

  /** Day the claim arrived. */
  get arrival(): number {
    return this.kase.arrival;
  }

  /** The handler's estimate of the hours needed. */
  get expectedHours(): number {
    return this.needHours * this.kase.estimateFactor;
  }
}
