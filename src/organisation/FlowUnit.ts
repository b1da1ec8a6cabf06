/*
 * What the claim life cycle (CaseFlow) needs of the unit it drives claims
 * through: where the next task goes, the management effects in force (review,
 * call handling, healthcare collaboration, the decision tilt of its policies),
 * how its handlers' leanings show, its letters and how its contacts resolve,
 * and this week's counters. A narrow seam: CaseFlow knows nothing else of Unit.
 */
import type { Case } from "../casework/Case";
import type { Task } from "../casework/Task";
import type { CertificateEffect, ContactEffect, PolicyContext, ReviewEffect } from "../policies/Policy";
import type { PolicySet } from "../policies/PolicySet";
import type { StaffSlot } from "./StaffSlot";
import type { WeekCounters } from "./WeekCounters";

/** The unit as the claim life cycle sees it. */
export interface FlowUnit {
  /** position of the unit in the office */
  readonly index: number;
  /** policies in force */
  readonly policies: PolicySet;
  /** current pressure */
  readonly pressure: number;
  /** review in force */
  readonly review: ReviewEffect;
  /** call handling in force */
  readonly calls: ContactEffect;
  /** healthcare collaboration in force */
  readonly certificates: CertificateEffect;
  /** counters for this week's measurement */
  readonly week: WeekCounters;
  /** the policy context, refreshed to now */
  ctx(): PolicyContext;
  /** handler leaning as it shows in decisions */
  leaningScale(): number;
  /** put a ready task where it will be done; `from` is the position that made it, if any */
  route(task: Task, from: StaffSlot | null): void;
  /** extra hours to write a decision letter, and its misfit to the case (0..1) */
  letter(c: Case): { hours: number; misfit: number };
  /** chance that the responsible person resolves a contact */
  resolveChance(task: Task): number;
  /** an unresolved contact that the citizen does not repeat is passed on (or dropped) */
  forwardUnresolved(task: Task): void;
}
