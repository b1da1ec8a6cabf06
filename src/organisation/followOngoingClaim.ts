/*
 * The ongoing claim: once a claim is paid, the citizen may stay sick for weeks
 * or months. While they do, the claim stays open and brings a follow-up (a new
 * certificate to check, a new payment period to pay) every
 * `followUpIntervalDays`, now and then with a real question from the citizen;
 * and at the rehabilitation chain's checkpoint days (90 and 180 by default) the
 * office must assess the citizen's work capacity, most often after asking
 * healthcare or the employer for current information first.
 */
import type { Case } from "../casework/Case";
import { Task } from "../casework/Task";
import type { RandomStream } from "../random/RandomStream";
import type { FlowUnit } from "./FlowUnit";
import type { OfficeServices } from "./OfficeServices";

/** What the follow-up of an ongoing claim needs of the claim life cycle that paid it. */
export interface OngoingClaimHost {
  /** office services */
  readonly office: OfficeServices;
  /** the citizen's random stream of the unit (questions, information requests) */
  readonly citizenRng: RandomStream;
  /** checkpoint tasks made but not yet done (counted as missed if due in the window) */
  readonly pendingCheckpoints: Set<Task>;
  /** the unit in force now (it changes at a regime switch, so it is asked each time a task is made) */
  unit(): FlowUnit;
}

/**
 * A claim has just been paid: follow it while the citizen stays sick (see
 * {@link followUpWhileSick}) and schedule its checkpoint assessments (see
 * {@link scheduleCheckpoints}), in that order.
 */
export function followOngoingClaim(c: Case, host: OngoingClaimHost): void {
  followUpWhileSick(c, host);
  scheduleCheckpoints(c, host);
}

/**
 * The granted claim stays open while the citizen is sick: a follow-up every
 * `followUpIntervalDays` from the day the claim reached the agency (one timer
 * at a time), until the spell ends.
 */
export function followUpWhileSick(c: Case, host: OngoingClaimHost): void {
  const office = host.office;
  const mix = office.world.caseMix;
  const sim = office.sim;
  if (!(c.sickEnd > sim.now)) return;
  office.recorder.ongoingStarted(sim.now);
  const start = c.sickStart + mix.claimDay;
  const interval = mix.followUpIntervalDays;
  const hours = mix.followUpHours * Math.sqrt(c.need / mix.meanNeedHours);
  // the first follow-up strictly after now
  let k = Math.max(1, Math.ceil((sim.now - start) / interval + 1e-9));
  const tick = (): void => {
    const at = start + k * interval;
    if (at >= c.sickEnd) {
      sim.schedule(c.sickEnd - sim.now, () => office.recorder.ongoingEnded(sim.now));
      return;
    }
    sim.schedule(at - sim.now, () => {
      k += 1;
      if (c.granted && hours > 0) host.unit().route(new Task("followUp", c, hours, sim.now), null);
      if (c.granted && host.citizenRng() < office.world.citizens.questionsPerFollowUp) office.citizenContact(c, "claim-question", sim.now);
      tick();
    });
  };
  tick();
}

/**
 * The rehabilitation chain's checkpoints of a paid claim whose spell reaches
 * them: each becomes workable `checkpointLeadDays` before its due day, after
 * healthcare's answer when it first needs current information
 * (`checkpointInfoShare`).
 */
export function scheduleCheckpoints(c: Case, host: OngoingClaimHost): void {
  const office = host.office;
  const now = office.sim.now;
  const mix = office.world.caseMix;
  for (const day of mix.checkpointDays) {
    if (c.sickEnd < c.sickStart + day) continue;
    const due = c.sickStart + day;
    const ready = Math.max(now, due - mix.checkpointLeadDays);
    const hours = mix.checkpointHours * Math.sqrt(c.need / mix.meanNeedHours);
    office.sim.schedule(ready - now, () => {
      if (c.withdrawn) return;
      const t = new Task("checkpoint", c, hours, office.sim.now);
      t.due = due;
      host.pendingCheckpoints.add(t);
      // some assessments first need a new certificate or the employer's plan
      if (host.citizenRng() < mix.checkpointInfoShare) {
        const wait = office.healthcareAnswer(host.unit().certificates.answerDelayFactor).delayDays;
        office.sim.schedule(wait, () => {
          if (!c.withdrawn) host.unit().route(t, null);
        });
      } else {
        host.unit().route(t, null);
      }
    });
  }
}
