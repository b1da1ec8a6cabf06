/*
 * The office model as the experiment layer runs it (id "office"): a validated
 * scenario becomes an office configuration — policy specs become policies — and
 * one replication becomes a flat record of metrics ("leadTimeDays.p90",
 * "timeShare.value", "measured.leadTimeDays.measured", …) plus weekly series.
 */
import { officeConfig, type OfficeConfig } from "../../organisation/OfficeConfig";
import { simulateOffice } from "../../organisation/Office";
import type { StartingClaim } from "../../organisation/StartingClaim";
import type { UnitConfig } from "../../organisation/UnitConfig";
import { policyFromSpec, type PolicySpec } from "../../policies/policyFromSpec";
import type { ExperimentModel, ModelOutput, ReplicationContext } from "../../experiment/ExperimentModel";
import { flattenMetrics, type NestedMetrics } from "../../experiment/flattenMetrics";
import { officeScenarioSchema, type OfficeScenario, type OfficeScenarioInput } from "./officeScenarioSchema";
import { timelineFromScenario } from "./timelineFromScenario";

/** The office configuration a validated scenario describes. */
export function officeFromScenario(s: OfficeScenario): OfficeConfig {
  const units = s.office.units.map((u) => {
    const { policies, name, ...rest } = u;
    const unit = { ...rest, policies: policies.map((p) => policyFromSpec(p as PolicySpec)) } as Partial<UnitConfig> & { regime: UnitConfig["regime"] };
    if (name !== undefined) unit.name = name;
    return unit;
  });
  const input: Parameters<typeof officeConfig>[0] = {
    startDate: s.office.startDate,
    holidays: s.office.holidays,
    world: s.office.world,
    units,
  };
  if (s.office.officeHours !== undefined) input.officeHours = s.office.officeHours as [number, number][][];
  if (s.office.initialBacklog !== undefined) input.initialBacklog = s.office.initialBacklog as StartingClaim[];
  const config = officeConfig(input);
  const timeline = timelineFromScenario(s, config.units);
  if (timeline.length > 0) config.timeline = timeline;
  return config;
}

function runOffice(s: OfficeScenario, ctx: ReplicationContext): ModelOutput {
  const run = simulateOffice(officeFromScenario(s), {
    seed: ctx.rootSeed,
    replication: ctx.replication,
    horizonDays: s.run.horizonDays,
    warmupDays: s.run.warmupDays,
    ...(s.run.periods !== undefined ? { periods: s.run.periods } : {}),
  });
  const metrics = flattenMetrics(run.metrics as unknown as NestedMetrics);
  for (const [reason, n] of Object.entries(run.contactsByReason)) metrics[`contactsByReason.${reason}`] = n as number;
  for (const p of run.periods ?? []) {
    const { label, ...figures } = p;
    Object.assign(metrics, flattenMetrics(figures as unknown as NestedMetrics, `period.${label}`));
  }
  const series = run.series;
  return {
    metrics,
    series: {
      day: series.day,
      backlog: series.backlog,
      decisions: series.decisions,
      valueContacts: series.valueContacts,
      failureContacts: series.failureContacts,
    },
  };
}

/** The sickness-insurance office model. */
export const officeModel: ExperimentModel<OfficeScenario, OfficeScenarioInput> = {
  id: "office",
  schema: officeScenarioSchema,
  run: runOffice,
  // Four weeks without warm-up report every metric name a full run reports.
  probe: (s) => ({ ...s, run: { ...s.run, horizonDays: Math.min(28, s.run.horizonDays), warmupDays: 0 } }),
};
