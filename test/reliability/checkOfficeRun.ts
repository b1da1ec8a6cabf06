/*
 * The invariants every office run must satisfy, whatever the scenario: cases
 * are conserved, the clock never runs backwards, no duration is negative,
 * every metric is finite (NaN only where the figure was not measured) and in
 * its range, time shares add up to 1. Throws an Error naming the broken
 * invariant and the values involved; returns figures for the report.
 */
import { contactDemand, type ContactReason } from "../../src/casework/ContactReason";
import type { OfficeRun } from "../../src/organisation/Office";
import type { DurationSummary, OfficeMetrics } from "../../src/organisation/OfficeMetrics";

/**
 * Metrics that may be NaN, meaning "not measured" (nothing to measure in the
 * window, or the measurement regime does not record it). Every other metric
 * must be finite.
 */
export const NOT_MEASURED_MAY_BE_NAN: readonly RegExp[] = [
  /^leadTimeDays\.(mean|p50|p90|p99)$/, // no decision in the window (checked: NaN iff decided = 0)
  /^leadTimeDays\.byComplexity\.\w+\.(mean|p50|p90|p99)$/, // no decision of that class
  /^daysToFirstPayment\.(mean|p50|p90|p99)$/, // no first payment in the window
  /^checkpointsOnTimeShare$/, // no checkpoint due in the window
  /^accuracyByComplexity\.\w+$/, // no decision of that class
  /^reconsiderationChangedShare$/, // no reconsideration decided
  /^hoursPerCorrectDecision$/, // no correct decision
  /^measured\.decisionsPerHandlerWeek\.measured$/, // no full week measured
  /^measured\.leadTimeDays\.(measured|true)$/, // no decision, or not recorded by the regime
  /^measured\.callAnswerSeconds\.(measured|true)$/, // no answered call, or not recorded
  /^measured\.decisionAccuracy\.measured$/, // no quality review
  /^timeShare\.\w+$/, // no working time in the window (all six and utilisation together, checked)
  /^utilisation$/, // likewise
  /^(decisionAccuracy|uniformity|reworkShare|reconsiderationShare|rejectionShare)$/, // no decision in the window (checked: NaN iff decided = 0)
  /^measured\.decisionAccuracy\.true$/, // likewise
  /^(contactsPerCase|officeContactsPerCase)$/, // no claim arrived in the window
  /^(abandonedCallShare|failureDemandShare)$/, // no call, no contact in the window
  /^(stressMean|turnoverPerYear|measured\.decisionsPerHandlerWeek\.true)$/, // nobody on the staff or no week in the window
];

/** Metrics that are shares: in [0, 1]. */
const SHARES: readonly RegExp[] = [
  /^checkpointsOnTimeShare$/,
  /^decisionAccuracy$/,
  /^accuracyByComplexity\./,
  /^uniformity$/,
  /^reconsiderationChangedShare$/,
  /^abandonedCallShare$/,
  /^failureDemandShare$/,
  /^timeShare\./,
  /^utilisation$/,
  /^measured\.decisionAccuracy\./,
];

/** Every number in the metrics, by dotted path. */
export function metricLeaves(m: object, prefix = ""): [string, number][] {
  const out: [string, number][] = [];
  for (const [k, v] of Object.entries(m)) {
    if (typeof v === "number") out.push([prefix + k, v]);
    else if (typeof v === "object" && v !== null) out.push(...metricLeaves(v as object, `${prefix}${k}.`));
    else throw new Error(`metric ${prefix}${k} is not a number: ${String(v)}`);
  }
  return out;
}

function fail(what: string, detail: unknown): never {
  throw new Error(`invariant broken: ${what}: ${JSON.stringify(detail)}`);
}

const isCount = (x: number): boolean => Number.isInteger(x) && x >= 0;

function checkDurations(name: string, d: DurationSummary): void {
  if (Number.isNaN(d.p50)) return;
  if (!(d.p50 <= d.p90 && d.p90 <= d.p99)) fail(`${name}: percentiles out of order`, d);
}

/** What a checked run contributes to the report. */
export interface RunFigures {
  /** rework and reconsideration per decision: rates named "share" that are not bounded by 1 by construction */
  reworkShare: number;
  reconsiderationShare: number;
}

/**
 * Checks one run of `horizonDays` with warm-up `warmupDays`; with a trace,
 * also checks it event by event.
 */
