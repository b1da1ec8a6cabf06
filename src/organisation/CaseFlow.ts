/*
 * The life cycle of a claim, the same in both regimes: registration, certificate
 * check (with completion requests to healthcare while information is missing),
 * a wait for the employer's information and the citizen's own form when they are
 * not yet in, assessment, decision (with the uniformity check, review and
 * letters), payment, and afterwards the ongoing claim (follow-ups while the
 * citizen stays sick and the rehabilitation-chain checkpoints; see
 * followOngoingClaim) and any reconsideration. Where each next task goes is the unit's business.
 */
import { STEPS, type Case, type Step } from "../casework/Case";
import { judge, judgementNoise } from "../casework/judge";
import { Task } from "../casework/Task";
import { standardNormal } from "../random/standardNormal";
import type { RandomStream } from "../random/RandomStream";
import type { OfficeServices } from "./OfficeServices";
import type { StaffSlot } from "./StaffSlot";
import type { FlowUnit } from "./FlowUnit";
import { followOngoingClaim, type OngoingClaimHost } from "./followOngoingClaim";

/** Index of each step of a claim in {@link STEPS}. */
const STEP = Object.fromEntries(STEPS.map((s, i) => [s, i])) as Readonly<Record<Step, number>>;

/** Drives claims from step to step within one unit. */
export class CaseFlow {
  /** open (undecided, not withdrawn) claims of this unit */
  openCases = 0;
  /** checkpoint tasks not yet done (counted as missed if due in the window) */
  readonly pendingCheckpoints = new Set<Task>();
  private readonly decisionRng: RandomStream;
  private readonly citizenRng: RandomStream;
  /** what the follow-up of paid claims needs (see followOngoingClaim) */
  private readonly ongoingHost: OngoingClaimHost;

  /**
   * @param unit the unit
   * @param office office services
   */
  constructor(
    private unit: FlowUnit,
    private readonly office: OfficeServices,
  ) {
    this.decisionRng = office.streams.derive("unit", unit.index, "decision");
    this.citizenRng = office.streams.derive("unit", unit.index, "citizen");
    this.ongoingHost = { office, citizenRng: this.citizenRng, pendingCheckpoints: this.pendingCheckpoints, unit: () => this.unit };
  }

  /** Hand the claims over to `unit`, which takes over at a regime switch (tasks scheduled later go there). */
  moveTo(unit: FlowUnit): void {
    this.unit = unit;
  }

  /**
   * A claim enters the unit: decide certificate completeness and queue
   * registration — or, for a claim of a given starting backlog, take both from
   * its starting state and queue the step it waits at.
   */
  admit(c: Case): void {
    const cert = this.office.world.certificates;
    const start = c.startingState;
    c.unit = this.unit.index;
    c.certificateComplete =
      start !== null ? start.certificateComplete : c.certificateDraw < Math.min(1, cert.completeShare + this.unit.certificates.completenessGain);
    c.missingCertificate = !c.certificateComplete;
    c.documentsAt = c.arrival + c.documentsDelay;
    // complete documents: the certificate and the employer's and citizen's information
    if (c.certificateComplete) c.completeAt = c.documentsAt;
    this.openCases += 1;
    this.next(c, start !== null ? start.step : STEP.register, null);
  }

  /** Queue step `index` of the claim. */
  next(c: Case, index: number, from: StaffSlot | null): void {
    c.step = index;
    const kind = STEPS[index];
    if (kind === undefined) return;
    this.unit.route(new Task(kind, c, c.stepNeed[index] as number, this.office.sim.now), from);
  }

  /** A task has been worked: move the claim on. */
  finish(task: Task, slot: StaffSlot): void {
    const c = task.kase;
    switch (task.kind) {
      case "register":
        this.next(c, STEP.certificate, slot);
        return;
      case "certificate":
        if (c.missingCertificate && !this.unit.policies.decideEarly(task, this.unit.ctx())) {
          this.requestCompletion(c, slot);
        } else {
          if (!c.missingCertificate && c.completeAt !== c.completeAt) c.completeAt = Math.max(this.office.sim.now, c.documentsAt);
          this.assessWhenDocumentsIn(c, slot);
        }
        return;
      case "assess":
        this.next(c, STEP.decide, slot);
        return;
      case "decide":
        this.decide(c, slot);
        return;
      case "pay":
        this.pay(c);
        return;
      case "followUp":
        return;
      case "checkpoint":
        this.pendingCheckpoints.delete(task);
        if (this.office.tracing) this.office.note(c.id, `checkpoint-done:due=${task.due}`);
        this.office.recorder.checkpoint(task.due, this.office.sim.now);
        return;
      case "reconsider":
        this.reconsider(c, slot);
        return;
      case "contact":
        this.contactDone(task);
        return;
      case "review":
        return;
    }
  }

