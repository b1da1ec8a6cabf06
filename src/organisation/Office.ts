/*
 * One simulated office for one replication: new claims arrive by a
 * non-homogeneous Poisson process (weekly volume, weekday profile, seasonality)
 * on top of a starting backlog (random, or the office's own open claims), are
 * routed to units, and citizens get in touch — with real questions, and with
 * failure demand when a claim takes longer than they expected, when letters
 * confuse, when they are asked again, or to contest a rejection. Each week management reads its measured figures. The result is
 * computed from the true event record only.
 */
import { Case, STEPS } from "../casework/Case";
import { CaseFactory, type ScriptedCase } from "../casework/CaseFactory";
import type { CaseworkParams } from "../casework/CaseworkParams";
import { Handler } from "../casework/Handler";
import { FAILURE_REASONS, Task, type ContactReason } from "../casework/Task";
import { PhasedCalendar } from "../engine/PhasedCalendar";
import { getHeapStatistics } from "node:v8";
import { Simulation } from "../engine/Simulation";
import { checkOfficeConfig, runOptionsErrors } from "../models/office/checkOfficeConfig";
import { ScenarioValidationError } from "../experiment/ScenarioValidationError";
import { SimulationError } from "../engine/SimulationError";
import { formatPath } from "../experiment/parsePath";
import { describeValue } from "../text/describeValue";
import { estimateRun } from "./runBudget";
import { WorkingCalendar } from "../engine/WorkingCalendar";
import { createStream } from "../random/createStream";
import { lognormalMeanCv } from "../random/lognormalMeanCv";
import { nhppNext } from "../random/nhppNext";
import { normal } from "../random/normal";
import { poisson } from "../random/poisson";
import type { RandomStream } from "../random/RandomStream";
import type { OfficeConfig } from "./OfficeConfig";
import type { OfficeMetrics, OfficeSeries } from "./OfficeMetrics";
import { OfficeRecorder } from "./OfficeRecorder";
import { PeriodRecorder, type PeriodLength, type PeriodMetrics } from "./PeriodRecorder";
import type { OfficeServices } from "./OfficeServices";
import { StandardisedUnit } from "./StandardisedUnit";
import type { StartingClaim } from "./StartingClaim";
import { Timeline } from "./Timeline";
import { TeamUnit } from "./TeamUnit";
import type { Unit } from "./Unit";

/** How to run one replication. */
export interface OfficeRunOptions {
  /** root seed of the experiment */
  seed: number | string;
  /** replication index (selects the random streams) @defaultValue 0 */
  replication?: number;
  /** simulated calendar days */
  horizonDays: number;
  /** days discarded before measuring @defaultValue 0 */
  warmupDays?: number;
  /** keep a trace of every claim's events (memory grows with the run) @defaultValue false */
  trace?: boolean;
  /** most events before the run is stopped as runaway @defaultValue 50 million */
  eventBudget?: number;
  /** claims written out by hand; when given they replace random arrivals and the starting backlog */
  script?: readonly ScriptedCase[];
  /** also keep the figures per calendar month or quarter (see PeriodRecorder). @defaultValue none */
  periods?: PeriodLength;
  /**
   * most heap the run may use, MB; checked once per simulated day, the run stops with a
   * SimulationError past it (instead of an out-of-memory crash of the whole process).
   * @defaultValue 80% of the JavaScript heap limit, at most 3072
   */
  memoryBudgetMB?: number;
  /** aborts the run; checked once per simulated day (useful when the run is on a worker thread or driven by a timer) */
  signal?: AbortSignal;
}

/** One line of the optional trace. */
export interface TraceEntry {
  /** day */
  t: number;
  /** claim id */
  caseId: number;
  /** what happened */
  event: string;
  /** index of the unit handling the claim (in the office's `units`), once it has one */
  unit?: number;
  /** staff hours a finished task took (`end:` events only) */
  hours?: number;
}

