/*
 * What a model tells the report about itself: what each of its metrics is
 * (label, unit, description, which direction is better, theme), which few tell
 * its story, how its themes are titled, which charts show it and how to say a
 * scenario in plain words. The report is generic; a model that carries a
 * ModelReport (ExperimentModel.report) gets labelled tables, a glossary and its
 * own charts, any other model gets its metrics shown by key.
 */
import type { ReportArm } from "./reportArms";
import type { ReportChart } from "./ReportChart";

/**
 * Units a metric can have. The report formats `"share"` (a fraction 0–1 shown
 * as a percentage), `"flag"` (0 or 1, shown as a share of replications),
 * `"days"`, `"hours"`, `"seconds"` and counts specially; any other unit is
 * shown as written.
 */
export type MetricUnit = string;

/** One entry of a model's metric table. */
export interface MetricInfo {
  /** The result key, e.g. `"leadTimeDays.p90"`. */
  key: string;
  /** Plain label without the unit, e.g. `"Lead time, 90th percentile"`. */
  label: string;
  /** Unit of the values. */
  unit: MetricUnit;
  /** One sentence on what is counted. */
  description: string;
  /** Which direction is better; `"neither"` for volumes and splits. */
  better: "lower" | "higher" | "neither";
  /** Theme the metric belongs to (one of {@link ModelReport.themes}). */
  theme: string;
  /**
   * Verb phrases for the summary, `{x}` standing for the size of the
   * difference as a bare number: `less` when the variant's value is lower,
   * `more` when it is higher (e.g. "decided claims {x} sooner on average").
   */
  phrase?: { less: string; more: string };
}

/** A theme heading: report tables group metrics by theme, in this order. */
export interface MetricThemeHeading {
  /** The theme's tag, as in {@link MetricInfo.theme}. */
  theme: string;
  /** The heading shown. */
  title: string;
}

/** Facts about a run that are not in the scenario itself. */
export interface RunFacts {
  /** Model id. */
  model: string;
  /** Number of replications. */
  replications: number;
  /** Root seed. */
  rootSeed: number | string;
}

/** How the report presents one model's results. */
export interface ModelReport {
  /** What `key` is, or `undefined` for keys the model's table does not know. */
  metricInfo(key: string): MetricInfo | undefined;
  /** Theme headings in display order; metrics of other themes go to the last. */
  readonly themes: readonly MetricThemeHeading[];
  /** The metrics that tell a run's story at a glance, shown first, in order. */
  readonly keyMetrics: readonly string[];
  /** The metrics the written summary speaks about (at most four sentences per variant), most important first. @defaultValue keyMetrics */
  readonly headlineMetrics?: readonly string[];
  /** The metrics of the chart of the spread across replications. @defaultValue keyMetrics */
  readonly spreadMetrics?: readonly string[];
  /** The outcomes a sweep chart shows against each swept parameter. @defaultValue keyMetrics */
  readonly sweepMetrics?: readonly string[];
  /** The model's own charts for these arms (charts whose data the result lacks are left out). None by default. */
  charts?(arms: readonly ReportArm[]): ReportChart[];
  /** The scenario in a few plain sentences. None by default (the report then shows no scenario description). */
  describeScenario?(scenario: unknown, facts: RunFacts): string[];
}