  /** Assessment needs the employer's information and the citizen's form: the claim waits outside until they are in. */
  private assessWhenDocumentsIn(c: Case, slot: StaffSlot): void {
    const office = this.office;
    const wait = c.documentsAt - office.sim.now;
    if (!(wait > 0)) {
      this.next(c, STEP.assess, slot);
      return;
    }
    office.note(c.id, "waiting-for-documents");
    office.sim.schedule(wait, () => {
      if (!c.withdrawn) this.next(c, STEP.assess, null);
    });
  }

  private requestCompletion(c: Case, slot: StaffSlot): void {
    const office = this.office;
    office.note(c.id, "completion-request");
    this.letterSent(c);
    const answer = office.healthcareAnswer(this.unit.certificates.answerDelayFactor);
    office.sim.schedule(answer.delayDays, () => {
      if (c.withdrawn) return;
      office.note(c.id, answer.complete ? "certificate-completed" : "certificate-still-incomplete");
      if (answer.complete) {
        c.missingCertificate = false;
        c.completeAt = Math.max(office.sim.now, c.documentsAt);
      }
      // the certificate check is done again with the answer (and asks again if still incomplete)
      this.unit.route(new Task("certificate", c, (c.stepNeed[STEP.certificate] as number) * office.world.caseMix.recheckShare, office.sim.now), slot);
    });
  }

  private letterSent(c: Case): void {
    const cit = this.office.world.citizens;
    const l = this.unit.letter(c);
    if (this.citizenRng() < cit.letterUnclearBase + cit.letterMisfitSlope * l.misfit) {
      this.office.citizenContact(c, "unclear-letter", this.office.sim.now + cit.letterReadDays);
    }
  }

  /** Reading noise of `slot` on the claim; `full` = full effort on the file as it stands (a reconsideration). */
  private noise(c: Case, slot: StaffSlot, full: boolean): number {
    const h = slot.handler!;
    const judgementNeed = (c.stepNeed[STEP.assess] as number) + (c.stepNeed[STEP.decide] as number);
    const shortfall = full ? 0 : Math.min(1, Math.max(0, 1 - c.judgementEffort / judgementNeed));
    return judgementNoise(this.office.world.judgement, {
      shortfall,
      missingCertificate: c.missingCertificate,
      lostDetails: c.lostDetails,
      pressure: this.unit.pressure,
      stress: Math.max(0, h.stress - this.office.world.people.baseStress),
      experience: h.experience,
    });
  }

  private decide(c: Case, slot: StaffSlot): void {
    const office = this.office;
    const unit = this.unit;
    const now = office.sim.now;
    const h = slot.handler!;
    const ctx = unit.ctx();
    const noise = this.noise(c, slot, false);
    // policy tilt plus the benefit of the doubt (reject only a clearly negative reading)
    const tilt = unit.policies.decisionTilt(ctx) + office.world.judgement.rejectMargin;
    const grant = judge(c.merit, noise, c.luck.reading, h.leaning * unit.leaningScale(), tilt);
    // uniformity: the same file read by a second, randomly chosen handler (no time cost)
    const other = office.secondJudge(h.id);
    const agree = other === null ? true : judge(c.merit, noise, c.luck.secondReading, other.leaning, tilt) === grant;
    c.decidedAt = now;
    c.granted = grant;
    c.correct = grant === c.entitled;
    // quality review samples decisions before they go out
    const review = unit.review;
    let caught = false;
    if (review.share > 0 && c.luck.review < review.share) {
      unit.week.auditN += 1;
      if (c.correct) unit.week.auditRight += 1;
      office.recorder.audited(now, c.correct);
      const t = new Task("review", c, review.hoursPerReview, now);
      unit.route(t, slot);
      if (!c.correct && c.luck.catch < review.catchShare) {
        caught = true;
        c.granted = !c.granted;
        c.correct = true;
      }
    }
    this.openCases -= 1;
    if (office.tracing) office.note(c.id, `decide:${c.granted ? "grant" : "reject"}:${c.correct ? "right" : "wrong"}`);
    office.recorder.decided(now, c.arrival, c.complexity, c.correct, agree, c.completeAt, c.granted);
    if (caught) office.recorder.reworked(now, 0);
    unit.week.decisions += 1;
    if (!c.granted) unit.week.rejections += 1;
    if (c.completeAt === c.completeAt) {
      unit.week.leadSum += now - c.completeAt;
      unit.week.leadN += 1;
    }
    this.letterSent(c);
    if (c.granted) {
      this.next(c, STEP.pay, slot);
    } else {
      this.maybeContest(c);
    }
  }

