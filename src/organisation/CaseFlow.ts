/*
 * The life cycle of a claim, the same in both regimes: registration, certificate
 * check (with completion requests to healthcare while information is missing),
 * assessment, decision (with the uniformity check, review and letters), payment,
 * and afterwards the rehabilitation-chain checkpoints and any reconsideration.
 * Where each next task goes is the unit's business.
 */
import { STEPS, type Case } from "../casework/Case";
import { judge, judgementNoise } from "../casework/judge";
import { Task } from "../casework/Task";
import { standardNormal } from "../random/standardNormal";
import type { RandomStream } from "../random/RandomStream";
import type { OfficeServices } from "./OfficeServices";
import type { StaffSlot } from "./StaffSlot";
import type { Unit } from "./Unit";

/** Drives claims from step to step within one unit. */
export class CaseFlow {
  /** open (undecided, not withdrawn) claims of this unit */
  openCases = 0;
  /** checkpoint tasks not yet done (counted as missed if due in the window) */
  readonly pendingCheckpoints = new Set<Task>();
  private readonly decisionRng: RandomStream;
  private readonly citizenRng: RandomStream;

  /**
   * @param unit the unit
   * @param office office services
   */
  constructor(
    private unit: Unit,
    private readonly office: OfficeServices,
  ) {
    this.decisionRng = office.streams.derive("unit", unit.index, "decision");
    this.citizenRng = office.streams.derive("unit", unit.index, "citizen");
  }

  /** Hand the claims over to `unit`, which takes over at a regime switch (tasks scheduled later go there). */
  moveTo(unit: Unit): void {
    this.unit = unit;
  }

  /** A claim enters the unit: decide certificate completeness and queue registration. */
  admit(c: Case): void {
    const cert = this.office.world.certificates;
    c.unit = this.unit.index;
    c.certificateComplete = c.certificateDraw < Math.min(1, cert.completeShare + this.unit.certificates.completenessGain);
    c.missingCertificate = !c.certificateComplete;
    if (c.certificateComplete) c.completeAt = c.arrival;
    this.openCases += 1;
    this.next(c, 0, null);
  }

  /** Queue step `index` of the claim. */
  next(c: Case, index: number, from: StaffSlot | null): void {
    c.step = index;
    const kind = STEPS[index];
    if (kind === undefined) return;
    this.unit.route(new Task(kind, c, c.stepNeed[index] as number, this.office.sim.now, false), from);
  }

