/*
 * The scenario file of the office model, written once as a zod schema: the
 * validator (every error at once, with path, value and what is allowed; unknown
 * keys with a "did you mean") and the published JSON Schema both come from it.
 * Defaults are those of the model (`defaultCaseworkParams`, the unit defaults), so
 * a file only says what differs. Units: days are calendar days, hours working hours.
 */
import { z } from "zod";
import { defaultCaseworkParams as D } from "../../casework/CaseworkParams";
import { estimateRun } from "../../organisation/runBudget";
import type { Regime } from "../../organisation/regimes/Regime";
import { sealRegimes } from "../../organisation/regimes/regimeRegistry";
import { standardisedRegime, standardisedUnitShape } from "../../organisation/regimes/standardised/standardisedRegime";
import { teamRegime, teamUnitShape } from "../../organisation/regimes/team/teamRegime";
import { DAY, nonNeg, pos, share, WEEK, weight, YEAR } from "../../organisation/regimes/unitSchemaParts";
import type { RegimeUnitConfig } from "../../organisation/UnitConfig";
import { getStartingClaimSchema } from "./startingClaimSchema";
import { checkTimeline, timelineSchema } from "./timelineSchema";
import { wholeNumber } from "../../experiment/wholeNumber";
import { getWorkingYearSchema } from "./workingYearSchema";
import { lazyObject, lazySchema } from "../../policies/lazySchema";

const NOISE = "in units of the decision scale; at 100 every decision is a coin toss already";

const checked = new Map<Regime<RegimeUnitConfig>, z.ZodObject>();

/**
 * A unit of `regime` as written in a scenario file, with its checks: at least
 * the regime's least staff, and the regime's own cross-field checks.
 */
export function unitSchemaOf(regime: Regime<RegimeUnitConfig>): z.ZodObject {
  let s = checked.get(regime);
  if (s === undefined) {
    s = regime.unitShape().superRefine((u, ctx) => {
      const min = regime.minHandlers;
      if (min !== undefined && typeof u["handlers"] === "number" && u["handlers"] < min.count) {
        ctx.addIssue({ code: "custom", path: ["handlers"], message: `a whole number ≥ ${min.count} (${min.why})`, input: u["handlers"] });
      }
      regime.checkUnit?.(u, (path, message, input) => ctx.addIssue({ code: "custom", path, message, input }));
    });
    checked.set(regime, s);
  }
  return s;
}

/**
 * Builds the scenario's schemas (called once, on first use: importing caseflow
 * builds no schema).
 */