/** What one replication returns. */
export interface OfficeRun {
  /** the outcome */
  metrics: OfficeMetrics;
  /** weekly series */
  series: OfficeSeries;
  /** contacts by reason in the window */
  contactsByReason: Partial<Record<ContactReason, number>>;
  /** the trace, when asked for */
  trace?: TraceEntry[];
  /** events processed */
  events: number;
  /** figures per period, when asked for with `periods` */
  periods?: PeriodMetrics[];
}

/** The simulated office. */
export class Office implements OfficeServices {
  /** @inheritDoc */ readonly sim: Simulation;
  /** @inheritDoc */ readonly calendar: WorkingCalendar;
  /** @inheritDoc */ readonly world: CaseworkParams;
  /** @inheritDoc */ readonly streams: RandomStream;
  /** @inheritDoc */ readonly recorder: OfficeRecorder;
  /** the units in force (a regime switch on the timeline replaces an entry) */
  readonly units: Unit[];
  /** units replaced at a regime switch */
  readonly retired: Unit[] = [];
  /** the dated changes */
  readonly timeline: Timeline;
  /** trace lines, when tracing */
  readonly trace: TraceEntry[] | null;
  /** @inheritDoc */ readonly tracing: boolean;
  private readonly factory: CaseFactory;
  private readonly hireRng: RandomStream;
  private readonly routeRng: RandomStream;
  private readonly contactRng: RandomStream;
  private readonly questionRng: RandomStream;
  private readonly healthRng: RandomStream;
  private readonly judgeRng: RandomStream;
  private nextHandlerId = 0;
  /** claim id → unit index, kept only when tracing */
  private readonly traceUnit = new Map<number, number>();
  private readonly unitShares: number[];

  /**
   * @param config the office @param options the replication
   * @throws ScenarioValidationError when the configuration or the options break the scenario schema
   */
  constructor(
    readonly config: OfficeConfig,
    readonly options: OfficeRunOptions,
  ) {
    checkOfficeConfig(config, "office configuration");
    const optionErrors = runOptionsErrors(options);
    if (optionErrors.length > 0) throw new ScenarioValidationError(optionErrors, "run options");
    if (options.script === undefined) {
      const budget = estimateRun(config, options.horizonDays).problems;
      if (budget.length > 0) {
        throw new ScenarioValidationError(
          budget.map((p) => `${formatPath(p.path.slice(1))}: got ${describeValue(p.value)}; expected a run within the run budget: ${p.message}`),
          "office run (beyond the run budget)",
        );
      }
    }
    const warmup = options.warmupDays ?? 0;
    this.sim = new Simulation({ eventBudget: options.eventBudget ?? 50_000_000 });
    const calOpts: ConstructorParameters<typeof WorkingCalendar>[0] = { start: config.startDate, holidays: config.holidays };
    if (config.officeHours !== undefined) calOpts.hours = config.officeHours;
    this.timeline = new Timeline(config.timeline ?? [], options.horizonDays, config.startDate, config.units);
    const phases = this.timeline.calendarPhases(calOpts);
    this.calendar = phases.length > 0 ? new PhasedCalendar(calOpts, phases) : new WorkingCalendar(calOpts);
    // dated changes to the world are made on this replication's own copy
    this.world = this.timeline.changesWorld ? structuredClone(config.world) : config.world;
    this.streams = createStream(options.seed, "rep", options.replication ?? 0);
    this.recorder =
      options.periods === undefined
        ? new OfficeRecorder(warmup, options.horizonDays)
        : new PeriodRecorder(warmup, options.horizonDays, config.startDate, options.periods);
    this.trace = options.trace === true ? [] : null;
    this.tracing = this.trace !== null;
    this.factory = new CaseFactory(this.world, this.streams);
    this.hireRng = this.streams.derive("hire");
    this.routeRng = this.streams.derive("routing");
    this.contactRng = this.streams.derive("contact-time");
    this.questionRng = this.streams.derive("questions");
    this.healthRng = this.streams.derive("healthcare");
    this.judgeRng = this.streams.derive("second-judge");
    this.units = config.units.map((u, i) => (u.regime === "team" ? new TeamUnit(i, u, this) : new StandardisedUnit(i, u, this)));
    const total = config.units.reduce((a, u) => a + u.caseShare, 0);
    let acc = 0;
    this.unitShares = config.units.map((u) => (acc += u.caseShare / total));
  }

