/*
 * A fast-check generator of valid office scenario files: small offices (2–12
 * staff) of one to four units of any registered regime, any mix of the shipped policy
 * kinds with random options, short horizons and light demand. Scenarios are
 * plain JSON as a user would write them — keys are often left out so defaults
 * are exercised too — and every value lies inside what the validator allows,
 * so a rejection is a fault of the validator (or of this generator).
 */
import fc from "fast-check";
import { knownRegimes, regimeOf } from "../../src/organisation/regimes/regimeRegistry";
import { MEASUREMENT_LEVELS } from "../../src/policies/measurementRegime";
import { POLICY_KINDS } from "../../src/policies/policyFromSpec";
import { TARGET_FIGURES } from "../../src/policies/productionTarget";
import { QUEUE_RULES } from "../../src/policies/queueDiscipline";

type Json = Record<string, unknown>;

/** A number in [min, max], hitting each bound now and then. */
export function num(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof({ weight: 1, arbitrary: fc.constantFrom(min, max) }, { weight: 5, arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }) });
}

/** A share in [0, 1]. */
const share = (): fc.Arbitrary<number> => num(0, 1);

/** A record whose keys may each be left out (the validator then fills the default). */
function partial<T extends Record<string, fc.Arbitrary<unknown>>>(model: T): fc.Arbitrary<Json> {
  return fc.record(model, { requiredKeys: [] });
}

/** `n` non-negative numbers ≤ max with a positive sum. */
function positiveSumTuple(n: number, max: number): fc.Arbitrary<number[]> {
  return fc
    .array(num(0, max), { minLength: n, maxLength: n })
    .chain((xs) => (xs.some((x) => x > 0) ? fc.constant(xs) : fc.integer({ min: 0, max: n - 1 }).map((i) => xs.map((x, j) => (j === i ? 1 : x)))));
}

const demand = partial({
  casesPerWeek: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 8, arbitrary: num(0.5, 60) }),
  weekdayProfile: positiveSumTuple(7, 5),
  seasonalAmplitude: num(0, 0.99),
  seasonalPeakDay: num(0, 366),
  initialBacklogWeeks: num(0, 3),
});

const caseMix = fc
  .tuple(
    partial({
      meanNeedHours: num(0.2, 20),
      variety: num(0, 3),
      stepShares: positiveSumTuple(5, 1),
      entitledShare: num(0.01, 0.99),
      sickDaysMedian: num(1, 200),
      sickDaysSigma: num(0, 2),
      needSickCorrelation: num(-1, 1),
      claimDay: num(0, 30),
      checkpointHours: num(0, 3),
      checkpointLeadDays: num(0, 30),
    }),
    fc.option(fc.tuple(num(0.05, 1), num(1.01, 4)), { nil: undefined }),
  )
  .map(([m, bounds]) => (bounds === undefined ? m : { ...m, simpleBelow: bounds[0], complexAbove: bounds[1] }));

const world = partial({
  demand,
  caseMix,
  certificates: partial({
    completeShare: share(),
    answerDelayDays: num(0, 30),
    answerDelayCv: num(0, 2),
    stillIncompleteShare: num(0, 0.99),
  }),
  citizens: partial({
    expectedDecisionDays: num(0.5, 60),
    chaseRepeatDays: num(0.5, 30),
    questionsPerCase: num(0, 3),
    handoffContactShare: share(),
    letterUnclearBase: share(),
    letterMisfitSlope: share(),
    reaskShareOfLost: share(),
    replyDays: num(0, 30),
    contestWrongRejection: share(),
    contestRightRejection: share(),
    withdrawIfRecovered: share(),
  }),
  contacts: partial({
    contactHours: num(0, 1),
    customerCentreResolves: share(),
    repeatIfUnresolved: share(),
    callPatienceMinutes: num(0, 60),
    switchHours: num(0, 0.5),
  }),
  judgement: partial({
    noise: num(0, 3),
    shortfallWeight: num(0, 3),
    missingCertificateWeight: num(0, 3),
    lostDetailWeight: num(0, 3),
    pressureWeight: num(0, 3),
    stressWeight: num(0, 3),
    inexperienceWeight: num(0, 3),
    judgementSpread: num(0, 3),
  }),
  people: partial({
    noviceSlowdown: num(0, 2),
    learningHours: num(1, 2000),
    initialExperience: share(),
    newHireExperience: share(),
    experienceSpread: num(0, 1),
    speedSpread: num(0, 0.5),
    baseTurnoverPerYear: num(0, 5),
    stressTurnoverWeight: num(0, 10),
    hiringDelayDays: num(0, 60),
    stressAdaptation: share(),
    overloadStress: num(0, 3),
    pressureStress: num(0, 3),
    autonomyRelief: num(0, 2),
    baseStress: num(0, 1),
    cornerCutting: share(),
  }),
});

