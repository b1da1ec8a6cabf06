/*
 * The one table of what each office metric is: its plain-language label, its
 * unit, a sentence saying what it counts, which direction is better, and the
 * theme it belongs to (speed, quality and legal certainty, citizens, staff,
 * cost). Every label in the report, the glossary and the summary comes from
 * here. Families of metrics (lead time by complexity class, time shares,
 * contacts by reason, measured figures) are described by rules, so a new
 * class or reason gets a sensible entry without a new line.
 */

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

/** One metric of the table. */
export interface MetricInfo {
  /** The result key, e.g. `"leadTimeDays.p90"`. */
  key: string;
  /** Plain label without the unit, e.g. `"Lead time, 90th percentile"`. */
  label: string;
  /** Unit of the values. */
  unit: MetricUnit;
  /** One sentence on what is counted. */
  description: string;
  /** Which direction is better for the organisation and the citizen; `"neither"` for volumes and splits. */
  better: "lower" | "higher" | "neither";
  /** Theme the metric belongs to. */
  theme: MetricTheme;
  /**
   * Verb phrases for the summary, `{x}` standing for the size of the
   * difference as a bare number (the phrase says the unit): `less` when the variant's value is lower,
   * `more` when it is higher (e.g. "decided claims {x} sooner on average").
   */
  phrase?: { less: string; more: string };
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
  backlogEnd: { label: "Open claims at the end", unit: "claims", description: "Claims still undecided when the simulation ended.", better: "lower", theme: "speed" },
  checkpointsOnTimeShare: {
    label: "Checkpoints assessed on time",
    unit: "share",
    description: "Share of the law's checkpoints in the rehabilitation chain (day 90, 180, 365) assessed by their due date.",
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
    description: "Calls and messages from citizens per claim arrived.",
    better: "lower",
    theme: "citizens",
    phrase: { less: "needed {x} fewer citizen contacts per claim", more: "needed {x} more citizen contacts per claim" },
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
    description: "Share of contacts caused by not doing something, or not doing it right, the first time (chasing, \"who has my case?\", unclear letters).",
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
  withdrawn: { label: "Claims withdrawn", unit: "claims", description: "Claims withdrawn by the claimant in the measurement window.", better: "lower", theme: "citizens" },
  openEnd: { label: "Open claims at the end (all)", unit: "claims", description: "Open claims at the horizon, counting every arrival.", better: "lower", theme: "volume" },
  unstable: {
    label: "Runaway backlog",
    unit: "flag",
    description: "1 when demand exceeded capacity in a replication: the backlog kept growing through the window (the mean is the share of such replications).",
    better: "lower",
    theme: "volume",
  },
};

const CLASSES: Record<string, string> = { simple: "simple", standard: "standard", complex: "complex" };
const STATS: Record<string, { label: string; text: string }> = {
  mean: { label: "mean", text: "the mean" },
  p50: { label: "median", text: "the median" },
  p90: { label: "90th percentile", text: "the 90th percentile (nine in ten claims are quicker)" },
  p99: { label: "99th percentile", text: "the 99th percentile" },
};
const SHARES: Record<string, { label: string; text: string; better: MetricInfo["better"] }> = {
  value: { label: "value work", text: "work on claims, checkpoints and real questions", better: "higher" },
  failure: { label: "failure demand", text: "work caused by failure demand", better: "lower" },
  measurement: { label: "measurement and review", text: "registration for measurement, follow-up and review", better: "lower" },
  handoffs: { label: "handovers and switching", text: "re-reading after handovers and task switching", better: "lower" },
  improvement: { label: "improvement and collaboration", text: "protected improvement work and collaboration", better: "neither" },
  idle: { label: "idle", text: "available time not used", better: "neither" },
};
const FIGURES: Record<string, { label: string; unit: MetricUnit }> = {
  decisionsPerHandlerWeek: { label: "Decisions per handler-week", unit: "decisions/handler-week" },
  leadTimeDays: { label: "Lead time (mean)", unit: "days" },
  callAnswerSeconds: { label: "Call answer time (mean)", unit: "seconds" },
  decisionAccuracy: { label: "Decision accuracy", unit: "share" },
};

const cache = new Map<string, MetricInfo | undefined>();

/**
 * What `key` is, from the metric table; `undefined` for metrics it does not
 * know (other models, new metrics), which the report then shows by key.
 */
export function metricInfo(key: string): MetricInfo | undefined {
  if (!cache.has(key)) cache.set(key, lookup(key));
  return cache.get(key);
}

/** The label of `key` with its unit, e.g. "Lead time, mean (days)"; the key itself when unknown. */
export function metricLabel(key: string): string {
  const info = metricInfo(key);
  if (info === undefined) return key;
  return info.unit === "flag" ? `${info.label} (% of replications)` : `${info.label} (${unitText(info.unit)})`;
}

/** The unit as shown after a label: shares as "%". */
export function unitText(unit: MetricUnit): string {
  return unit === "share" ? "%" : unit;
}

/** The theme of `key` (`"volume"` for unknown metrics). */
export function metricTheme(key: string): MetricTheme {
  return metricInfo(key)?.theme ?? "volume";
}

/** Whether `key` is a share (a fraction from 0 to 1), so its intervals are kept inside [0, 1]. */
export function isShareMetric(key: string): boolean {
  const info = metricInfo(key);
  return info !== undefined && (info.unit === "share" || info.unit === "flag");
}

function lookup(key: string): MetricInfo | undefined {
  const exact = EXACT[key];
  if (exact !== undefined) return { key, ...exact };
  const parts = key.split(".");
  const [head, a, b, c] = parts;
  if (head === "leadTimeDays" || head === "daysToFirstPayment") {
    const what = head === "leadTimeDays" ? "Lead time" : "Days to first payment";
    const about = head === "leadTimeDays" ? "Calendar days from a claim's arrival to its first decision" : "Calendar days from a claim's arrival to its first payment";
    const theme: MetricTheme = "speed";
    if (parts.length === 2 && a !== undefined && STATS[a] !== undefined) {
      const info: MetricInfo = { key, label: `${what}, ${STATS[a].label}`, unit: "days", description: `${about}: ${STATS[a].text}.`, better: "lower", theme };
      if (head === "leadTimeDays" && a === "mean") info.phrase = { less: "decided claims {x} days sooner on average", more: "decided claims {x} days later on average" };
      if (head === "leadTimeDays" && a === "p90") info.phrase = { less: "cut the wait of the slowest tenth of claims by {x} days", more: "made the slowest tenth of claims wait {x} days longer" };
      if (head === "daysToFirstPayment" && a === "mean") info.phrase = { less: "paid claimants {x} days sooner on average", more: "paid claimants {x} days later on average" };
      return info;
    }
    if (a === "byComplexity" && b !== undefined && c !== undefined && CLASSES[b] !== undefined && STATS[c] !== undefined) {
      return { key, label: `${what}, ${CLASSES[b]} claims, ${STATS[c].label}`, unit: "days", description: `${about}, ${CLASSES[b]} claims only: ${STATS[c].text}.`, better: "lower", theme };
    }
  }
  if (head === "accuracyByComplexity" && a !== undefined && CLASSES[a] !== undefined && parts.length === 2) {
    return { key, label: `Right first decisions, ${CLASSES[a]} claims`, unit: "share", description: `Share of first decisions on ${CLASSES[a]} claims that match the true entitlement.`, better: "higher", theme: "quality" };
  }
  if (head === "timeShare" && a !== undefined && SHARES[a] !== undefined && parts.length === 2) {
    const s = SHARES[a];
    return { key, label: `Working time: ${s.label}`, unit: "share", description: `Share of available working time spent on ${s.text}.`, better: s.better, theme: "staff" };
  }
  if (head === "measured" && a !== undefined && FIGURES[a] !== undefined && (b === "measured" || b === "true") && parts.length === 3) {
    const f = FIGURES[a];
    return {
      key,
      label: `${f.label}, ${b === "measured" ? "as measured" : "true value"}`,
      unit: f.unit,
      description: b === "measured" ? `${f.label} as the measurement regime recorded it (what management saw).` : `${f.label} from the full event record.`,
      better: "neither",
      theme: "measured",
    };
  }
  if (head === "contactsByReason" && a !== undefined && parts.length === 2) {
    const reason = a.replace(/-/g, " ");
    return { key, label: `Contacts: ${reason}`, unit: "contacts", description: `Citizen contacts in the window whose reason was "${reason}".`, better: "neither", theme: "citizens" };
  }
  if (head === "totals" && a !== undefined && parts.length === 2) {
    return { key, label: `All-time ${a} claims`, unit: "claims", description: `Claims ${a} over the whole run, warm-up and starting backlog included.`, better: "neither", theme: "volume" };
  }
  return undefined;
}

/** The measured figures of the office model and their labels, in display order. */
export const MEASURED_FIGURE_LABELS: ReadonlyArray<{ key: string; label: string; unit: MetricUnit }> = Object.entries(FIGURES).map(([key, f]) => ({ key, label: f.label, unit: f.unit }));
