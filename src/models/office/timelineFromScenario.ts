/*
 * The timeline of a validated scenario file as the office model takes it:
 * policy specs become policies, the new organisation of a regime switch becomes
 * a full unit configuration (named like the unit it replaces unless it says
 * otherwise).
 */
import type { TimelineChange } from "../../organisation/TimelineChange";
import { regimeOf } from "../../organisation/regimes/regimeRegistry";
import { unitConfigOf } from "../../organisation/regimes/unitConfigOf";
import type { UnitConfig } from "../../organisation/UnitConfig";
import { policyFromSpec, type PolicySpec } from "../../policies/policyFromSpec";
import type { OfficeScenario } from "./officeScenarioSchema";

/** The dated changes of scenario `s` (empty when it has none). */
export function timelineFromScenario(s: OfficeScenario, units: readonly UnitConfig[]): TimelineChange[] {
  return (s.office.timeline ?? []).map((c): TimelineChange => {
    switch (c.change) {
      case "regime": {
        const unitIndex = typeof c.unit === "number" ? c.unit : units.findIndex((u) => u.name === c.unit);
        const written = c.to as { regime: UnitConfig["regime"]; policies: PolicySpec[]; name?: string | undefined } & Record<string, unknown>;
        const { policies, name, regime, ...rest } = written;
        const over = { ...rest, policies: policies.map((p) => policyFromSpec(p)), name: name ?? units[unitIndex]?.name ?? regime };
        const to = unitConfigOf(regimeOf(regime).defaults, over, `${regime} unit`) as UnitConfig;
        return { change: "regime", at: c.at, unit: c.unit, to, reorganisation: { ...c.reorganisation } };
      }
      case "policies":
        return { change: "policies", at: c.at, unit: c.unit, add: c.add.map((p) => policyFromSpec(p as PolicySpec)), remove: [...c.remove] };
      case "staffing": {
        const out: TimelineChange = { change: "staffing", at: c.at, unit: c.unit, hire: c.hire, leave: c.leave };
        if (c.freezeUntil !== undefined) out.freezeUntil = c.freezeUntil;
        if (c.reinforce !== undefined) out.reinforce = { ...c.reinforce };
        return out;
      }
      case "demand": {
        const out: TimelineChange = { change: "demand", at: c.at, factor: c.factor };
        if (c.until !== undefined) out.until = c.until;
        return out;
      }
      case "upstream": {
        const out: TimelineChange = { change: "upstream", at: c.at };
        if (c.completeShare !== undefined) out.completeShare = c.completeShare;
        if (c.answerDelayDays !== undefined) out.answerDelayDays = c.answerDelayDays;
        if (c.until !== undefined) out.until = c.until;
        return out;
      }
      case "officeHours":
        return { change: "officeHours", at: c.at, hours: c.hours as [number, number][][] };
    }
  });
}
