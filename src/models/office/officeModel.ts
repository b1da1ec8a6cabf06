/*
 * The office model as the experiment layer runs it (id "office"): a validated
 * scenario becomes an office configuration — policy specs become policies — and
 * one replication becomes a flat record of metrics ("leadTimeDays.p90",
 * "timeShare.value", "measured.leadTimeDays.measured", …) plus weekly series.
 */
import type { ContactReason } from "../../casework/Task";
import { officeConfig, type OfficeConfig } from "../../organisation/OfficeConfig";
import { simulateOffice } from "../../organisation/Office";
import type { StartingClaim } from "../../organisation/StartingClaim";
import type { UnitConfig } from "../../organisation/UnitConfig";
import { policyFromSpec, type PolicySpec } from "../../policies/policyFromSpec";
import type { ExperimentModel, ModelOutput, ReplicationContext } from "../../experiment/ExperimentModel";
import { flattenMetrics, type NestedMetrics } from "../../experiment/flattenMetrics";
import { officeReport } from "./officeReport";
import { getOfficeSchemas, type OfficeScenario, type OfficeScenarioInput } from "./officeScenarioSchema";
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
  if (s.office.officeHours !== undefined) input.officeHours = s.office.officeHours;
  if (s.office.initialBacklog !== undefined) input.initialBacklog = s.office.initialBacklog as StartingClaim[];
  if (s.office.workingYear !== undefined) input.workingYear = s.office.workingYear;
  const config = officeConfig(input);
  const timeline = timelineFromScenario(s, config.units);
  if (timeline.length > 0) config.timeline = timeline;
  return config;
}

function runOffice(s: OfficeScenario, ctx: ReplicationContext, configure?: OfficeConfigure): ModelOutput {
  const config = officeFromScenario(s);
  const run = simulateOffice(configure === undefined ? config : (configure(config, s) ?? config), {
    seed: ctx.rootSeed,
    replication: ctx.replication,
    horizonDays: s.run.horizonDays,
    warmupDays: s.run.warmupDays,
    ...(s.run.periods !== undefined ? { periods: s.run.periods } : {}),
  });
  const metrics = flattenMetrics(run.metrics as unknown as NestedMetrics);
  for (const [reason, n] of Object.entries(run.contactsByReason)) metrics[`contactsByReason.${reason}`] = n;
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
      officeContacts: series.officeContacts,
    },
  };
}

/** Every contact reason; a Record so that a new reason must be added here too. */
const CONTACT_REASONS: Record<ContactReason, true> = {
  "claim-question": true,
  chasing: true,
  "who-has-my-case": true,
  "unclear-letter": true,
  "asked-again": true,
  "repeat-call": true,
  reconsideration: true,
  proactive: true,
};

/** Four weeks without warm-up: they report every metric name a full run reports. */
function probeOffice(s: OfficeScenario): OfficeScenario {
  return { ...s, run: { ...s.run, horizonDays: Math.min(28, s.run.horizonDays), warmupDays: 0 } };
}

/**
 * The sickness-insurance office model. Worker threads find it in the package
 * root (`module: "caseflow"`).
 */
export const officeModel: ExperimentModel<OfficeScenario, OfficeScenarioInput> = {
  id: "office",
  get schema() {
    return getOfficeSchemas().officeScenarioSchema;
  },
  run: (s, ctx) => runOffice(s, ctx),
  probe: probeOffice,
  module: "caseflow",
  // contactsByReason.<reason> is reported only for reasons that occurred.
  occasionalMetrics: Object.keys(CONTACT_REASONS).map((reason) => `contactsByReason.${reason}`),
  report: officeReport,
};

/**
 * Changes an office configuration built from a scenario before each
 * replication runs, e.g. adds user-written policies to its units. It may
 * change `config` in place (it is a fresh object each replication) or return
 * a new one. It must be a pure function of its arguments.
 */
export type OfficeConfigure = (config: OfficeConfig, scenario: OfficeScenario) => OfficeConfig | void;

/** Settings of {@link officeModelWith}. */
export interface OfficeModelWithOptions {
  /** Unique id of the new model (not `"office"`). */
  id: string;
  /**
   * The module that exports the new model, for worker threads (see
   * {@link ExperimentModel.module}); in an ES module, `import.meta.url`.
   * Without it the model runs in the calling thread only. @defaultValue none
   */
  module?: string;
  /** Changes each replication's office configuration, e.g. adds user-written policies. */
  configure: OfficeConfigure;
}

/**
 * The office model with a change to its configuration: the way to run
 * user-written policies (or any change a scenario file cannot say) through the
 * experiment functions. Same schema, probe, metrics and report as
 * {@link officeModel}; with `module` set it runs on worker threads too, with
 * results identical to a run in one thread.
 *
 * @throws TypeError if `id` is not a non-empty string other than "office" or `configure` is not a function
 */
export function officeModelWith(options: OfficeModelWithOptions): ExperimentModel<OfficeScenario, OfficeScenarioInput> {
  const { id, module, configure } = options;
  if (typeof id !== "string" || id === "" || id === officeModel.id) {
    throw new TypeError(`officeModelWith: id must be a non-empty string other than "office", got ${JSON.stringify(id)}`);
  }
  if (typeof configure !== "function") throw new TypeError(`officeModelWith: configure must be a function (config, scenario) => config`);
  if (module !== undefined && (typeof module !== "string" || module === "")) {
    throw new TypeError(`officeModelWith: module must be a module specifier such as import.meta.url, got ${JSON.stringify(module)}`);
  }
  const model: ExperimentModel<OfficeScenario, OfficeScenarioInput> = {
    id,
    get schema() {
      return getOfficeSchemas().officeScenarioSchema;
    },
    run: (s, ctx) => runOffice(s, ctx, configure),
    probe: probeOffice,
    occasionalMetrics: officeModel.occasionalMetrics!,
    report: officeReport,
  };
  return module === undefined ? model : { ...model, module };
}
