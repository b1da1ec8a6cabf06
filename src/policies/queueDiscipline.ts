/*
 * Queue discipline: the rule by which a handler picks the next task from the
 * waiting list. First come, first served is the default; a unit may instead
 * take the claims that arrived longest ago, the quickest tasks, the
 * rehabilitation-chain checkpoints with the nearest due date, or follow a
 * risk-based rule that puts checkpoints about to fall due and claims that have
 * waited long first. Handlers look at the front of the list only (the first
 * 20 tasks); calls are always answered first and are not subject to the rule.
 */
import { z } from "zod";
import { lazyDefaults, lazySchema } from "./lazySchema";
import { nonNegative, type OptionsOf, type SettingsOf } from "./optionSchemas";
import { parsePolicyOptions } from "./parsePolicyOptions";
import type { Policy, PolicyContext, TaskView } from "./Policy";

/** The queue rules. */
export const QUEUE_RULES = ["fifo", "oldest-first", "shortest-expected-first", "checkpoint-deadline-first", "risk-based"] as const;

/** A queue rule. */
export type QueueRule = (typeof QUEUE_RULES)[number];

/**
 * The written form of {@link queueDiscipline} (`{ kind: "queueDiscipline", ...options }`)
 * and the one description of its options. Built on first call.
 */
export const queueDisciplineSpecSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal("queueDiscipline"),
    rule: z
      .enum(QUEUE_RULES)
      .default("fifo")
      .describe(
        "how the next task is picked from the visible part of the queue: fifo takes the task that became ready first; oldest-first the task of the claim that arrived first; shortest-expected-first the task with the smallest estimated hours; checkpoint-deadline-first the checkpoint with the earliest due date, else first come; risk-based checkpoints about to fall due, then claims that have waited long",
      ),
    dueWithinDays: nonNegative(3650)
      .default(7)
      .describe("risk-based: a checkpoint due within this many days is at risk (assumption) (at most 3650: ten years)"),
    oldAfterDays: nonNegative(3650)
      .default(21)
      .describe(
        "risk-based: a claim that arrived more than this many days ago is at risk (assumption; the days a citizen expects to wait by default) (at most 3650: ten years)",
      ),
  }),
);

/** Options of {@link queueDiscipline}, each optional: see {@link queueDisciplineSpecSchema} for meaning, bounds and default. */
export type QueueDisciplineOptions = OptionsOf<typeof queueDisciplineSpecSchema>;

/** Defaults of {@link queueDiscipline}: the `.default()` of each option in {@link queueDisciplineSpecSchema} (read on first use). */
export const queueDisciplineDefaults: Readonly<SettingsOf<typeof queueDisciplineSpecSchema>> = lazyDefaults(() =>
  parsePolicyOptions("queueDiscipline", queueDisciplineSpecSchema(), {}),
);

/**
 * A queue rule, applied to the visible tasks; ties go to the task earlier in the
 * list. The risk-based rule takes, in order: the checkpoint due within
 * `dueWithinDays` with the earliest due date; else the task of the claim that
 * arrived first among claims older than `oldAfterDays`; else the first task.
 * Every rule states an opinion (even "fifo" picks the first task), so a policy
 * listed after it in the unit cannot choose: a fixed discipline leaves no room
 * to select.
 *
 * @param opts options over {@link queueDisciplineDefaults}, read with {@link queueDisciplineSpecSchema}
 * @throws RangeError naming the option, the value and what is allowed when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function queueDiscipline(opts: QueueDisciplineOptions = {}): Policy {
  const P = "queueDiscipline";
  const { rule, dueWithinDays: dueWithin, oldAfterDays: oldAfter } = parsePolicyOptions(P, queueDisciplineSpecSchema(), opts);

  let select: (tasks: readonly TaskView[], ctx: PolicyContext) => number;
  switch (rule) {
    case "fifo":
      select = () => 0;
      break;
    case "oldest-first":
      select = (tasks) => argMin(tasks, arrivalOf);
      break;
    case "shortest-expected-first":
      select = (tasks) => argMin(tasks, hoursOf);
      break;
    case "checkpoint-deadline-first":
      select = (tasks) => {
        const i = argMin(tasks, dueOf);
        return (tasks[i] as TaskView).due < Infinity ? i : 0;
      };
      break;
    case "risk-based":
      select = (tasks, ctx) => {
        const now = ctx.now;
        let best = -1;
        let bestDue = Infinity;
        for (let i = 0; i < tasks.length; i++) {
          const d = (tasks[i] as TaskView).due;
          if (d <= now + dueWithin && d < bestDue) {
            bestDue = d;
            best = i;
          }
        }
        if (best >= 0) return best;
        let bestArrival = now - oldAfter;
        for (let i = 0; i < tasks.length; i++) {
          const a = (tasks[i] as TaskView).arrival;
          if (a < bestArrival) {
            bestArrival = a;
            best = i;
          }
        }
        return best >= 0 ? best : 0;
      };
      break;
  }
  return { name: P, selectTask: select };
}

function arrivalOf(t: TaskView): number {
  return t.arrival;
}

function hoursOf(t: TaskView): number {
  return t.expectedHours;
}

function dueOf(t: TaskView): number {
  return t.due;
}

/** Index of the task with the smallest key (first on ties). */
function argMin(tasks: readonly TaskView[], key: (t: TaskView) => number): number {
  let best = 0;
  let bestKey = Infinity;
  for (let i = 0; i < tasks.length; i++) {
    const k = key(tasks[i] as TaskView);
    if (k < bestKey) {
      bestKey = k;
      best = i;
    }
  }
  return best;
}