/** One policy spec of the given kind with random options. */
function policyOf(kind: (typeof POLICY_KINDS)[number]): fc.Arbitrary<Json> {
  const withKind = (options: fc.Arbitrary<Json>): fc.Arbitrary<Json> => options.map((o) => ({ kind, ...o }));
  switch (kind) {
    case "noPolicy":
      return fc.constant({ kind });
    case "productionTarget":
      return withKind(
        partial({
          figure: fc.constantFrom(...TARGET_FIGURES),
          perHandlerWeek: num(0.1, 50),
          leadTimeDaysAtMost: num(0.5, 100),
          auditedAccuracyAtLeast: num(0.01, 1),
          strength: num(0, 5),
          selectEasy: num(0, 3),
          roomToSelect: fc.boolean(),
          compress: num(0, 2),
          earlyDecision: num(0, 3),
          rejectionShareAtLeast: share(),
          tilt: num(0, 3),
        }),
      );
    case "measurementRegime":
      return withKind(
        partial({
          level: fc.constantFrom(...MEASUREMENT_LEVELS),
          perCaseHours: num(0, 1),
          perTaskHours: num(0, 0.5),
          perContactHours: num(0, 0.5),
          perDecisionHours: num(0, 0.5),
          perHandlerWeekHours: num(0, 10),
          callTargetSeconds: num(1, 3600),
          callTimeFactor: num(0.01, 1),
          callResolveFactor: share(),
        }),
      );
    case "rewardStructure":
      return withKind(partial({ bonusStrength: num(0, 5) }));
    case "documentTemplates":
      return fc
        .tuple(
          partial({ templateFit: num(0.2, 3), meanNeedHours: num(0.2, 20), stepShares: positiveSumTuple(5, 1) }),
          fc.option(fc.tuple(num(0.05, 2), num(0, 2)), { nil: undefined }),
        )
        .map(([o, f]) => ({ kind, ...o, ...(f === undefined ? {} : { minFactor: f[0], maxFactor: f[0] + f[1] }) }));
    case "qualityReview":
      return withKind(partial({ share: share(), catchShare: share(), hoursPerReview: num(0, 3), calibration: share() }));
    case "queueDiscipline":
      return withKind(partial({ rule: fc.constantFrom(...QUEUE_RULES), dueWithinDays: num(0, 30), oldAfterDays: num(0, 60) }));
    case "healthcareCollaboration":
      return withKind(partial({ completenessGain: share(), answerDelayFactor: num(0.05, 3), hoursPerHandlerWeek: num(0, 5) }));
    case "trustBasedSteering":
      return withKind(
        partial({
          peerReviewShare: share(),
          peerCatchShare: share(),
          peerReviewHours: num(0, 3),
          calibration: share(),
          improvementShare: num(0, 0.5),
          crowdOut: num(0, 5),
        }),
      );
  }
}

/** Any shipped policy, as a spec. */
export const policySpec: fc.Arbitrary<Json> = fc.constantFrom(...POLICY_KINDS).chain(policyOf);

const common = {
  name: fc.string({ minLength: 1, maxLength: 20 }),
  caseShare: num(0.05, 5),
  rereadHours: num(0, 1),
  handoffLossShare: share(),
  policies: fc.array(policySpec, { maxLength: 4 }),
  capabilityMax: num(0.5, 2),
  improvementHoursToGain: num(1, 500),
  specialisationGain: num(0, 1),
  discretion: share(),
  autonomy: share(),
  transitionDip: num(0, 0.99),
};

function teamUnit(handlers: number): fc.Arbitrary<Json> {
  return partial({
    ...common,
    teamSize: fc.integer({ min: 1, max: 8 }),
    specialise: fc.boolean(),
    specialistShare: num(0, 0.99),
    internalHandoffFactor: share(),
    ownerResolves: share(),
    proactiveContact: fc.boolean(),
    proactiveHours: num(0, 1),
    letterHours: num(0, 1),
  }).map((u) => ({ regime: "team", handlers, ...u }));
}

const poolShares = fc.record({
  register: num(0.01, 1),
  certificate: num(0.01, 1),
  assess: num(0.01, 1),
  decide: num(0.01, 1),
  pay: num(0.01, 1),
  checkpoint: num(0.01, 1),
  customerCentre: num(0.01, 1),
});

function standardisedUnit(handlers: number): fc.Arbitrary<Json> {
  return partial({
    ...common,
    poolShares: fc.oneof(fc.constant("auto"), poolShares),
    templateFit: num(0.2, 3),
    misfitTolerance: num(0, 2),
    escalateShare: share(),
  }).map((u) => ({ regime: "standardised", handlers, ...u }));
}

