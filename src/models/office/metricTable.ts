/*
 * The one table of what each office metric is: its plain-language label, its
 * unit, a sentence saying what it counts, which direction is better, and the
 * theme it belongs to (speed, quality and legal certainty, citizens, staff,
 * cost). Every label in the report, the command line's tables, the summary and
 * the README's metrics glossary (generated from it, checked by a test) comes
 * from here, and a test checks it has exactly the keys of the office result.
 * Families of metrics (lead time by statistic and complexity class, time shares,
 * contacts by reason, measured figures) are built by rules and are one row of
 * the glossary each.
 */
import type { MetricInfo as GenericMetricInfo } from "../../report/ModelReport";
import { headingOf, labelWithUnit, unitText } from "../../report/metricInfo";
import { CONTACT_REASONS, type ContactReason } from "../../casework/ContactReason";

/** The theme a metric belongs to; report tables are grouped by it, in this order. */
export type MetricTheme = "speed" | "quality" | "citizens" | "staff" | "cost" | "measured" | "volume";

/** Headings of the themes, in display order. */
export const METRIC_THEMES: ReadonlyArray<{ theme: MetricTheme; title: string }> = [
  { theme: "speed", title: "Speed" },
  { theme: "quality", title: "Quality and legal certainty" },
  { theme: "citizens", title: "Citizens" },
  { theme: "staff", title: "Staff" },
  { theme: "cost", title: "Cost" },
  { theme: "measured", title: "What management saw" },
  { theme: "volume", title: "Volumes and checks" },
];

/** Units a metric can have; `share` values are fractions 0–1 shown as percentages. */
export type MetricUnit =
  | "days"
  | "claims"
  | "claims/week"
  | "share"
  | "contacts/claim"
  | "contacts"
  | "hours"
  | "seconds"
  | "index 0–1"
  | "per head/year"
  | "decisions/handler-week"
  | "flag";

/** One metric of the office's table: a model metric entry whose unit and theme are the office's own. */
export interface MetricInfo extends GenericMetricInfo {
  /** Unit of the values. */
  unit: MetricUnit;
  /** Theme the metric belongs to. */
  theme: MetricTheme;
}

type Entry = Omit<MetricInfo, "key">;

