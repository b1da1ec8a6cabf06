/*
 * A claim already open when the simulation starts, as an office's own case
 * register lists it: when it arrived, whether its medical certificate was
 * complete, the step it waits at, and optionally how complex it looks. A list
 * of them replaces the random starting backlog, so a run can start from the
 * office's real queue.
 */
import type { Complexity } from "../casework/Case";

/** Steps an open (undecided) claim can wait at. */
export const STARTING_STEPS = ["register", "certificate", "assess", "decide"] as const;

/** One of {@link STARTING_STEPS}. */
export type StartingStep = (typeof STARTING_STEPS)[number];

/** One open claim of the starting backlog. */
export interface StartingClaim {
  /** ISO date the claim arrived; on or before the office's start date. */
  arrived: string;
  /** Whether the medical certificate is complete (false: the certificate step asks healthcare to complete it). */
  certificateComplete: boolean;
  /** The step the claim waits at; earlier steps count as done. */
  step: StartingStep;
  /**
   * The handler's estimate of the claim's complexity; its work need is drawn
   * within that class. @defaultValue drawn from the case mix like any new claim
   */
  complexity?: Complexity;
}