function buildOfficeSchemas() {
  const demand = z
    .strictObject({
      casesPerWeek: z
        .number()
        .min(0)
        .max(100_000)
        .default(D.demand.casesPerWeek)
        .describe("new claims per week (at most 100000: far above any one office; the run budget limits it together with the horizon)"),
      weekdayProfile: z
        .array(z.number().min(0).max(1e3))
        .length(7)
        .superRefine((w, ctx) => {
          // all zeros would make the normalised intensity 0/0
          if (w.length === 7 && !(w.reduce((a, b) => a + b, 0) > 0)) {
            ctx.addIssue({ code: "custom", message: "7 intensities with a positive sum", input: w });
          }
        })
        .default(() => [...D.demand.weekdayProfile])
        .describe("relative arrival intensity Monday..Sunday (normalised)"),
      seasonalAmplitude: z.number().min(0).lt(1).default(D.demand.seasonalAmplitude).describe("relative amplitude of the yearly cycle"),
      seasonalPeakDay: z.number().min(0).max(366).default(D.demand.seasonalPeakDay).describe("day of the year of the seasonal peak"),
      initialBacklogWeeks: nonNeg(
        D.demand.initialBacklogWeeks,
        "starting backlog in weeks of volume",
        104,
        "two years of volume; a longer backlog is not an office that works",
      ),
    })
    .prefault({});

  const caseMix = z
    .strictObject({
      meanNeedHours: pos(D.caseMix.meanNeedHours, "mean handling need of a claim, hours", 200, "five working weeks of handling for one claim"),
      variety: z.number().min(0).max(10).default(D.caseMix.variety).describe("coefficient of variation of need"),
      simpleBelow: pos(D.caseMix.simpleBelow, "need below this multiple of the mean is simple", 100, "a multiple of the mean need"),
      complexAbove: pos(D.caseMix.complexAbove, "need above this multiple of the mean is complex", 100, "a multiple of the mean need"),
      stepShares: z
        .tuple([weight(), weight(), weight(), weight(), weight()])
        .default(() => [...D.caseMix.stepShares] as [number, number, number, number, number])
        .describe("need shares of registration, certificate check, assessment, decision, payment (relative weights, each at most 1000)"),
      meritSeparation: nonNeg(D.caseMix.meritSeparation, "distance of a typical claim's merit from the entitlement line", 100, NOISE),
      entitledShare: z.number().gt(0).lt(1).default(D.caseMix.entitledShare).describe("share of claimants truly entitled"),
      sickDaysMedian: pos(D.caseMix.sickDaysMedian, "median sick-leave length, days", 1000, "sickness benefit ends after at most 914 days (364 + 550)"),
      sickDaysSigma: nonNeg(D.caseMix.sickDaysSigma, "log-scale spread of sick-leave length", 5, "one sd is already e^5 ≈ 150 times the median"),
      needSickCorrelation: z.number().min(-1).max(1).default(D.caseMix.needSickCorrelation).describe("correlation of log need and log sick length"),
      claimDay: nonNeg(D.caseMix.claimDay, "day of the spell the claim reaches the agency", 365, YEAR),
      checkpointHours: nonNeg(D.caseMix.checkpointHours, "mean work of a checkpoint, hours", 40, WEEK),
      checkpointLeadDays: nonNeg(D.caseMix.checkpointLeadDays, "days before its due date a checkpoint is workable", 365, YEAR),
      checkpointInfoShare: share(D.caseMix.checkpointInfoShare, "checkpoints that first wait for information from healthcare or the employer"),
      checkpointDays: z
        .array(z.number().gt(0).max(3650))
        .max(20)
        .default(() => [...D.caseMix.checkpointDays])
        .describe("days of the sick-leave spell with a rehabilitation-chain assessment (at most 20 days, each at most 3650: ten years of sick leave)"),
      followUpIntervalDays: z
        .number()
        .min(1)
        .max(3650)
        .default(D.caseMix.followUpIntervalDays)
        .describe("days between follow-ups of an ongoing claim (1 to 3650)"),
      followUpHours: nonNeg(D.caseMix.followUpHours, "mean work of one follow-up of an ongoing claim, hours", 40, WEEK),
      documentsMissingShare: share(D.caseMix.documentsMissingShare, "claims still waiting for the employer's information or the citizen's form"),
      documentsDelayDays: nonNeg(D.caseMix.documentsDelayDays, "mean days until those documents arrive", 365, YEAR),
      recheckShare: nonNeg(
        D.caseMix.recheckShare,
        "work of the certificate check done again after healthcare's answer, as a share of the first check",
        10,
        "ten times the first check",
      ),
      reconsiderationShare: nonNeg(
        D.caseMix.reconsiderationShare,
        "work of a reconsideration, as a share of assessment and decision",
        10,
        "ten times the first assessment and decision",
      ),
    })
    .superRefine((m, ctx) => {
      if (m.complexAbove <= m.simpleBelow) {
        ctx.addIssue({ code: "custom", path: ["complexAbove"], message: `a number > simpleBelow (${m.simpleBelow})`, input: m.complexAbove });
      }
      if (m.stepShares.reduce((a, b) => a + b, 0) <= 0) {
        ctx.addIssue({ code: "custom", path: ["stepShares"], message: "shares with a positive sum", input: m.stepShares });
      }
    })
    .prefault({});

  const certificates = z
    .strictObject({
      completeShare: share(D.certificates.completeShare, "certificates complete on arrival"),
      answerDelayDays: nonNeg(D.certificates.answerDelayDays, "healthcare's mean answer delay, days", 365, YEAR),
      answerDelayCv: nonNeg(D.certificates.answerDelayCv, "coefficient of variation of the answer delay", 10, "far wider than any observed delay distribution"),
      stillIncompleteShare: z.number().min(0).lt(1).default(D.certificates.stillIncompleteShare).describe("answers still incomplete"),
    })
    .prefault({});

  const c = D.citizens;
  const citizens = z
    .strictObject({
      expectedDecisionDays: pos(c.expectedDecisionDays, "mean days a claimant waits before chasing", 36_600, "the longest horizon: citizens who never chase"),
      chaseRepeatDays: z
        .number()
        .min(0.5)
        .max(365)
        .default(c.chaseRepeatDays)
        .describe("days between repeated chasing (0.5 to 365: people chase at most twice a day, and at least once a year)"),
      questionsPerCase: nonNeg(c.questionsPerCase, "real questions per claim", 20, "a call every working day for a month"),
      questionWindowDays: nonNeg(c.questionWindowDays, "days from a claim's arrival within which its real questions come", 365, YEAR),
      questionsPerFollowUp: share(c.questionsPerFollowUp, "chance a follow-up of an ongoing claim brings a real question"),
      handoffContactShare: share(c.handoffContactShare, "chance of a 'who has my case?' call per handover"),
      letterUnclearBase: share(c.letterUnclearBase, "chance a fitting letter confuses"),
      letterMisfitSlope: share(c.letterMisfitSlope, "extra chance per unit of letter misfit"),
      reaskShareOfLost: share(c.reaskShareOfLost, "chance a lost detail is asked for again"),
      replyDays: nonNeg(c.replyDays, "days for a citizen to answer a renewed request", 365, YEAR),
      contestWrongRejection: share(c.contestWrongRejection, "wrongly rejected who ask for reconsideration"),
      contestRightRejection: share(c.contestRightRejection, "rightly rejected who ask for reconsideration"),
      contestDelayMinDays: nonNeg(c.contestDelayMinDays, "fewest days from rejection to a reconsideration request", 365, YEAR),
      contestDelaySpreadDays: nonNeg(c.contestDelaySpreadDays, "uniform spread of that delay, days", 365, YEAR),
      letterReadDays: nonNeg(c.letterReadDays, "days from a letter to the confused citizen's call", 365, YEAR),
      withdrawIfRecovered: share(c.withdrawIfRecovered, "withdrawal when the spell ends undecided"),
    })
    .prefault({});

  const contacts = z
    .strictObject({
      contactHours: nonNeg(D.contacts.contactHours, "hours of one call", 8, DAY),
      customerCentreResolves: share(D.contacts.customerCentreResolves, "customer centre resolves a matter"),
      callbackResolves: share(D.contacts.callbackResolves, "a back-office call-back resolves the matter"),
      repeatIfUnresolved: share(D.contacts.repeatIfUnresolved, "unresolved citizen calls again"),
      callPatienceMinutes: nonNeg(D.contacts.callPatienceMinutes, "minutes a caller waits before hanging up", 480, DAY),
      switchHours: nonNeg(D.contacts.switchHours, "hours to get back into work after a switch", 8, DAY),
      repeatCallMinDays: nonNeg(D.contacts.repeatCallMinDays, "fewest days before an unresolved caller calls again", 365, YEAR),
      repeatCallSpreadDays: nonNeg(D.contacts.repeatCallSpreadDays, "uniform spread of that delay, days", 365, YEAR),
    })
    .prefault({});

  const j = D.judgement;
  const judgement = z
    .strictObject({
      noise: nonNeg(j.noise, "reading noise of an informed, experienced handler", 100, NOISE),
      shortfallWeight: nonNeg(j.shortfallWeight, "noise per unit of effort shortfall", 100, NOISE),
      missingCertificateWeight: nonNeg(j.missingCertificateWeight, "noise when certificate information is missing", 100, NOISE),
      lostDetailWeight: nonNeg(j.lostDetailWeight, "noise per lost detail", 100, NOISE),
      pressureWeight: nonNeg(j.pressureWeight, "noise per unit of pressure", 100, NOISE),
      stressWeight: nonNeg(j.stressWeight, "noise per unit of stress above baseline", 100, NOISE),
      inexperienceWeight: nonNeg(j.inexperienceWeight, "noise multiplier for a complete novice", 100, NOISE),
      judgementSpread: nonNeg(j.judgementSpread, "sd of handlers' leanings under full discretion", 100, NOISE),
      reconsiderationDeference: z
        .number()
        .min(0)
        .max(10)
        .default(j.reconsiderationDeference)
        .describe("a reconsideration keeps the decision unless the re-reading passes this (0 to 10, in units of the decision scale)"),
      rejectMargin: z
        .number()
        .min(0)
        .max(10)
        .default(j.rejectMargin)
        .describe("benefit of the doubt: reject only when the reading is below minus this (0 to 10, in units of the decision scale)"),
    })
    .prefault({});

  const p = D.people;
  const people = z
    .strictObject({
      noviceSlowdown: nonNeg(p.noviceSlowdown, "extra time of a complete novice (share)", 10, "a novice eleven times slower"),
      learningHours: pos(p.learningHours, "practice hours from novice to experienced", 20000, "about twelve working years"),
      initialExperience: share(p.initialExperience, "experience of the staff at the start"),
      newHireExperience: share(p.newHireExperience, "experience of a new hire"),
      experienceSpread: nonNeg(p.experienceSpread, "spread of experience at hiring", 10, "far beyond the 0..1 experience scale"),
      speedSpread: z.number().min(0).max(0.5).default(p.speedSpread).describe("sd of personal speed"),
      baseTurnoverPerYear: z.number().min(0).max(5).default(p.baseTurnoverPerYear).describe("yearly leaving rate at zero stress"),
      stressTurnoverWeight: z.number().min(0).max(10).default(p.stressTurnoverWeight).describe("log-multiplier of leaving per unit of stress"),
      hiringDelayDays: nonNeg(p.hiringDelayDays, "days to fill a desk", 3650, "ten years"),
      stressAdaptation: share(p.stressAdaptation, "share of the gap to the stress target closed per week"),
      overloadStress: nonNeg(p.overloadStress, "stress target per unit of overload", 100, "stress is on a 0..~1 scale"),
      pressureStress: nonNeg(p.pressureStress, "stress target per unit of pressure", 100, "stress is on a 0..~1 scale"),
      autonomyRelief: nonNeg(p.autonomyRelief, "stress target relief per unit of autonomy", 100, "stress is on a 0..~1 scale"),
      baseStress: nonNeg(p.baseStress, "baseline stress target", 100, "stress is on a 0..~1 scale"),
      cornerCutting: share(p.cornerCutting, "effort compression per unit of stress above baseline"),
      overtimeStress: nonNeg(p.overtimeStress, "stress target per unit of overtime (share of normal hours)", 100, "stress is on a 0..~1 scale"),
    })
    .prefault({});

  const world = z.strictObject({ demand, caseMix, certificates, citizens, contacts, judgement, people }).prefault({});

  /** A standardised unit as written in a scenario file. */
  const standardisedUnitSchema = unitSchemaOf(standardisedRegime) as unknown as ReturnType<typeof standardisedUnitShape>;

  /** A trust-based team unit as written in a scenario file. */
  const teamUnitSchema = unitSchemaOf(teamRegime) as unknown as ReturnType<typeof teamUnitShape>;

  /** The units of the built-in regimes (the type of a unit in a scenario). */
  type KnownUnitSchema = z.ZodDiscriminatedUnion<[typeof standardisedUnitSchema, typeof teamUnitSchema]>;

  let unionOfRegimes: z.ZodType | undefined;

  /**
   * A unit of any registered regime, told apart by its `regime` tag. Built at the
   * first validation from the regimes registered then (see registerRegime).
   */
  const unit = z.lazy(
    () => (unionOfRegimes ??= z.discriminatedUnion("regime", sealRegimes().map(unitSchemaOf) as [z.ZodObject, ...z.ZodObject[]])),
  ) as unknown as z.ZodLazy<KnownUnitSchema>;

  const interval = z.tuple([z.number().min(0).max(24), z.number().min(0).max(24)]);

  /** Least working time a week, hours. */
  const MIN_WEEK_HOURS = 1;
  /** Earliest and latest start dates (see startDate). */
  const FIRST_START = "1900-01-01";
  const LAST_START = "2200-12-31";

  /** Largest allowed chance that a handover sends a claim back to the citizen (loss × re-ask). */
  const MAX_LOSS_REASK = 0.9;

  /** A bound for messages: at most 4 significant digits, rounded down so that it is allowed. */
  function formatBound(x: number): string {
    const p = 10 ** (3 - Math.floor(Math.log10(x)));
    return String(Math.floor(x * p) / p);
  }

  /** Office hours of a week: working intervals per weekday, Monday first. */
  const officeHours = z
    .array(z.array(interval))
    .length(7)
    .superRefine((week, ctx) => {
      let total = 0;
      week.forEach((day, w) => {
        let prevEnd = -Infinity;
        day.forEach(([from, to], j) => {
          if (!(from < to)) {
            ctx.addIssue({ code: "custom", path: [w, j], message: "an interval [from, to] with from < to (hours of the day)", input: [from, to] });
          } else if (from < prevEnd) {
            ctx.addIssue({ code: "custom", path: [w, j], message: `an interval starting at or after the previous one ends (${prevEnd})`, input: [from, to] });
          }
          if (from < to) total += to - from;
          prevEnd = Math.max(prevEnd, to);
        });
      });
      if (week.length === 7 && !(total > 0)) {
        ctx.addIssue({ code: "custom", message: "a week with some working time (at least one interval)", input: week });
      } else if (week.length === 7 && total < MIN_WEEK_HOURS) {
        // a few minutes a week turn a claim's hours of work into years of calendar time
        ctx.addIssue({
          code: "custom",
          message: `a week with at least ${MIN_WEEK_HOURS} working hour in all (got ${Math.round(total * 1e4) / 1e4})`,
          input: week,
        });
      }
    })
    .describe("working intervals per weekday, Monday first");

  /** The office part of a scenario. */
  const officeSchema = z
    .strictObject({
      startDate: z.iso
        .date()
        .refine((d) => !/^\d{4}-\d\d-\d\d$/.test(d) || (d >= FIRST_START && d <= LAST_START), { message: `a date from ${FIRST_START} to ${LAST_START}` })
        .default("2026-01-05")
        .describe(
          `first day of the simulation (ISO date, ${FIRST_START} to ${LAST_START}: with a horizon of up to 100 years and the ` +
            "starting backlog's look-back, every day the run touches stays inside the years the holiday calendar covers, 1583 to 9999)",
        ),
      holidays: z.enum(["SE", "none"]).default("SE").describe("public holidays that close the office"),
      officeHours: officeHours.optional(),
      world,
      // prefault, not default: the default unit must itself be parsed so its own defaults are filled in
      units: z
        .array(unit)
        .min(1)
        .max(100)
        .prefault([{ regime: "standardised" }])
        .describe("the units of the office"),
      initialBacklog: z
        .array(getStartingClaimSchema())
        .max(1_000_000)
        .optional()
        .describe("the office's own open claims at the start; replaces the random backlog of world.demand.initialBacklogWeeks"),
      timeline: timelineSchema({ officeHours }),
      workingYear: getWorkingYearSchema(),
    })
    .superRefine((o, ctx) => {
      o.initialBacklog?.forEach((claim, i) => {
        if (claim.arrived > o.startDate) {
          ctx.addIssue({
            code: "custom",
            path: ["initialBacklog", i, "arrived"],
            message: `a date on or before startDate (${o.startDate})`,
            input: claim.arrived,
          });
        }
      });
      const total = o.units.reduce((a, u) => a + u.caseShare, 0);
      if (!(total > 0)) {
        ctx.addIssue({ code: "custom", path: ["units"], message: "units whose caseShare adds up to more than 0", input: total });
      }
      // A detail lost at a handover and asked for again sends the claim round a loop
      // (handover, request, reply, handover …) that repeats with chance loss × re-ask, so
      // it takes 1 / (1 − loss × re-ask) rounds on average, in zero time when nothing on
      // the way takes time. Near 1 no claim would get through (found by fuzzing).
      const reask = o.world.citizens.reaskShareOfLost;
      o.units.forEach((u, i) => {
        if (u.handoffLossShare * reask > MAX_LOSS_REASK) {
          ctx.addIssue({
            code: "custom",
            path: ["units", i, "handoffLossShare"],
            message:
              `a number ≤ ${formatBound(MAX_LOSS_REASK / reask)}, so that handoffLossShare × world.citizens.reaskShareOfLost (${reask}) ≤ ${MAX_LOSS_REASK} ` +
              "(above that almost every handover sends the claim back to the citizen and it hardly ever gets through)",
            input: u.handoffLossShare,
          });
        }
      });
    });

  /** Run settings of a scenario. */
  const runSettingsSchema = z
    .strictObject({
      horizonDays: z
        .number()
        .min(1)
        .max(36_600)
        .default(364)
        .describe("simulated calendar days (1 to 36600: a run shorter than a day measures nothing; 100 years is beyond any study)"),
      warmupDays: z.number().min(0).max(36_600).default(91).describe("days discarded before measuring (less than horizonDays)"),
      replications: wholeNumber()
        .min(1)
        .max(100_000)
        .default(20)
        .describe("independent replications (at most 100000: confidence intervals stop narrowing long before)"),
      seed: z
        .union([
          wholeNumber()
            .min(0)
            .max(2 ** 53),
          z
            .string()
            .min(1)
            .max(200)
            .regex(/^[^/]+$/),
        ])
        .default(2026)
        .describe("root seed"),
      periods: z
        .enum(["month", "quarter"])
        .optional()
        .describe('also report every period\'s figures (metrics "period.<label>.<figure>", e.g. period.2026-Q3.leadTimeDays.mean)'),
    })
    .superRefine((r, ctx) => {
      if (r.warmupDays >= r.horizonDays) {
        ctx.addIssue({ code: "custom", path: ["warmupDays"], message: `a number < horizonDays (${r.horizonDays})`, input: r.warmupDays });
      }
    })
    .prefault({});

  /** A whole scenario file: office + run settings. */
  const officeScenarioSchema = z
    .strictObject({
      $schema: z.string().max(2000).optional().describe("address of this JSON Schema (for editors)"),
      name: z.string().min(1).max(200).default("scenario").describe("short name used in tables"),
      description: z.string().max(5000).optional().describe("what the scenario represents"),
      office: officeSchema.prefault({}),
      run: runSettingsSchema,
    })
    .superRefine(checkTimeline)
    .superRefine((s, ctx) => {
      // valid means runnable: one replication must fit the run budget (src/organisation/runBudget.ts);
      // estimated only for an otherwise valid scenario (zod runs this check past out-of-range values)
      if (ctx.issues.length > 0) return;
      for (const p of estimateRun(s.office, s.run.horizonDays).problems) {
        ctx.addIssue({ code: "custom", path: p.path.slice(), message: `a scenario within the run budget: ${p.message}`, input: p.value });
      }
    });

  return { officeSchema, runSettingsSchema, officeScenarioSchema, standardisedUnitSchema, teamUnitSchema };
}