const EXACT: Record<string, Entry> = {
  decisionsPerWeek: {
    label: "First decisions per week",
    unit: "claims/week",
    description: "Claims given a first decision per week of the measurement window.",
    better: "higher",
    theme: "speed",
    phrase: { less: "made {x} fewer first decisions a week", more: "made {x} more first decisions a week" },
  },
  backlogMean: {
    label: "Open claims (average)",
    unit: "claims",
    description: "Claims waiting for a first decision, averaged over time in the window.",
    better: "lower",
    theme: "speed",
    phrase: { less: "had {x} fewer claims waiting on average", more: "had {x} more claims waiting on average" },
  },
  backlogEnd: {
    label: "Open claims at the end",
    unit: "claims",
    description: "Claims still undecided when the simulation ended.",
    better: "lower",
    theme: "speed",
  },
  rejectionShare: {
    label: "Rejections",
    unit: "share",
    description: "Share of first decisions in the window that rejected the claim (as communicated, after review).",
    better: "neither",
    theme: "quality",
  },
  ongoingCasesMean: {
    label: "Ongoing cases (average)",
    unit: "claims",
    description: "Granted claims whose claimant is still sick, averaged over time in the window (they bring follow-ups and checkpoints).",
    better: "neither",
    theme: "volume",
  },
  checkpointsOnTimeShare: {
    label: "Checkpoints assessed on time",
    unit: "share",
    description:
      "Share of the rehabilitation chain's checkpoints due in the window (by default at day 90 and 180 of the sick-leave spell) assessed by their due date.",
    better: "higher",
    theme: "quality",
    phrase: { less: "assessed {x} percentage points fewer checkpoints on time", more: "assessed {x} percentage points more checkpoints on time" },
  },
  decisionAccuracy: {
    label: "Right first decisions",
    unit: "share",
    description: "Share of first decisions that match the claimant's true entitlement.",
    better: "higher",
    theme: "quality",
    phrase: { less: "got {x} percentage points fewer first decisions right", more: "got {x} percentage points more first decisions right" },
  },
  uniformity: {
    label: "Uniformity (same case, same decision)",
    unit: "share",
    description: "Share of decisions another handler would have made the same way: equal treatment of equal cases.",
    better: "higher",
    theme: "quality",
    phrase: { less: "decided like cases alike {x} percentage points less often", more: "decided like cases alike {x} percentage points more often" },
  },
  reworkShare: {
    label: "Decisions changed afterwards",
    unit: "share",
    description: "Decisions changed after review or reconsideration, per decision.",
    better: "lower",
    theme: "quality",
    phrase: { less: "had {x} percentage points fewer decisions changed afterwards", more: "had {x} percentage points more decisions changed afterwards" },
  },
  reconsiderationShare: {
    label: "Reconsideration requests",
    unit: "share",
    description: "Requests for reconsideration (omprövning) per decision.",
    better: "lower",
    theme: "quality",
  },
  reconsiderationChangedShare: {
    label: "Reconsiderations that changed the decision",
    unit: "share",
    description: "Share of reconsidered decisions that were changed.",
    better: "lower",
    theme: "quality",
  },
  contactsPerCase: {
    label: "Citizen contacts per claim",
    unit: "contacts/claim",
    description: "Calls and messages from citizens per claim arrived (the office's own proactive calls are not counted: officeContactsPerCase).",
    better: "lower",
    theme: "citizens",
    phrase: { less: "needed {x} fewer citizen contacts per claim", more: "needed {x} more citizen contacts per claim" },
  },
  officeContactsPerCase: {
    label: "Office's own calls per claim",
    unit: "contacts/claim",
    description:
      "Calls the office made to citizens per claim arrived: a team owner's proactive call before a promised date slips. They cost staff time but are not demand, so they count neither in citizen contacts nor in the failure-demand share.",
    better: "neither",
    theme: "citizens",
  },
  abandonedCallShare: {
    label: "Calls abandoned",
    unit: "share",
    description: "Share of calls in which the citizen gave up before being answered.",
    better: "lower",
    theme: "citizens",
  },
  failureDemandShare: {
    label: "Failure demand",
    unit: "share",
    description:
      "Share of citizens' contacts caused by not doing something, or not doing it right, the first time (chasing, \"who has my case?\", unclear letters, being asked again, repeat calls, reconsideration requests); the office's own proactive calls are not counted.",
    better: "lower",
    theme: "citizens",
    phrase: { less: "cut failure demand by {x} percentage points of all contacts", more: "raised failure demand by {x} percentage points of all contacts" },
  },
  utilisation: {
    label: "Staff busy",
    unit: "share",
    description: "Busy share of available working time.",
    better: "neither",
    theme: "staff",
  },
  stressMean: {
    label: "Staff stress",
    unit: "index 0–1",
    description: "Mean staff stress on a scale from 0 (none) to about 1 (severe).",
    better: "lower",
    theme: "staff",
    phrase: { less: "had staff stress {x} lower on the 0–1 scale", more: "had staff stress {x} higher on the 0–1 scale" },
  },
  turnoverPerYear: {
    label: "Staff turnover",
    unit: "per head/year",
    description: "Leavers per head of staff per year.",
    better: "lower",
    theme: "staff",
    phrase: { less: "had {x} fewer leavers per head a year", more: "had {x} more leavers per head a year" },
  },
  hoursPerCorrectDecision: {
    label: "Staff hours per right decision",
    unit: "hours",
    description: "All staff hours (including idle and failure demand) per first decision that was right.",
    better: "lower",
    theme: "cost",
    phrase: { less: "spent {x} fewer staff hours per right decision", more: "spent {x} more staff hours per right decision" },
  },
  arrived: { label: "Claims arrived", unit: "claims", description: "Claims that arrived in the measurement window.", better: "neither", theme: "volume" },
  decided: { label: "First decisions", unit: "claims", description: "First decisions made in the measurement window.", better: "higher", theme: "volume" },
  withdrawn: {
    label: "Claims withdrawn",
    unit: "claims",
    description: "Claims withdrawn by the claimant in the measurement window.",
    better: "lower",
    theme: "citizens",
  },
  openEnd: {
    label: "Open claims at the end (all)",
    unit: "claims",
    description: "Open claims at the horizon, counting every arrival.",
    better: "lower",
    theme: "volume",
  },
  unstable: {
    label: "Runaway backlog",
    unit: "flag",
    description: "1 when demand exceeded capacity in a replication: the backlog kept growing through the window (the mean is the share of such replications).",
    better: "lower",
    theme: "volume",
  },
};

