/*
 * How a planning department sizes the pools of a standardised unit: the hours
 * per claim each pool is planned for, from the template hours at specialist
 * speed, handovers, switches and registration overhead, incomplete
 * certificates, the expected checkpoints and follow-ups of granted claims, and
 * the planned contacts with the call-backs they leave for the back office.
 */
import type { OfficeServices } from "../../OfficeServices";
import type { PoolShares, StandardisedUnitConfig } from "./StandardisedUnitConfig";

/** The default planning figure: contacts per claim a standardised office plans its customer centre for (see `StandardisedUnitConfig.plannedContactsPerCase`). */
export const PLANNED_CONTACTS_PER_CASE = 3;

/** Registration hours per occurrence that planning counts with (from the unit's policies). */
export interface PlannedOverhead {
  /** per task */
  task: number;
  /** per new claim (at registration) */
  case: number;
  /** per decision */
  decision: number;
  /** per answered call */
  contact: number;
}

/**
 * Hours per claim planned for each pool: template hours at specialist speed plus
 * a handover, a switch and the registration overhead per step, the re-check of
 * incomplete certificates, the expected checkpoints of granted claims, the
 * planned contacts and the call-backs they leave for the back office.
 */
export function plannedPoolHours(
  config: StandardisedUnitConfig,
  office: OfficeServices,
  templates: readonly number[],
  overhead: PlannedOverhead = { task: 0, case: 0, decision: 0, contact: 0 },
): PoolShares {
  const w = office.world;
  const fast = 1 / (1 + config.specialisationGain);
  const per = config.rereadHours + w.contacts.switchHours + overhead.task;
  const step = (i: number): number => (templates[i] as number) * fast + per;
  const mix = w.caseMix;
  const reach = (day: number): number => 1 - normalCdf(Math.log(day / mix.sickDaysMedian) / mix.sickDaysSigma);
  let reached = 0;
  for (const day of mix.checkpointDays) reached += reach(day);
  const checkpoints = mix.entitledShare * reached;
  // follow-ups of an ongoing claim: one per interval from the claim day while the spell lasts
  let followUps = 0;
  for (let k = 1; k < 400; k++) {
    const r = reach(mix.claimDay + k * mix.followUpIntervalDays);
    followUps += r;
    if (r < 1e-4) break;
  }
  followUps *= mix.entitledShare;
  const planned = {
    register: step(0) + overhead.case,
    certificate: step(1) + (1 - w.certificates.completeShare) * 0.5 * (templates[1] as number) * fast,
    assess: step(2),
    decide: step(3) + overhead.decision,
    pay: mix.entitledShare * step(4),
    checkpoint: checkpoints * (mix.checkpointHours * fast + per) + followUps * (mix.followUpHours * fast + per),
    customerCentre: config.plannedContactsPerCase * (w.contacts.contactHours + overhead.task + overhead.contact),
  };
  // call-backs: planned calls the customer centre cannot resolve and the citizen
  // does not repeat go to the back office, spread like the step work
  const c = w.contacts;
  const callbacks = config.plannedContactsPerCase * (1 - c.customerCentreResolves) * (1 - c.repeatIfUnresolved) * (c.contactHours + per);
  const back = planned.register + planned.certificate + planned.assess + planned.decide + planned.pay;
  if (back > 0) {
    for (const k of ["register", "certificate", "assess", "decide", "pay"] as const) planned[k] += (callbacks * planned[k]) / back;
  }
  return planned;
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26, error < 1.5e-7). */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-z * z);
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}
