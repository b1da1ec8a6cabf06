/*
 * What a unit needs from the office it belongs to: the clock and calendar, the
 * world parameters, named random streams, the true-event recorder, and the few
 * office-wide actions (hire a person, pick a second judge for uniformity, make a
 * citizen get in touch, draw healthcare's answer to a request to complete a certificate).
 */
import type { Case } from "../casework/Case";
import type { CaseworkParams } from "../casework/CaseworkParams";
import type { Handler } from "../casework/Handler";
import type { ContactReason } from "../casework/Task";
import type { Simulation } from "../engine/Simulation";
import type { WorkingCalendar } from "../engine/WorkingCalendar";
import type { RandomStream } from "../random/RandomStream";
import type { OfficeRecorder } from "./OfficeRecorder";

/** Services the office offers its units. */
export interface OfficeServices {
  /** the simulation */
  readonly sim: Simulation;
  /** office hours */
  readonly calendar: WorkingCalendar;
  /** world parameters */
  readonly world: CaseworkParams;
  /** the replication's root stream */
  readonly streams: RandomStream;
  /** the true-event record */
  readonly recorder: OfficeRecorder;
  /** hire a person with the given experience */
  hire(experience: number): Handler;
  /** a randomly chosen employed handler other than `notId` with their unit's discretion, for the uniformity check */
  secondJudge(notId: number): { leaning: number } | null;
  /** the citizen of `kase` gets in touch for `reason` at the next office hour after `at` */
  citizenContact(kase: Case, reason: ContactReason, at: number): void;
  /** record a contact about `kase` happening now, whoever started it (the one place contacts are counted and traced) */
  recordContact(kase: Case, reason: ContactReason): void;
  /** whether a trace is kept (callers need not build trace lines when not) */
  readonly tracing: boolean;
  /** add a line to the claim's trace (no-op unless tracing); `hours`: staff hours the event accounts for */
  note(caseId: number, event: string, hours?: number): void;
  /**
   * Healthcare's answer to a request to complete a certificate, drawn now: `delayDays`, the
   * delay from now until the answer arrives (lognormal with mean `answerDelayDays × delayFactor`
   * and CV `answerDelayCv`; 0 when that mean is 0), and whether the answer completes the
   * certificate (chance 1 − `stillIncompleteShare`). `delayFactor` is the unit's
   * `certificates.answerDelayFactor` (a healthcare collaboration shortens it).
   */
  healthcareAnswer(delayFactor: number): { delayDays: number; complete: boolean };
}