const CLASSES: readonly string[] = ["simple", "standard", "complex"];
const STATS: Record<string, { label: string; text: string }> = {
  mean: { label: "mean", text: "the mean" },
  p50: { label: "median", text: "the median" },
  p90: { label: "90th percentile", text: "the 90th percentile (nine in ten claims are quicker)" },
  p99: { label: "99th percentile", text: "the 99th percentile" },
};
const SHARES: Record<string, { label: string; text: string; better: MetricInfo["better"] }> = {
  value: { label: "value work", text: "work on claims, checkpoints, real questions and the office's own proactive calls", better: "higher" },
  failure: {
    label: "failure demand",
    text: "work caused by failure demand (chasing, confusion, repeat calls, reconsiderations, asking again)",
    better: "lower",
  },
  measurement: { label: "measurement and review", text: "registration for measurement, follow-up and quality review", better: "lower" },
  handoffs: { label: "handovers and switching", text: "re-reading after handovers and getting back into work after switching", better: "lower" },
  improvement: { label: "improvement and collaboration", text: "protected improvement work and healthcare collaboration", better: "neither" },
  idle: { label: "idle", text: "available time not used", better: "neither" },
};
const FIGURES: Record<string, { label: string; unit: MetricUnit; measured: string; true: string }> = {
  decisionsPerHandlerWeek: {
    label: "Decisions per handler-week",
    unit: "decisions/handler-week",
    measured: "as counted",
    true: "true count (the same unless counting is gamed)",
  },
  leadTimeDays: { label: "Lead time (mean)", unit: "days", measured: "from complete documents to decision", true: "from arrival to decision" },
  callAnswerSeconds: {
    label: "Call answer time (mean)",
    unit: "seconds",
    measured: "over answered calls",
    true: "including the time callers who hung up had waited",
  },
  decisionAccuracy: {
    label: "Decision accuracy",
    unit: "share",
    measured: "found by quality review on a sample (NaN without review)",
    true: "the true accuracy",
  },
};
const TOTALS: readonly string[] = ["arrived", "decided", "withdrawn", "open"];

/**
 * One row of the glossary: a single metric, or a family of metrics built by one
 * rule (lead time by statistic and class, time shares, …) whose key is written
 * as a pattern, e.g. `leadTimeDays.{mean,p50,p90,p99}`.
 */
export interface MetricGroup {
  /** The key, or the family's key pattern. */
  key: string;
  /** Unit of the values (`"as named"` for a family whose members differ). */
  unit: MetricUnit | "as named";
  /** Which direction is better; `"neither"` also when it differs inside the family. */
  better: MetricInfo["better"];
  /** What the metric (or the family) counts. */
  description: string;
  /** The metrics of the row, one for a single metric. */
  metrics: readonly MetricInfo[];
}

function single(key: string): MetricGroup {
  const info: MetricInfo = { key, ...(EXACT[key] as Entry) };
  return { key, unit: info.unit, better: info.better, description: info.description, metrics: [info] };
}

