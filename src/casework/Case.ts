/*
 * A sickness-benefit claim (a case): its latent truth — how much work it really
 * needs, whether the claimant is entitled, how long the sick leave lasts, whether
 * the medical certificate is complete — and its progress through the office. The
 * truth is what results are scored against; handlers only see estimates of it.
 */

/** Complexity class for reporting, derived from the case's need. */
export type Complexity = "simple" | "standard" | "complex";

/** The complexity classes in reporting order. */
export const COMPLEXITIES: readonly Complexity[] = ["simple", "standard", "complex"];

/** Steps of the claim in order: registration, certificate check, assessment, decision, payment. */
export const STEPS = ["register", "certificate", "assess", "decide", "pay"] as const;

/** One of {@link STEPS}. */
export type Step = (typeof STEPS)[number];

/** A claim with its latent truth and its progress. Times are days, work is hours. */
export class Case {
  /** handler-visible noise factor on need estimates (drawn once) */
  estimateFactor = 1;
  /**
   * The claim's own luck, drawn once when it arrives so that every variant of a
   * scenario treats the same claim with the same luck (common random numbers):
   * the deciding handler's reading error and a second handler's (standard
   * normals), and uniforms for review sampling, review catching and contesting.
   */
  luck = { reading: 0, secondReading: 0, review: 0.5, catch: 0.5, contest: 0.5 };
  /** days after arrival until the employer's information and the citizen's own form are in (0 = in with the claim) */
  documentsDelay = 0;
  /** day the employer's information and the citizen's form are in (set on admission) */
  documentsAt = NaN;
  /** certificate information currently missing (set when the office admits the claim) */
  missingCertificate = false;
  /** whether the certificate was complete on arrival (set on admission) */
  certificateComplete = true;
  /** id of the last person who worked on the case, or -1 */
  lastWorker = -1;
  /** whether the owner has already called the citizen about a delay */
  proactiveDone = false;
  /** details lost at handovers and not recovered */
  lostDetails = 0;
  /** hours of effort given to assessment and decision */
  judgementEffort = 0;
  /** index of the next step in {@link STEPS} (5 = all done) */
  step = 0;
  /** unit the case belongs to */
  unit = -1;
  /** responsible handler's slot, or -1 when nobody owns the case */
  owner = -1;
  /** day the documents were complete (measured lead time starts here), NaN until then */
  completeAt = NaN;
  /** day of the first decision, NaN until decided */
  decidedAt = NaN;
  /** whether the first decision granted the claim */
  granted = false;
  /** whether the current decision is right */
  correct = false;
  /** day of the first payment, NaN until paid */
  paidAt = NaN;
  /** whether the claim was withdrawn */
  withdrawn = false;
  /** day by which the citizen expects a decision */
  expectedBy: number;
  /**
   * For a claim of a given starting backlog: the step index it waits at and
   * whether its certificate is complete (replacing the random draw); null for
   * every other claim.
   */
  startingState: { step: number; certificateComplete: boolean } | null = null;

  /**
   * @param id sequence number
   * @param arrival day the claim arrived
   * @param need total handling need in hours (latent)
   * @param stepNeed need per step in hours (latent)
   * @param complexity class derived from need
   * @param certificateDraw uniform draw deciding certificate completeness on admission (common random numbers)
   * @param sickStart first day of the sick-leave spell
   * @param sickEnd last day of the sick-leave spell
   * @param merit latent strength of the claim; entitled when > 0
   * @param expectedDays days the citizen expects to wait
   */
  constructor(
    readonly id: number,
    readonly arrival: number,
    readonly need: number,
    readonly stepNeed: readonly number[],
    readonly complexity: Complexity,
    readonly certificateDraw: number,
    readonly sickStart: number,
    readonly sickEnd: number,
    readonly merit: number,
    expectedDays: number,
  ) {
    this.expectedBy = arrival + expectedDays;
  }

  /** Whether the claimant is truly entitled. */
  get entitled(): boolean {
    return this.merit > 0;
  }

  /** Whether a first decision has been made. */
  get decided(): boolean {
    return this.decidedAt === this.decidedAt; // not NaN
  }

  /** Whether the case is still open (neither decided nor withdrawn). */
  get open(): boolean {
    return !this.withdrawn && !this.decided;
  }

  /** Sick-leave length in days. */
  get sickDays(): number {
    return this.sickEnd - this.sickStart;
  }
}