/** A unit generator for each registered regime, by tag (the fuzzers cover every regime: one without a generator is an error). */
export const UNIT_ARBITRARIES: Readonly<Record<string, (handlers: number) => fc.Arbitrary<Json>>> = { standardised: standardisedUnit, team: teamUnit };
for (const tag of knownRegimes()) {
  if (UNIT_ARBITRARIES[tag] === undefined) throw new Error(`scenarioArbitrary: no unit generator for the registered regime "${tag}"`);
}

/** The least staff a unit of regime `tag` works with. */
export function minStaff(tag: string): number {
  return regimeOf(tag).minHandlers?.count ?? 1;
}

/** Most staff of a generated office. */
const MAX_STAFF = 12;

/**
 * The units of an office of 2–12 staff: one to four units of any registered
 * regime, each with at least the staff its regime needs (a standardised unit
 * one person per pool) and up to four more. Every caseShare is ≥ 0.05, so
 * their sum is positive.
 */
const units: fc.Arbitrary<Json[]> = fc
  .array(fc.constantFrom(...knownRegimes()), { minLength: 1, maxLength: 4 })
  .filter((tags) => tags.reduce((a, t) => a + minStaff(t), 0) <= MAX_STAFF)
  .chain((tags) =>
    fc.array(fc.nat(4), { minLength: tags.length, maxLength: tags.length }).chain((extra) => {
      let left = MAX_STAFF - tags.reduce((a, t) => a + minStaff(t), 0);
      const sizes = tags.map((t, i) => {
        const more = Math.min(left, extra[i] as number);
        left -= more;
        return minStaff(t) + more;
      });
      if (sizes.reduce((a, b) => a + b, 0) < 2) sizes[0] = 2;
      return fc.tuple(...tags.map((t, i) => (UNIT_ARBITRARIES[t] as (h: number) => fc.Arbitrary<Json>)(sizes[i] as number)));
    }),
  );

const isoDate = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Office hours: 7 days of ascending, non-overlapping intervals, Monday never closed. */
const officeHours = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 48 }), { maxLength: 4 }), { minLength: 7, maxLength: 7 }).map((days) =>
  days.map((points, w) => {
    const sorted = [...points].sort((a, b) => a - b);
    if (w === 0 && sorted.length < 2) return [[8, 16]];
    const day: [number, number][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) day.push([(sorted[i] as number) / 2, (sorted[i + 1] as number) / 2]);
    return day;
  }),
);

const office = partial({
  startDate: isoDate,
  holidays: fc.constantFrom("SE", "none"),
  officeHours,
  world,
}).chain((o) => units.map((u) => ({ ...o, units: u })));

/** Run settings: 7–42 days, a warm-up shorter than the horizon, a number or word seed. */
const run = fc
  .record({
    horizonDays: fc.oneof(fc.integer({ min: 7, max: 42 }), num(7, 42)),
    warmupFraction: fc.oneof(fc.constant(0), num(0, 0.9)),
    seed: fc.oneof(fc.integer({ min: 0, max: 2 ** 31 }), fc.stringMatching(/^[a-z0-9-]{1,12}$/)),
  })
  .map(({ horizonDays, warmupFraction, seed }) => ({ horizonDays, warmupDays: Math.floor(horizonDays * warmupFraction * 100) / 100, replications: 1, seed }));

/** Settings of {@link scenarioArbitrary}. */
export interface ScenarioArbitraryOptions {
  /** whether a weekly volume of exactly 0 may be drawn @defaultValue true */
  zeroDemand?: boolean;
}

/** A whole valid scenario file, as JSON-ready data. */
export function scenarioArbitrary(options: ScenarioArbitraryOptions = {}): fc.Arbitrary<Json> {
  return fc.record({ name: fc.string({ minLength: 1, maxLength: 30 }), office, run }).map((s) => {
    const file = JSON.parse(JSON.stringify(s)) as Json;
    const o = file["office"] as { world?: { demand?: Json; citizens?: Json }; units: Json[] };
    const demand = o.world?.demand;
    if (options.zeroDemand === false && demand?.["casesPerWeek"] === 0) demand["casesPerWeek"] = 1;
    // the validator refuses handoffLossShare × reaskShareOfLost > 0.9 (claims would hardly get through)
    const reask = o.world?.citizens?.["reaskShareOfLost"];
    if (typeof reask === "number") {
      for (const u of o.units)
        if (typeof u["handoffLossShare"] === "number" && u["handoffLossShare"] * reask > 0.9) u["handoffLossShare"] = 0.9 / reask / (1 + 1e-9);
    }
    return file;
  });
}