function durations(head: "leadTimeDays" | "daysToFirstPayment"): MetricGroup[] {
  const what = head === "leadTimeDays" ? "Lead time" : "Days to first payment";
  const about =
    head === "leadTimeDays"
      ? "Calendar days from a claim's arrival to its first decision, for decisions in the window"
      : "Calendar days from a claim's arrival to its first payment, for granted claims paid in the window";
  const overall = Object.entries(STATS).map(([stat, s]): MetricInfo => {
    const info: MetricInfo = {
      key: `${head}.${stat}`,
      label: `${what}, ${s.label}`,
      unit: "days",
      description: `${about}: ${s.text}.`,
      better: "lower",
      theme: "speed",
    };
    if (head === "leadTimeDays" && stat === "mean")
      info.phrase = { less: "decided claims {x} days sooner on average", more: "decided claims {x} days later on average" };
    if (head === "leadTimeDays" && stat === "p90")
      info.phrase = { less: "cut the wait of the slowest tenth of claims by {x} days", more: "made the slowest tenth of claims wait {x} days longer" };
    if (head === "daysToFirstPayment" && stat === "mean")
      info.phrase = { less: "paid claimants {x} days sooner on average", more: "paid claimants {x} days later on average" };
    return info;
  });
  const statKeys = Object.keys(STATS).join(",");
  const groups: MetricGroup[] = [{ key: `${head}.{${statKeys}}`, unit: "days", better: "lower", description: `${about}.`, metrics: overall }];
  if (head === "leadTimeDays") {
    const byClass = CLASSES.flatMap((cls) =>
      Object.entries(STATS).map(([stat, s]): MetricInfo => ({
        key: `${head}.byComplexity.${cls}.${stat}`,
        label: `${what}, ${cls} claims, ${s.label}`,
        unit: "days",
        description: `${about}, ${cls} claims only: ${s.text}.`,
        better: "lower",
        theme: "speed",
      })),
    );
    groups.push({
      key: `${head}.byComplexity.{${CLASSES.join(",")}}.{${statKeys}}`,
      unit: "days",
      better: "lower",
      description: "The same by complexity class.",
      metrics: byClass,
    });
  }
  return groups;
}

function accuracyByClass(): MetricGroup {
  const metrics = CLASSES.map((cls): MetricInfo => ({
    key: `accuracyByComplexity.${cls}`,
    label: `Right first decisions, ${cls} claims`,
    unit: "share",
    description: `Share of first decisions on ${cls} claims that match the true entitlement (before any later reconsideration).`,
    better: "higher",
    theme: "quality",
  }));
  return {
    key: `accuracyByComplexity.{${CLASSES.join(",")}}`,
    unit: "share",
    better: "higher",
    description: "Right first decisions by complexity class (before any later reconsideration).",
    metrics,
  };
}

function timeShares(): MetricGroup {
  const metrics = Object.entries(SHARES).map(([k, s]): MetricInfo => ({
    key: `timeShare.${k}`,
    label: `Working time: ${s.label}`,
    unit: "share",
    description: `Share of available working time spent on ${s.text}.`,
    better: s.better,
    theme: "staff",
  }));
  const parts = Object.entries(SHARES)
    .map(([k, s]) => `${k}: ${s.text}`)
    .join("; ");
  return {
    key: `timeShare.{${Object.keys(SHARES).join(",")}}`,
    unit: "share",
    better: "neither",
    description: `How available staff time split; the six add to 1 (${parts}).`,
    metrics,
  };
}

function measuredFigures(): MetricGroup {
  const metrics = Object.entries(FIGURES).flatMap(([k, f]): MetricInfo[] => [
    {
      key: `measured.${k}.measured`,
      label: `${f.label}, as measured`,
      unit: f.unit,
      description: `${f.label} as the measurement regime recorded it (what management saw): ${f.measured}.`,
      better: "neither",
      theme: "measured",
    },
    {
      key: `measured.${k}.true`,
      label: `${f.label}, true value`,
      unit: f.unit,
      description: `${f.label} from the full event record: ${f.true}.`,
      better: "neither",
      theme: "measured",
    },
  ]);
  return {
    key: `measured.{${Object.keys(FIGURES).join(",")}}.{measured,true}`,
    unit: "as named",
    better: "neither",
    description: "What management saw next to the truth, for each figure it measures (NaN: the measurement regime does not record it).",
    metrics,
  };
}

function contactReasons(): MetricGroup {
  const kind = { value: "value demand", failure: "failure demand", office: "the office's own call, not demand" } as const;
  const metrics = (Object.entries(CONTACT_REASONS) as Array<[ContactReason, (typeof CONTACT_REASONS)[ContactReason]]>).map(([reason, r]): MetricInfo => {
    const words = reason.replace(/-/g, " ");
    return {
      key: `contactsByReason.${reason}`,
      label: `Contacts: ${words}`,
      unit: "contacts",
      description: `Contacts in the window whose reason was "${words}": ${r.description} (${kind[r.demand]}).`,
      better: r.demand === "failure" ? "lower" : "neither",
      theme: "citizens",
    };
  });
  const of = (d: keyof typeof kind): string =>
    Object.entries(CONTACT_REASONS)
      .filter(([, r]) => r.demand === d)
      .map(([k]) => k)
      .join(", ");
  return {
    key: `contactsByReason.<reason>`,
    unit: "contacts",
    better: "neither",
    description: `Contacts in the window by reason. Value demand: ${of("value")}; failure demand: ${of("failure")}; the office's own calls (not demand, outside contactsPerCase and failureDemandShare): ${of("office")}.`,
    metrics,
  };
}

