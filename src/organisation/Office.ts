/*
 * One simulated office for one replication: new claims arrive by a
 * non-homogeneous Poisson process (weekly volume, weekday profile, seasonality)
 * on top of a starting backlog (random, or the office's own open claims), are
 * routed to units, and citizens get in touch — with real questions, and with
 * failure demand when a claim takes longer than they expected, when letters
 * confuse, when they are asked again, or to contest a rejection. Each week management reads its measured figures. The result is
 * computed from the true event record only.
 */
import type { Case } from "../casework/Case";
import { CaseFactory } from "../casework/CaseFactory";
import type { CaseworkParams } from "../casework/CaseworkParams";
import { Handler } from "../casework/Handler";
import type { ContactReason } from "../casework/ContactReason";
import { Task } from "../casework/Task";
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
import { normal } from "../random/normal";
import { poisson } from "../random/poisson";
import type { RandomStream } from "../random/RandomStream";
import type { OfficeConfig } from "./OfficeConfig";
import { OfficeRecorder } from "./OfficeRecorder";
import { PeriodRecorder } from "./PeriodRecorder";
import type { OfficeServices } from "./OfficeServices";
import { Timeline } from "./Timeline";
import { WorkingYear } from "./WorkingYear";
import { scheduleArrivals } from "./scheduleArrivals";
import type { OfficeRun, OfficeRunOptions, TraceEntry } from "./OfficeRun";
import { regimeOf } from "./regimes/regimeRegistry";
import type { Unit } from "./Unit";

export type { OfficeRunOptions, TraceEntry, OfficeRun } from "./OfficeRun";

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
  /** leave, sickness and parental leave of the staff, when configured */
  readonly workingYear: WorkingYear | null;
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
    this.workingYear = config.workingYear === undefined ? null : new WorkingYear(config.workingYear, config.startDate, options.horizonDays);
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
    this.units = config.units.map((u, i) => regimeOf(u.regime, `units[${i}].regime`).create(i, u, this));
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
      if (h && h.id !== notId && slot.decides) return { leaning: h.leaning * u.leaningScale() };
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
      this.recordContact(kase, reason);
      const task = new Task("contact", kase, this.world.contacts.contactHours, sim.now, reason);
      task.contactAt = sim.now;
      (this.units[kase.unit] as Unit).contact(task);
    });
  }

  /** @inheritDoc */
  recordContact(kase: Case, reason: ContactReason): void {
    this.recorder.contact(this.sim.now, reason);
    if (this.tracing) this.note(kase.id, `contact:${reason}`);
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
      const at = c.arrival + cit.questionWindowDays * this.questionRng();
      if (at >= sim.now) this.citizenContact(c, "claim-question", at);
    }
    if (c.sickEnd > sim.now) sim.schedule(c.sickEnd - sim.now, () => unit.current().flow.maybeWithdraw(c));
  }

  /** Run the replication to the horizon. */
  run(): OfficeRun {
    const sim = this.sim;
    const opts = this.options;
    for (const u of this.units) u.start();
    this.timeline.install(this);
    this.workingYear?.install(this);
    if (opts.script !== undefined) {
      for (const spec of [...opts.script].sort((a, b) => a.arrival - b.arrival)) {
        sim.schedule(Math.max(0, spec.arrival - sim.now), () => this.admit(this.factory.scripted(spec), true));
      }
    } else {
      scheduleArrivals(this, this.factory, (c, countArrival) => this.admit(c, countArrival));
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
      const deciders = u.slots.filter((s) => s.decides).length;
      measuredSum += u.management.measuredDecisionSum * deciders;
      measuredN += u.management.measuredWeeks * deciders;
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

/** Simulate one replication of `config`. */
export function simulateOffice(config: OfficeConfig, options: OfficeRunOptions): OfficeRun {
  return new Office(config, options).run();
}