  /** A task has been worked: move the claim on. */
  finish(task: Task, slot: StaffSlot): void {
    const c = task.kase;
    switch (task.kind) {
      case "register":
        this.next(c, 1, slot);
        return;
      case "certificate":
        if (c.missingCertificate && !this.unit.policies.decideEarly(task, this.unit.ctx())) {
          this.requestCompletion(c, slot);
        } else {
          if (!c.missingCertificate && c.completeAt !== c.completeAt) c.completeAt = this.office.sim.now;
          this.next(c, 2, slot);
        }
        return;
      case "assess":
        this.next(c, 3, slot);
        return;
      case "decide":
        this.decide(c, slot);
        return;
      case "pay":
        this.pay(c);
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

  private requestCompletion(c: Case, slot: StaffSlot): void {
    const office = this.office;
    c.waitingOutside = true;
    office.note(c.id, "completion-request");
    this.letterSent(c);
    const answer = office.healthcareAnswer(this.unit.certificates.answerDelayFactor);
    office.sim.schedule(answer.delayDays, () => {
      c.waitingOutside = false;
      if (c.withdrawn) return;
      office.note(c.id, answer.complete ? "certificate-completed" : "certificate-still-incomplete");
      if (answer.complete) {
        c.missingCertificate = false;
        c.completeAt = office.sim.now;
      }
      // the certificate check is done again with the answer (and asks again if still incomplete)
      this.unit.route(new Task("certificate", c, (c.stepNeed[1] as number) * 0.5, office.sim.now, false), slot);
    });
  }

  private letterSent(c: Case): void {
    const cit = this.office.world.citizens;
    const l = this.unit.letter(c);
    if (this.citizenRng() < cit.letterUnclearBase + cit.letterMisfitSlope * l.misfit) {
      this.office.citizenContact(c, "unclear-letter", this.office.sim.now + 2);
    }
  }

  private noise(c: Case, slot: StaffSlot, full: boolean): number {
    const h = slot.handler!;
    const judgementNeed = (c.stepNeed[2] as number) + (c.stepNeed[3] as number);
    const shortfall = full ? 0 : Math.min(1, Math.max(0, 1 - c.judgementEffort / judgementNeed));
    return judgementNoise(this.office.world.judgement, {
      shortfall,
      missingCertificate: full ? false : c.missingCertificate,
      lostDetails: full ? 0 : c.lostDetails,
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
    const tilt = unit.policies.decisionTilt(ctx);
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
      const t = new Task("review", c, review.hoursPerReview, now, false);
      unit.route(t, slot);
      if (!c.correct && c.luck.catch < review.catchShare) {
        caught = true;
        c.granted = !c.granted;
        c.correct = true;
        c.reworked += 1;
      }
    }
    this.openCases -= 1;
    if (office.tracing) office.note(c.id, `decide:${c.granted ? "grant" : "reject"}:${c.correct ? "right" : "wrong"}`);
    office.recorder.decided(now, c.arrival, c.complexity, c.correct, agree, c.completeAt);
    if (caught) office.recorder.reworked(now, 0);
    unit.week.decisions += 1;
    if (!c.granted) unit.week.rejections += 1;
    if (c.completeAt === c.completeAt) {
      unit.week.leadSum += now - c.completeAt;
      unit.week.leadN += 1;
    }
    this.letterSent(c);
    if (c.granted) {
      this.next(c, 4, slot);
    } else {
      this.maybeContest(c);
    }
  }

  private maybeContest(c: Case): void {
    const cit = this.office.world.citizens;
    const p = c.entitled ? cit.contestWrongRejection : cit.contestRightRejection;
    if (c.luck.contest >= p) return;
    const delay = 7 + 21 * this.citizenRng();
    const office = this.office;
    office.citizenContact(c, "reconsideration", office.sim.now + delay);
    office.sim.schedule(delay, () => {
      c.inReconsideration = true;
      const hours = 0.5 * ((c.stepNeed[2] as number) + (c.stepNeed[3] as number));
      this.unit.route(new Task("reconsider", c, hours, office.sim.now, true), null);
    });
  }

  private reconsider(c: Case, slot: StaffSlot): void {
    const office = this.office;
    const unit = this.unit;
    const h = slot.handler!;
    const now = office.sim.now;
    c.inReconsideration = false;
    c.reconsiderations += 1;
    const noise = this.noise(c, slot, true);
    const grant = judge(c.merit, noise, standardNormal(this.decisionRng), h.leaning * unit.leaningScale(), unit.policies.decisionTilt(unit.ctx()));
    const changed = grant !== c.granted;
    office.recorder.reconsidered(now, changed);
    if (!changed) return;
    const wasCorrect = c.correct;
    c.granted = grant;
    c.correct = grant === c.entitled;
    c.reworked += 1;
    // accuracy counts the decision as it stands; a change made inside the window corrects it
    office.recorder.reworked(now, office.recorder.inWindow(c.decidedAt) ? Number(c.correct) - Number(wasCorrect) : 0);
    if (grant && c.paidAt !== c.paidAt) this.next(c, 4, slot);
  }

  private pay(c: Case): void {
    const office = this.office;
    const now = office.sim.now;
    if (c.paidAt !== c.paidAt) {
      c.paidAt = now;
      office.note(c.id, "paid");
      office.recorder.paid(now, c.arrival);
    }
    const mix = office.world.caseMix;
    for (const day of [90, 180]) {
      if (c.sickEnd < c.sickStart + day) continue;
      const due = c.sickStart + day;
      const ready = Math.max(now, due - mix.checkpointLeadDays);
      const hours = mix.checkpointHours * Math.sqrt(c.need / mix.meanNeedHours);
      office.sim.schedule(ready - now, () => {
        if (c.withdrawn) return;
        const t = new Task("checkpoint", c, hours, office.sim.now, false);
        t.due = due;
        this.pendingCheckpoints.add(t);
        this.unit.route(t, null);
      });
    }
  }

  private contactDone(task: Task): void {
    const office = this.office;
    const unit = this.unit;
    const c = task.kase;
    const p = unit.resolveChance(task) * unit.calls.resolveFactor;
    if (this.citizenRng() < p) return;
    if (this.citizenRng() < office.world.contacts.repeatIfUnresolved) {
      office.citizenContact(c, "repeat-call", office.sim.now + 1 + 2 * this.citizenRng());
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