function totals(): MetricGroup {
  const metrics = TOTALS.map((a): MetricInfo => ({
    key: `totals.${a}`,
    label: `All-time ${a} claims`,
    unit: "claims",
    description: `Claims ${a} over the whole run, warm-up and starting backlog included.`,
    better: "neither",
    theme: "volume",
  }));
  return {
    key: `totals.{${TOTALS.join(",")}}`,
    unit: "claims",
    better: "neither",
    description: "All-time counts, warm-up and starting backlog included: arrived = decided + withdrawn + open.",
    metrics,
  };
}

/**
 * The office model's metrics, one glossary row each (families of metrics
 * built by one rule are one row), in the order of the result type
 * (`OfficeMetrics`), then contacts by reason.
 */
export const OFFICE_METRIC_GROUPS: readonly MetricGroup[] = [
  single("decisionsPerWeek"),
  ...durations("leadTimeDays"),
  ...durations("daysToFirstPayment"),
  single("backlogMean"),
  single("backlogEnd"),
  single("checkpointsOnTimeShare"),
  single("decisionAccuracy"),
  accuracyByClass(),
  single("uniformity"),
  single("reworkShare"),
  single("rejectionShare"),
  single("ongoingCasesMean"),
  single("reconsiderationShare"),
  single("reconsiderationChangedShare"),
  single("contactsPerCase"),
  single("officeContactsPerCase"),
  single("abandonedCallShare"),
  single("failureDemandShare"),
  timeShares(),
  single("utilisation"),
  single("hoursPerCorrectDecision"),
  single("stressMean"),
  single("turnoverPerYear"),
  single("arrived"),
  single("decided"),
  single("withdrawn"),
  single("openEnd"),
  totals(),
  single("unstable"),
  measuredFigures(),
  contactReasons(),
];

/** Every metric of the office model, one entry per result key. */
export const OFFICE_METRICS: readonly MetricInfo[] = OFFICE_METRIC_GROUPS.flatMap((g) => g.metrics);

const byKey = new Map(OFFICE_METRICS.map((m) => [m.key, m]));

/**
 * What `key` is, from the metric table; `undefined` for metrics it does not
 * know (other models, new metrics), which the report then shows by key.
 */
export function metricInfo(key: string): MetricInfo | undefined {
  return byKey.get(key);
}

/** The label of `key` with its unit, e.g. "Lead time, mean (days)"; the key itself when unknown. */
export function metricLabel(key: string): string {
  return labelWithUnit(metricInfo(key), key);
}

/**
 * A heading naming `key` by its label and its key, for tables of raw values
 * (sensitivity measures, regime maps), e.g. "Failure demand — failureDemandShare";
 * the key itself when unknown.
 */
export function metricHeading(key: string): string {
  return headingOf(metricInfo(key), key);
}

export { unitText };

/** The theme of `key` (`"volume"` for unknown metrics). */
export function metricTheme(key: string): MetricTheme {
  return metricInfo(key)?.theme ?? "volume";
}

/** Whether `key` is a share (a fraction from 0 to 1), so its intervals are kept inside [0, 1]. */
export function isShareMetric(key: string): boolean {
  const info = metricInfo(key);
  return info !== undefined && (info.unit === "share" || info.unit === "flag");
}

/** The time-share categories of the office model and their labels, in display order. */
export const TIME_SHARE_LABELS: ReadonlyArray<{ key: string; label: string }> = Object.entries(SHARES).map(([key, s]) => ({ key, label: s.label }));

/** The measured figures of the office model and their labels, in display order. */
export const MEASURED_FIGURE_LABELS: ReadonlyArray<{ key: string; label: string; unit: MetricUnit }> = Object.entries(FIGURES).map(([key, f]) => ({
  key,
  label: f.label,
  unit: f.unit,
}));