  /** @inheritDoc */
  hire(experience: number): Handler {
    const p = this.world.people;
    const exp = Math.min(1, Math.max(0, experience + normal(this.hireRng, 0, p.experienceSpread)));
    const speed = Math.max(0.5, normal(this.hireRng, 1, p.speedSpread));
    const leaning = normal(this.hireRng, 0, this.world.judgement.judgementSpread);
    return new Handler(this.nextHandlerId++, exp, speed, leaning, p.baseStress);
  }

  /** @inheritDoc */
  secondJudge(notId: number): { leaning: number } | null {
    for (let tries = 0; tries < 20; tries++) {
      const u = this.units[Math.floor(this.judgeRng() * this.units.length)] as Unit;
      const slot = u.slots[Math.floor(this.judgeRng() * u.slots.length)];
      const h = slot?.handler;
      if (h && h.id !== notId && slot.role !== "customerCentre") return { leaning: h.leaning * u.leaningScale() };
    }
    return null;
  }

  /** @inheritDoc */
  healthcareAnswer(delayFactor: number): { delayDays: number; complete: boolean } {
    const c = this.world.certificates;
    const mean = c.answerDelayDays * delayFactor;
    const delayDays = mean > 0 ? lognormalMeanCv(this.healthRng, mean, c.answerDelayCv) : 0;
    return { delayDays, complete: this.healthRng() >= c.stillIncompleteShare };
  }

  /** @inheritDoc */
  citizenContact(kase: Case, reason: ContactReason, at: number): void {
    const sim = this.sim;
    // people call in office hours: some time during the next working day
    const t = this.calendar.addWorkingTime(Math.max(at, sim.now), 7 * this.contactRng());
    sim.schedule(t - sim.now, () => {
      if (kase.withdrawn) return;
      const failure = FAILURE_REASONS.has(reason);
      this.recorder.contact(sim.now, reason, failure);
      if (this.tracing) this.note(kase.id, `contact:${reason}`);
      const task = new Task("contact", kase, this.world.contacts.contactHours, sim.now, failure);
      task.reason = reason;
      task.contactAt = sim.now;
      (this.units[kase.unit] as Unit).contact(task);
    });
  }

  /** Add a trace line (when tracing). */
  note(caseId: number, event: string, hours?: number): void {
    if (this.trace === null) return;
    const entry: TraceEntry = { t: this.sim.now, caseId, event };
    const unit = this.traceUnit.get(caseId);
    if (unit !== undefined) entry.unit = unit;
    if (hours !== undefined) entry.hours = hours;
    this.trace.push(entry);
  }

  private admit(c: Case, countArrival: boolean): void {
    const u = this.routeRng();
    let i = 0;
    while (i < this.unitShares.length - 1 && u >= (this.unitShares[i] as number)) i++;
    const unit = this.units[i] as Unit;
    this.recorder.opened(this.sim.now, countArrival);
    if (this.tracing) this.traceUnit.set(c.id, i);
    this.note(c.id, "arrive");
    unit.admit(c);
    this.watchCitizen(c, unit);
  }

