/*
 * A queue of tasks waiting for a handler. Contacts and callbacks go in an urgent
 * lane served first in arrival order; other tasks are chosen by the unit's
 * policies from the first `window` tasks in arrival order (the part of the list a
 * handler actually looks at), first come first served when no policy has an
 * opinion. Withdrawn claims' tasks are dropped when reached.
 */
import type { Task } from "../casework/Task";
import type { PolicyContext } from "../policies/Policy";
import type { PolicySet } from "../policies/PolicySet";

/** How many tasks a handler looks at when choosing. @defaultValue 20 */
export const SELECTION_WINDOW = 20;

/** Tasks waiting, with an urgent lane. */
export class WorkQueue {
  private readonly urgent: Task[] = [];
  private readonly tasks: Task[] = [];
  /** sum of the handler-visible estimated hours of waiting tasks */
  expectedHours = 0;

  /** Number of tasks waiting. */
  get length(): number {
    return this.urgent.length + this.tasks.length;
  }

  /** Number of non-urgent tasks waiting. */
  get ordinary(): number {
    return this.tasks.length;
  }

  /** Add a task; contacts (and other `urgent` tasks) go in the urgent lane. */
  push(task: Task, urgent: boolean): void {
    (urgent ? this.urgent : this.tasks).push(task);
    this.expectedHours += task.expectedHours;
  }

  /** Put a task at the head of the ordinary lane (continuing work on the same claim). */
  pushFront(task: Task): void {
    this.tasks.unshift(task);
    this.expectedHours += task.expectedHours;
  }

  /** Take the next task under `policies`, or null when empty. */
  take(policies: PolicySet, ctx: PolicyContext): Task | null {
    for (;;) {
      let task: Task | undefined;
      if (this.urgent.length > 0) {
        task = this.urgent.shift() as Task;
      } else if (this.tasks.length > 0) {
        const n = this.tasks.length;
        let i = 0;
        if (n > 1 && policies.selects) {
          i = policies.selectTask(n > SELECTION_WINDOW ? this.tasks.slice(0, SELECTION_WINDOW) : this.tasks, ctx);
        }
        task = this.tasks[i] as Task;
        if (i === 0) this.tasks.shift();
        else this.tasks.splice(i, 1);
      } else {
        return null;
      }
      this.expectedHours -= task.expectedHours;
      if (this.tasks.length === 0 && this.urgent.length === 0) this.expectedHours = 0;
      if (!task.kase.withdrawn) return task;
    }
  }

  /** Take the last ordinary task (for a colleague helping out), or null. */
  takeLast(): Task | null {
    const task = this.tasks.pop();
    if (task === undefined) return null;
    this.expectedHours -= task.expectedHours;
    return task;
  }

  /** Remove and return every task (for reassignment). */
  drain(): Task[] {
    const all = [...this.urgent, ...this.tasks];
    this.urgent.length = 0;
    this.tasks.length = 0;
    this.expectedHours = 0;
    return all;
  }
}