export function checkOfficeRun(run: OfficeRun, horizonDays: number, warmupDays: number): RunFigures {
  const m: OfficeMetrics = run.metrics;
  const t = m.totals;

  // conservation
  if (![t.arrived, t.decided, t.withdrawn, t.open].every(isCount)) fail("totals are not counts", t);
  if (t.arrived !== t.decided + t.withdrawn + t.open) fail("arrived = decided + withdrawn + open", t);
  if (m.openEnd !== t.open || m.backlogEnd !== t.open) fail("open at the end", { openEnd: m.openEnd, backlogEnd: m.backlogEnd, open: t.open });
  for (const k of ["arrived", "decided", "withdrawn"] as const) {
    if (!isCount(m[k])) fail(`${k} is not a count`, m[k]);
    if (m[k] > t[k]) fail(`${k} in the window exceeds the all-time total`, { window: m[k], total: t[k] });
  }

  // every metric finite (or NaN where not measured) and in range
  for (const [k, v] of metricLeaves(m)) {
    if (Number.isNaN(v)) {
      if (!NOT_MEASURED_MAY_BE_NAN.some((re) => re.test(k))) fail(`${k} is NaN`, v);
      continue;
    }
    if (!Number.isFinite(v)) fail(`${k} is not finite`, v);
    if (v < 0) fail(`${k} is negative`, v);
    if (SHARES.some((re) => re.test(k)) && v > 1) fail(`${k} is a share above 1`, v);
  }
  if (m.unstable !== 0 && m.unstable !== 1) fail("unstable is 0 or 1", m.unstable);
  if (Number.isNaN(m.leadTimeDays.mean) !== (m.decided === 0))
    fail("lead time is NaN exactly when nothing was decided", { mean: m.leadTimeDays.mean, decided: m.decided });
  if (Number.isNaN(m.decisionAccuracy) !== (m.decided === 0))
    fail("accuracy is NaN exactly when nothing was decided", { accuracy: m.decisionAccuracy, decided: m.decided });
  if (!Object.is(m.measured.leadTimeDays.true, m.leadTimeDays.mean)) fail("measured.leadTimeDays.true = leadTimeDays.mean", m.measured.leadTimeDays);
  if (!Object.is(m.measured.decisionAccuracy.true, m.decisionAccuracy)) fail("measured.decisionAccuracy.true = decisionAccuracy", m.measured.decisionAccuracy);
  const calls = m.measured.callAnswerSeconds;
  if (calls.true < calls.measured - 1e-9 * Math.abs(calls.measured)) fail("true call wait ≥ measured (abandoned waits only add)", calls);
  checkDurations("leadTimeDays", m.leadTimeDays);
  for (const [k, d] of Object.entries(m.leadTimeDays.byComplexity)) checkDurations(`leadTimeDays.byComplexity.${k}`, d);
  checkDurations("daysToFirstPayment", m.daysToFirstPayment);

  // time shares add to 1 (rounding of six divisions: 1e-9 is ample), or are all "not measured"
  const s = m.timeShare;
  const shares = [s.value, s.failure, s.measurement, s.handoffs, s.improvement, s.idle, m.utilisation];
  if (shares.some(Number.isNaN)) {
    if (!shares.every(Number.isNaN)) fail("time shares and utilisation are NaN all together or not at all", { ...s, utilisation: m.utilisation });
  } else {
    const sum = s.value + s.failure + s.measurement + s.handoffs + s.improvement + s.idle;
    if (Math.abs(sum - 1) > 1e-9) fail("time shares add to 1", { ...s, sum });
    if (Math.abs(m.utilisation - (1 - s.idle)) > 1e-9) fail("utilisation = 1 − idle share", { utilisation: m.utilisation, idle: s.idle });
  }

  // contacts by reason add up to the citizens' contacts and the office's own calls per case × arrivals
  let contacts = 0;
  let officeCalls = 0;
  for (const [reason, n] of Object.entries(run.contactsByReason)) {
    if (!isCount(n)) fail(`contactsByReason.${reason} is not a count`, n);
    if (contactDemand(reason as ContactReason) === "office") officeCalls += n;
    else contacts += n;
  }
  if (m.arrived > 0 && Math.abs(m.contactsPerCase * m.arrived - contacts) > 1e-6 * Math.max(1, contacts)) {
    fail("citizen contacts by reason add up to contactsPerCase × arrived", { contacts, contactsPerCase: m.contactsPerCase, arrived: m.arrived });
  }
  if (m.arrived > 0 && Math.abs(m.officeContactsPerCase * m.arrived - officeCalls) > 1e-6 * Math.max(1, officeCalls)) {
    fail("the office's own calls by reason add up to officeContactsPerCase × arrived", {
      officeCalls,
      officeContactsPerCase: m.officeContactsPerCase,
      arrived: m.arrived,
    });
  }

  // weekly series: one point a week, counts, days increasing and inside the run
  const sr = run.series;
  const n = sr.day.length;
  for (const [k, xs] of Object.entries(sr)) if (xs.length !== n) fail(`series.${k} has ${xs.length} points, series.day ${n}`, null);
  for (let i = 0; i < n; i++) {
    const day = sr.day[i] as number;
    if (!(day > 0 && day <= horizonDays + 1e-9)) fail("series day inside the run", day);
    if (i > 0 && !(day > (sr.day[i - 1] as number))) fail("series days increase", sr.day);
    for (const k of ["backlog", "decisions", "valueContacts", "failureContacts", "officeContacts"] as const)
      if (!isCount(sr[k][i] as number)) fail(`series.${k}[${i}] is a count`, sr[k][i]);
  }
  if (!isCount(run.events) || run.events === 0) fail("events processed", run.events);

  // rates over the window's length
  const weeks = (horizonDays - warmupDays) / 7;
  if (Math.abs(m.decisionsPerWeek - m.decided / weeks) > 1e-9 * Math.max(1, m.decisionsPerWeek)) {
    fail("decisionsPerWeek = decided / weeks of the window", { decisionsPerWeek: m.decisionsPerWeek, decided: m.decided, weeks });
  }

  if (run.trace !== undefined) checkTrace(run, horizonDays);
  return { reworkShare: m.reworkShare, reconsiderationShare: m.reconsiderationShare };
}

