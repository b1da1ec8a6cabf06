/*
 * A unit changes its way of working while claims are in progress, as Torsby and
 * Göteborg did: the new organisation takes over the same people and the same
 * open claims. Nobody is re-hired and no claim starts again: people keep their
 * experience, speed and stress; claims keep their progress, documents and
 * waiting; work queued at the old organisation's pools or owners is handed to
 * the new one (claims without an owner get one as a new claim would). A person
 * busy with a task finishes it first and then moves. The new way of working
 * starts its transition dip at the switch and improves from there.
 */
import type { Handler } from "../casework/Handler";
import type { RandomStream } from "../random/RandomStream";
import type { OfficeServices } from "./OfficeServices";
import type { StaffSlot } from "./StaffSlot";
import { regimeOf } from "./regimes/regimeRegistry";
import type { Unit } from "./Unit";
import type { UnitConfig } from "./UnitConfig";

/**
 * The office services as seen by a unit created at a switch: the same office,
 * but random streams derived from `streams`, so that the new unit's streams do
 * not replay those of the unit it replaces.
 */
function withStreams(office: OfficeServices, streams: RandomStream): OfficeServices {
  return new Proxy(office, {
    get(target, prop) {
      if (prop === "streams") return streams;
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/**
 * Replace `old` (the unit in force) by a new unit organised as `to`, now.
 *
 * @param old the unit in force
 * @param to the new organisation; its `handlers` is replaced by the number of open positions of `old`
 * @param streams random streams for the new unit (derive them per switch)
 * @param open the positions of `old` that are not closed (default: all)
 * @returns the new unit, already started; `old.successor` points to it
 */
export function switchRegime(old: Unit, to: UnitConfig, streams: RandomStream, open: readonly StaffSlot[] = old.slots): Unit {
  const office = old.office;
  const now = office.sim.now;
  const config = { ...to, handlers: open.length, policies: [...to.policies] };
  const svc = withStreams(office, streams);
  const fresh: Unit = regimeOf(config.regime, "to.regime").create(old.index, config, svc);
  // the claims: the same life cycle object, now driving the new unit
  fresh.succeed(old);
  // the people: those between tasks move now, the others when their task is done
  const target = new Map<StaffSlot, StaffSlot>();
  const people: Array<Handler | null> = open.map((s, i) => {
    target.set(s, fresh.slots[i] as StaffSlot);
    if (s.handler === null) return null;
    if (s.busy) {
      // work may be queued for them meanwhile
      (fresh.slots[i] as StaffSlot).awaited = true;
      return null;
    }
    const h = s.handler;
    old.creditAvailable(s, now);
    const t = fresh.slots[i] as StaffSlot;
    t.owedMeasurement = s.owedMeasurement;
    t.owedImprovement = s.owedImprovement;
    t.owedReorganisation = s.owedReorganisation;
    s.owedMeasurement = 0;
    s.owedImprovement = 0;
    s.owedReorganisation = 0;
    s.handler = null;
    return h;
  });
  fresh.start(people);
  const release = (slot: StaffSlot): boolean => {
    const t = target.get(slot);
    if (t === undefined || t.handler !== null) {
      // a position closed before the switch: whoever was hired into it meanwhile leaves
      old.leave(slot);
      return true;
    }
    const sim = office.sim;
    old.creditAvailable(slot, sim.now);
    t.handler = slot.handler;
    t.awaited = false;
    t.since = sim.now;
    t.owedMeasurement = slot.owedMeasurement;
    t.owedImprovement = slot.owedImprovement;
    t.owedReorganisation = slot.owedReorganisation;
    slot.owedMeasurement = 0;
    slot.owedImprovement = 0;
    slot.owedReorganisation = 0;
    slot.handler = null;
    fresh.wake(t);
    return true;
  };
  old.hookStaffing({ release });
  refreshManagement(fresh);
  // the queued work, oldest first, as the new organisation takes it over
  fresh.takeOver(old.drainQueued(), old);
  return fresh;
}

/**
 * Management reads last week's figures with the policies now in force: pressure,
 * review, call handling and healthcare collaboration take effect at once rather
 * than at the next weekly cycle.
 */
export function refreshManagement(unit: Unit): void {
  unit.management.applyPolicies(() => unit.ctx());
}
