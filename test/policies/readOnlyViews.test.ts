/*
 * Policies see only what a handler sees. A policy written in JavaScript gets
 * frozen views: no field of a task view holds or leads to the claim's latent
 * truth (its merit, its true need, its complexity class), and writing to a view,
 * to the measured figures or to the context throws and changes nothing — an
 * office with a policy that tries all of it gives bit-identical results to the
 * same office without it.
 */
import { describe, expect, it } from "vitest";
import { Case, STEPS } from "../../src/casework/Case";
import { Task } from "../../src/casework/Task";
import { taskView } from "../../src/policies/taskView";
import type { Policy, PolicyContext, TaskView } from "../../src/index";
import { runOffice, type Regime } from "./helpers";

/** The fields of a task view: observable facts and the handler's estimates. */
const VIEW_FIELDS = [
  "kind",
  "caseId",
  "arrival",
  "readySince",
  "expectedHours",
  "claimExpectedHours",
  "claimStep",
  "certificateMissing",
  "documentsComplete",
  "due",
  "failureDemand",
  "contactReason",
  "escalated",
].sort();

/** Names under which the model keeps latent truth or live objects. */
const LATENT = [
  "merit",
  "entitled",
  "need",
  "needHours",
  "stepNeed",
  "complexity",
  "kase",
  "case",
  "estimateFactor",
  "luck",
  "correct",
  "granted",
  "certificateDraw",
];

/** Every name reachable on a value: own keys, symbols and the prototype chain's. */
function namesOf(x: object): string[] {
  const out: string[] = [];
  for (let o: object | null = x; o !== null && o !== Object.prototype && o !== Array.prototype; o = Object.getPrototypeOf(o) as object | null) {
    out.push(...Object.getOwnPropertyNames(o), ...Object.getOwnPropertySymbols(o).map(String));
  }
  return out;
}

/** Runs `attempt`; true when it threw a TypeError (a write to a frozen object in strict code). */
function refused(attempt: () => void): boolean {
  try {
    attempt();
    return false;
  } catch (err) {
    return err instanceof TypeError;
  }
}

interface Seen {
  tasks: number;
  contexts: number;
  refusedWrites: number;
  allowedWrites: string[];
  latentSeen: string[];
  fieldSets: Set<string>;
}

/**
 * A policy that reads everything it can reach and tries to write to it, at every
 * 20th hook call (each refused write throws, and thousands of throws are slow);
 * it always answers "no influence".
 */
function snoop(seen: Seen): Policy {
  let calls = 0;
  const sampled = (): boolean => calls++ % 20 === 0;
  const tryWrite = (what: string, attempt: () => void): void => {
    if (refused(attempt)) seen.refusedWrites++;
    else seen.allowedWrites.push(what);
  };
  const look = (task: TaskView): void => {
    seen.tasks++;
    const names = namesOf(task);
    seen.fieldSets.add(JSON.stringify(Object.keys(task).sort()));
    for (const n of LATENT) if (names.includes(n) || n in task) seen.latentSeen.push(n);
    // nothing in a view is an object that could lead back to the model
    for (const k of Object.keys(task)) {
      const v = (task as unknown as Record<string, unknown>)[k];
      if (typeof v === "object" && v !== null) seen.latentSeen.push(`object at ${k}`);
    }
    const t = task as unknown as Record<string, unknown>;
    tryWrite("task.expectedHours", () => (t["expectedHours"] = 0));
    tryWrite("task.due", () => (t["due"] = -1));
    tryWrite("task.merit", () => (t["merit"] = 1));
    tryWrite("delete task.kind", () => delete t["kind"]);
  };
  const lookContext = (ctx: PolicyContext): void => {
    seen.contexts++;
    for (const n of LATENT) if (namesOf(ctx).includes(n)) seen.latentSeen.push(`ctx.${n}`);
    const c = ctx as unknown as Record<string, unknown>;
    tryWrite("ctx.now", () => (c["now"] = 0));
    tryWrite("ctx.pressure", () => (c["pressure"] = 100));
    tryWrite("ctx.measured", () => (c["measured"] = {}));
    tryWrite("ctx.measured.decisionsPerHandlerWeek", () => ((ctx.measured as { decisionsPerHandlerWeek: number }).decisionsPerHandlerWeek = 0));
    tryWrite("ctx.typicalStepHours[2]", () => ((ctx.typicalStepHours as number[])[2] = 99));
    tryWrite("ctx.rng.derive", () => ((ctx.rng as unknown as Record<string, unknown>)["derive"] = 1));
  };
  return {
    name: "snoop",
    pressure(ctx) {
      lookContext(ctx);
      return 0;
    },
    selectTask(tasks, ctx) {
      if (sampled()) {
        lookContext(ctx);
        tasks.forEach(look);
        tryWrite("tasks.push", () => (tasks as TaskView[]).push(tasks[0] as TaskView));
      }
      return -1;
    },
    effortFactor(task, ctx) {
      if (sampled()) {
        lookContext(ctx);
        look(task);
      }
      return 1;
    },
    decideEarly(task, ctx) {
      lookContext(ctx);
      look(task);
      return false;
    },
  };
}

