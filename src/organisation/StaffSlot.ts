/*
 * A position in a unit: a desk that a handler fills, that stays when the handler
 * leaves and is filled again after a hiring delay. Each position runs one process
 * that takes tasks and works them in office hours.
 */
import type { Handler } from "../casework/Handler";
import type { SimEvent } from "../engine/SimEvent";
import { WorkQueue } from "./WorkQueue";

/** One position and its state. */
export class StaffSlot {
  /** the person in the position, or null while vacant */
  handler: Handler | null = null;
  /** day the current person started (for available-hours accounting) */
  since = 0;
  /** event a waiting (idle or vacant) position waits for */
  wake: SimEvent<unknown> | null = null;
  /** whether it is working a task right now */
  busy = false;
  /** case id of the last task, for switching cost */
  lastCaseId = -1;
  /** kind of the last task, for switching cost */
  lastKind = "";
  /** hours of interruptions to work after the current task, by category */
  interruptValue = 0;
  /** hours of failure-demand interruptions to work after the current task */
  interruptFailure = 0;
  /** measurement and administration hours owed */
  owedMeasurement = 0;
  /** improvement hours owed */
  owedImprovement = 0;
  /** reorganisation hours owed (meetings, fact gathering after a regime switch; see reorganisationTime) */
  owedReorganisation = 0;
  /** personal queue (team owners, specialists' shared queue is the team's) */
  readonly queue = new WorkQueue();
  /** open cases owned (team regime) and their estimated remaining hours */
  ownedLoad = 0;
  /** day management last moved the position to another pool (standardised regime), -Infinity if never */
  movedAt = -Infinity;
  /** vacant only until the person moved here at a regime switch finishes the task in hand: work may be queued for them */
  awaited = false;
  /** the person is to step away (leave, sickness) as soon as the task in hand is done (see WorkingYear) */
  awayPending = false;
  /** the person away from this position (on leave, sick): the position stands empty meanwhile and nobody is hired into it */
  absent: Handler | null = null;
  /**
   * whether the position handles claims (works their steps and decides on them),
   * as its regime sets it: false for a customer-centre agent, who only answers
   * citizens. Deciders count in decisions per handler and may be asked for a
   * second opinion. @defaultValue true
   */
  decides = true;

  /**
   * @param index position number within the unit
   * @param role pool name (standardised) or "owner"/"specialist" (team); changes when management moves the position to another pool
   * @param group pool index or team index; changes with `role`
   */
  constructor(
    readonly index: number,
    public role: string,
    public group: number,
  ) {}
}