/**
 * The trace, event by event: the clock never goes back and stays inside the
 * run; every claim starts with its arrival and nothing happens to it before;
 * a claim is decided or withdrawn at most once; every piece of work ends no
 * earlier than it started; and the counts agree with the totals.
 */
function checkTrace(run: OfficeRun, horizonDays: number): void {
  const trace = run.trace ?? [];
  const arrivedAt = new Map<number, number>();
  const closed = new Map<number, string>();
  const started = new Map<string, number[]>();
  let last = -Infinity;
  let decided = 0;
  let withdrawn = 0;
  for (const [i, e] of trace.entries()) {
    if (!(e.t >= last)) fail(`clock went back at trace line ${i}`, { before: last, entry: e });
    if (!(e.t >= 0 && e.t <= horizonDays)) fail(`trace line ${i} outside [0, horizon]`, e);
    last = e.t;
    if (e.event === "arrive") {
      if (arrivedAt.has(e.caseId)) fail(`claim ${e.caseId} arrived twice`, e);
      arrivedAt.set(e.caseId, e.t);
      continue;
    }
    const arrival = arrivedAt.get(e.caseId);
    if (arrival === undefined) fail(`claim ${e.caseId} has an event before its arrival`, e);
    if (e.t < arrival) fail(`negative time since arrival for claim ${e.caseId}`, { arrival, entry: e });
    if (e.event.startsWith("decide:") || e.event === "withdrawn") {
      const before = closed.get(e.caseId);
      if (before !== undefined) fail(`claim ${e.caseId} closed twice`, { before, entry: e });
      closed.set(e.caseId, e.event);
      if (e.event === "withdrawn") withdrawn++;
      else decided++;
    }
    const work = /^(start|end):(.*)$/.exec(e.event);
    if (work !== null) {
      const key = `${e.caseId}|${work[2]}`;
      if (work[1] === "start") {
        const list = started.get(key) ?? [];
        list.push(e.t);
        started.set(key, list);
      } else {
        const begun = started.get(key)?.shift();
        if (begun === undefined) fail(`work ended that never started`, e);
        if (e.t < begun) fail(`negative duration of work`, { start: begun, entry: e });
      }
    }
  }
  const t = run.metrics.totals;
  if (arrivedAt.size !== t.arrived) fail("arrivals in the trace = totals.arrived", { trace: arrivedAt.size, totals: t.arrived });
  if (decided !== t.decided) fail("decisions in the trace = totals.decided", { trace: decided, totals: t.decided });
  if (withdrawn !== t.withdrawn) fail("withdrawals in the trace = totals.withdrawn", { trace: withdrawn, totals: t.withdrawn });
}
