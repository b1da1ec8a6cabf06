/*
 * A queue of tasks waiting for a handler. Contacts and callbacks go in an urgent
 * lane served first in arrival order; other tasks are chosen by the unit's
 * policies from the first `window` tasks in arrival order (the part of the list a
 * handler actually looks at), first come first served when no policy has an
 * opinion. Withdrawn claims' tasks are dropped when reached. Both lanes are ring
 * buffers, so taking from the head costs the same however long the queue is.
 */
import type { Task } from "../casework/Task";
import type { PolicyContext } from "../policies/Policy";
import type { PolicySet } from "../policies/PolicySet";

/** How many tasks a handler looks at when choosing. @defaultValue 20 */
export const SELECTION_WINDOW = 20;

/**
 * A double-ended queue of tasks in a ring buffer whose size is a power of two:
 * adding or taking at either end is O(1); removing the i-th task moves the i
 * tasks before it.
 */
class TaskRing {
  private buf: Array<Task | null> = new Array<Task | null>(16).fill(null);
  private mask = 15;
  private head = 0;
  /** number of tasks held */
  length = 0;

  /** The i-th task from the head (0 ≤ i < length). */
  at(i: number): Task {
    return this.buf[(this.head + i) & this.mask] as Task;
  }

  push(task: Task): void {
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) & this.mask] = task;
    this.length++;
  }

  unshift(task: Task): void {
    if (this.length === this.buf.length) this.grow();
    this.head = (this.head - 1) & this.mask;
    this.buf[this.head] = task;
    this.length++;
  }

  /** Remove and return the i-th task (0 ≤ i < length): the tasks before it move back one place. */
  removeAt(i: number): Task {
    const buf = this.buf;
    const mask = this.mask;
    const head = this.head;
    const task = buf[(head + i) & mask] as Task;
    for (let k = i; k > 0; k--) buf[(head + k) & mask] = buf[(head + k - 1) & mask] as Task;
    buf[head] = null;
    this.head = (head + 1) & mask;
    this.length--;
    return task;
  }

  /** Remove and return the last task, or undefined when empty. */
  pop(): Task | undefined {
    if (this.length === 0) return undefined;
    this.length--;
    const j = (this.head + this.length) & this.mask;
    const task = this.buf[j] as Task;
    this.buf[j] = null;
    return task;
  }

  /** The first `n` tasks (n ≤ length) as a new array. */
  slice(n: number): Task[] {
    const out = new Array<Task>(n);
    for (let k = 0; k < n; k++) out[k] = this.at(k);
    return out;
  }

  /** Append every task in order to `out`, then empty the ring. */
  drainInto(out: Task[]): void {
    for (let k = 0; k < this.length; k++) out.push(this.at(k));
    this.buf.fill(null);
    this.head = 0;
    this.length = 0;
  }

  private grow(): void {
    const old = this.buf;
    const next = new Array<Task | null>(old.length * 2).fill(null);
    for (let k = 0; k < this.length; k++) next[k] = old[(this.head + k) & this.mask] as Task;
    this.buf = next;
    this.mask = next.length - 1;
    this.head = 0;
  }
}

/** Tasks waiting, with an urgent lane. */
export class WorkQueue {
  private readonly urgent = new TaskRing();
  private readonly tasks = new TaskRing();
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
    const urgent = this.urgent;
    const tasks = this.tasks;
    for (;;) {
      let task: Task;
      if (urgent.length > 0) {
        task = urgent.removeAt(0);
      } else if (tasks.length > 0) {
        const n = tasks.length;
        let i = 0;
        if (n > 1 && policies.selects) {
          i = policies.selectTask(tasks.slice(n > SELECTION_WINDOW ? SELECTION_WINDOW : n), ctx);
        }
        task = tasks.removeAt(i);
      } else {
        return null;
      }
      this.expectedHours -= task.expectedHours;
      if (tasks.length === 0 && urgent.length === 0) this.expectedHours = 0;
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

  /** Remove and return every task (for reassignment): the urgent lane first, each in order. */
  drain(): Task[] {
    const all: Task[] = [];
    this.urgent.drainInto(all);
    this.tasks.drainInto(all);
    this.expectedHours = 0;
    return all;
  }
}