  private maybeContest(c: Case): void {
    const cit = this.office.world.citizens;
    const p = c.entitled ? cit.contestWrongRejection : cit.contestRightRejection;
    if (c.luck.contest >= p) return;
    const delay = cit.contestDelayMinDays + cit.contestDelaySpreadDays * this.citizenRng();
    const office = this.office;
    office.citizenContact(c, "reconsideration", office.sim.now + delay);
    office.sim.schedule(delay, () => {
      const hours = office.world.caseMix.reconsiderationShare * ((c.stepNeed[STEP.assess] as number) + (c.stepNeed[STEP.decide] as number));
      this.unit.route(new Task("reconsider", c, hours, office.sim.now, "reconsideration"), null);
    });
  }

  private reconsider(c: Case, slot: StaffSlot): void {
    const office = this.office;
    const unit = this.unit;
    const h = slot.handler!;
    const now = office.sim.now;
    const noise = this.noise(c, slot, true);
    // the re-reading defers to the decision under review (a rejection stands unless the reading clearly says otherwise)
    const j = office.world.judgement;
    const tilt = unit.policies.decisionTilt(unit.ctx()) + j.rejectMargin + (c.granted ? j.reconsiderationDeference : -j.reconsiderationDeference);
    const grant = judge(c.merit, noise, standardNormal(this.decisionRng), h.leaning * unit.leaningScale(), tilt);
    const changed = grant !== c.granted;
    office.recorder.reconsidered(now, changed);
    if (!changed) return;
    const wasCorrect = c.correct;
    c.granted = grant;
    c.correct = grant === c.entitled;
    // accuracy counts the decision as it stands; a change made inside the window corrects it
    office.recorder.reworked(now, office.recorder.inWindow(c.decidedAt) ? Number(c.correct) - Number(wasCorrect) : 0);
    if (grant && c.paidAt !== c.paidAt) this.next(c, STEP.pay, slot);
  }

  private pay(c: Case): void {
    const office = this.office;
    const now = office.sim.now;
    if (c.paidAt === c.paidAt) return; // paid already (a reconsideration re-granted a paid claim)
    c.paidAt = now;
    office.note(c.id, "paid");
    office.recorder.paid(now, c.arrival);
    followOngoingClaim(c, this.ongoingHost);
  }

  private contactDone(task: Task): void {
    const office = this.office;
    const unit = this.unit;
    const c = task.kase;
    const p = unit.resolveChance(task) * unit.calls.resolveFactor;
    if (this.citizenRng() < p) return;
    const cc = office.world.contacts;
    if (this.citizenRng() < cc.repeatIfUnresolved) {
      office.citizenContact(c, "repeat-call", office.sim.now + cc.repeatCallMinDays + cc.repeatCallSpreadDays * this.citizenRng());
    } else {
      unit.forwardUnresolved(task);
    }
  }

  /** A claim whose spell ended undecided may be withdrawn. */
  maybeWithdraw(c: Case): void {
    if (!c.open) return;
    if (this.citizenRng() < this.office.world.citizens.withdrawIfRecovered) {
      c.withdrawn = true;
      this.office.note(c.id, "withdrawn");
      this.openCases -= 1;
      this.office.recorder.withdrew(this.office.sim.now);
    }
  }
}