describe("policies see what a handler sees, read-only", () => {
  for (const regime of ["standardised", "team"] as Regime[]) {
    it(`${regime}: no latent truth in the views, every write refused, results unchanged`, () => {
      const seen: Seen = { tasks: 0, contexts: 0, refusedWrites: 0, allowedWrites: [], latentSeen: [], fieldSets: new Set() };
      const office = { staff: 8, casesPerWeek: 60, horizonDays: 42, warmupDays: 7 };
      const snooped = runOffice(regime, [snoop(seen)], 3, 0, office);
      const plain = runOffice(regime, [], 3, 0, office);
      expect(seen.tasks).toBeGreaterThan(100);
      expect(seen.contexts).toBeGreaterThan(100);
      expect(seen.latentSeen).toEqual([]);
      expect([...seen.fieldSets]).toEqual([JSON.stringify(VIEW_FIELDS)]);
      expect(seen.allowedWrites).toEqual([]);
      expect(seen.refusedWrites).toBeGreaterThan(500);
      // a policy that answers "no influence" leaves the office exactly as without it
      expect(snooped.metrics).toEqual(plain.metrics);
      expect(snooped.series).toEqual(plain.series);
    });
  }
});

describe("taskView", () => {
  it("follows the task as it changes and shows estimates, not the truth", () => {
    const kase = new Case(7, 10, 4, [0.4, 0.4, 1.8, 0.6, 0.8], "complex", 0.5, 5, 60, -0.3, 21);
    kase.estimateFactor = 1.25;
    kase.missingCertificate = true;
    const task = new Task("assess", kase, 1.8, 12);
    let now = 20;
    const view = taskView(task, () => now);
    expect(Object.isFrozen(view)).toBe(true);
    expect(view.expectedHours).toBeCloseTo(1.8 * 1.25, 12);
    expect(view.claimExpectedHours).toBeCloseTo(4 * 1.25, 12);
    expect(view.claimStep).toBe("register");
    expect(view.certificateMissing).toBe(true);
    expect(view.documentsComplete).toBe(false);
    // the claim moves on: the view shows it without being made again
    kase.step = 2;
    kase.missingCertificate = false;
    kase.completeAt = 25;
    expect(view.claimStep).toBe(STEPS[2]);
    expect(view.certificateMissing).toBe(false);
    expect(view.documentsComplete).toBe(false); // the documents are in only from day 25
    now = 25;
    expect(view.documentsComplete).toBe(true);
    kase.step = 5;
    expect(view.claimStep).toBe("done");
    expect(refused(() => ((view as unknown as Record<string, unknown>)["claimStep"] = "pay"))).toBe(true);
  });
});