/** The scenario's schemas themselves (not the lazily made stand-ins below), built on the first call. */
export const getOfficeSchemas = lazySchema(buildOfficeSchemas);

/** The schemas {@link getOfficeSchemas} returns. */
export type OfficeSchemas = ReturnType<typeof buildOfficeSchemas>;

/** A standardised unit as written in a scenario file (built on first use). */
export const standardisedUnitSchema: OfficeSchemas["standardisedUnitSchema"] = lazyObject(() => getOfficeSchemas().standardisedUnitSchema);

/** A trust-based team unit as written in a scenario file (built on first use). */
export const teamUnitSchema: OfficeSchemas["teamUnitSchema"] = lazyObject(() => getOfficeSchemas().teamUnitSchema);

/** The office part of a scenario (built on first use). */
export const officeSchema: OfficeSchemas["officeSchema"] = lazyObject(() => getOfficeSchemas().officeSchema);

/** Run settings of a scenario (built on first use). */
export const runSettingsSchema: OfficeSchemas["runSettingsSchema"] = lazyObject(() => getOfficeSchemas().runSettingsSchema);

/** A whole scenario file: office + run settings (built on first use, the same schema every time). */
export const officeScenarioSchema: OfficeSchemas["officeScenarioSchema"] = lazyObject(() => getOfficeSchemas().officeScenarioSchema);

/** A scenario as written (defaults may be left out). */
export type OfficeScenarioInput = z.input<OfficeSchemas["officeScenarioSchema"]>;
/** A scenario with every default filled in. */
export type OfficeScenario = z.output<OfficeSchemas["officeScenarioSchema"]>;