  private watchCitizen(c: Case, unit: Unit): void {
    const sim = this.sim;
    const cit = this.world.citizens;
    const chase = (): void => {
      if (!c.open) return;
      if (c.expectedBy > sim.now + 1e-9) {
        sim.schedule(c.expectedBy - sim.now, chase);
        return;
      }
      if (!unit.current().chase(c)) {
        this.citizenContact(c, "chasing", sim.now);
        c.expectedBy = sim.now + cit.chaseRepeatDays;
      }
      sim.schedule(Math.max(0, c.expectedBy - sim.now), chase);
    };
    sim.schedule(Math.max(0, c.expectedBy - sim.now), chase);
    // real questions: how many and when does not depend on the office
    const questions = poisson(this.questionRng, cit.questionsPerCase);
    for (let q = 0; q < questions; q++) {
      const at = c.arrival + 21 * this.questionRng();
      if (at >= sim.now) this.citizenContact(c, "claim-question", at);
    }
    if (c.sickEnd > sim.now) sim.schedule(c.sickEnd - sim.now, () => unit.current().flow.maybeWithdraw(c));
  }

  /**
   * Admit the office's own open claims, oldest first: each is drawn like a new
   * claim (within its complexity class, if given) and enters at the step it
   * waits at with its certificate as listed.
   */
  private admitStartingBacklog(claims: readonly StartingClaim[]): void {
    const start = Date.parse(`${this.config.startDate}T00:00:00Z`);
    const dated = claims.map((claim, i) => ({ claim, i, age: (start - Date.parse(`${claim.arrived}T00:00:00Z`)) / 86_400_000 }));
    dated.sort((a, b) => b.age - a.age || a.i - b.i);
    for (const { claim, age } of dated) {
      const c = this.factory.next(-Math.max(0, age), claim.complexity);
      c.startingState = { step: STEPS.indexOf(claim.step), certificateComplete: claim.certificateComplete };
      this.admit(c, false);
    }
  }

  /** Admit the starting backlog and schedule random arrivals of new claims. */
  private arrivals(): void {
    const sim = this.sim;
    const opts = this.options;
    const d = this.world.demand;
    if (this.config.initialBacklog !== undefined) {
      this.admitStartingBacklog(this.config.initialBacklog);
    } else {
      // the starting backlog: claims that arrived over the last weeks
      const backlog = Math.round(d.initialBacklogWeeks * d.casesPerWeek);
      const ages: number[] = [];
      const backlogRng = this.streams.derive("backlog");
      for (let i = 0; i < backlog; i++) ages.push(backlogRng() * 2 * d.initialBacklogWeeks * 7);
      ages.sort((a, b) => b - a);
      for (const age of ages) this.admit(this.factory.next(-age), false);
    }
    // new claims
    const arrivals = this.streams.derive("arrivals");
    const profile = d.weekdayProfile;
    const meanProfile = profile.reduce((a, b) => a + b, 0) / profile.length;
    const base = d.casesPerWeek / 7;
    const startDoy = dayOfYear(this.config.startDate);
    const amp = d.seasonalAmplitude;
    const timeline = this.timeline;
    const firstWeekday = this.calendar.dateOf(0).weekday;
    const weekday = (t: number): number => (((firstWeekday + Math.floor(t)) % 7) + 7) % 7;
    const rate = (t: number): number => {
      const wd = (profile[weekday(t)] as number) / meanProfile;
      const season = 1 + amp * Math.cos((2 * Math.PI * (startDoy + t - d.seasonalPeakDay)) / 365.25);
      return base * wd * season * timeline.demandFactor(t);
    };
    const bound = (t: number): { max: number; until: number } => {
      // no arrivals are needed past the horizon (and none can come when demand is zero)
      if (t >= opts.horizonDays || !(base > 0)) return { max: 0, until: Infinity };
      const day = Math.floor(t);
      const wd = (profile[weekday(day)] as number) / meanProfile;
      return { max: base * wd * (1 + Math.abs(amp)) * timeline.maxDemandFactor(day), until: day + 1 };
    };
    const arrive = (): void => {
      this.admit(this.factory.next(sim.now), true);
      const next = nhppNext(arrivals, sim.now, rate, bound);
      if (next < opts.horizonDays) sim.schedule(next - sim.now, arrive);
    };
    const first = nhppNext(arrivals, 0, rate, bound);
    if (first < opts.horizonDays) sim.schedule(first, arrive);
  }

  /** Run the replication to the horizon. */
  run(): OfficeRun {
    const sim = this.sim;
    const opts = this.options;
    for (const u of this.units) u.start();
    this.timeline.install(this);
    if (opts.script !== undefined) {
      for (const spec of [...opts.script].sort((a, b) => a.arrival - b.arrival)) {
        sim.schedule(Math.max(0, spec.arrival - sim.now), () => this.admit(this.factory.scripted(spec), true));
      }
    } else {
      this.arrivals();
    }
    // the weekly management cycle
    const weekly = (): void => {
      const stress: number[] = [];
      for (const u of this.units) for (const s of u.weekly()) stress.push(s);
      this.recorder.week(sim.now, stress);
      if (sim.now + 7 <= opts.horizonDays) sim.schedule(7, weekly);
    };
    sim.schedule(7, weekly);
    const warmup = opts.warmupDays ?? 0;
    if (warmup > 0) sim.schedule(warmup, () => this.recorder.startWindow(warmup));
    // Run a simulated day at a time and check the guards in between: the memory budget
    // (a clear SimulationError instead of an out-of-memory crash) and the abort signal.
    // Slicing by day does not change the order of events, so results are identical.
    const budgetMB = opts.memoryBudgetMB ?? Math.min(3072, (0.8 * getHeapStatistics().heap_size_limit) / 2 ** 20);
    for (let day = 1; ; day++) {
      const until = Math.min(day, opts.horizonDays);
      sim.run({ until });
      if (until >= opts.horizonDays) break;
      if (opts.signal?.aborted === true) throw opts.signal.reason;
      if (day % 8 === 0) {
        const usedMB = getHeapStatistics().used_heap_size / 2 ** 20;
        if (usedMB > budgetMB) {
          throw new SimulationError(
            `memory budget exceeded: the run holds ${Math.round(usedMB)} MB of heap at t=${until} days ` +
              `(${this.recorder.openCases} claims open, ${sim.pending} events pending); the budget is ${Math.round(budgetMB)} MB ` +
              "(memoryBudgetMB; lower the demand, the backlog or the horizon)",
            until,
          );
        }
      }
    }
    // close the books
    for (const u of this.retired) for (const slot of u.slots) if (slot.handler !== null) u.creditAvailable(slot, opts.horizonDays);
    for (const u of this.units) {
      for (const slot of u.slots) if (slot.handler !== null) u.creditAvailable(slot, opts.horizonDays);
      for (const t of u.flow.pendingCheckpoints) this.recorder.checkpointMissed(t.due);
    }
    let measuredSum = 0;
    let measuredN = 0;
    for (const u of this.units) {
      const deciders = u.slots.filter((s) => s.role !== "customerCentre").length;
      measuredSum += u.measuredDecisionSum * deciders;
      measuredN += u.measuredWeeks * deciders;
    }
    const measured = measuredN > 0 ? measuredSum / measuredN : NaN;
    const metrics = this.recorder.result(measured);
    // a figure no unit's measurement regime records was not seen by management
    const seen = (key: "leadTimeDays" | "callAnswerSeconds"): boolean =>
      this.units.some((u) => {
        const r = u.policies.recorded(u.ctx());
        return r === null || r.has(key);
      });
    if (!seen("leadTimeDays")) metrics.measured.leadTimeDays.measured = NaN;
    if (!seen("callAnswerSeconds")) metrics.measured.callAnswerSeconds.measured = NaN;
    const run: OfficeRun = {
      metrics,
      series: this.recorder.series,
      contactsByReason: { ...this.recorder.contactsByReason },
      events: sim.eventsProcessed,
    };
    if (this.trace !== null) run.trace = this.trace;
    if (this.recorder instanceof PeriodRecorder) run.periods = this.recorder.periods();
    return run;
  }
}

function dayOfYear(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000;
}

/** Simulate one replication of `config`. */
export function simulateOffice(config: OfficeConfig, options: OfficeRunOptions): OfficeRun {
  return new Office(config, options).run();
}
