/*
 * The engine room of the experiment layer: runs replication tasks either in the
 * calling thread or on a pool of worker threads, handing out tasks one at a time
 * as workers become free. Results are returned keyed by task, so their order of
 * arrival never matters; abort terminates every worker before the promise
 * settles, so no thread outlives a call.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ModelOutput, SomeExperimentModel } from "./ExperimentModel";
import type { ResultMessage, TaskMessage, WorkerSetup } from "./workerProtocol";

/** One replication of one scenario. */
export interface Task {
  /** Position of the scenario in {@link RunTasksOptions.scenarios}. */
  scenario: number;
  /** Replication index. */
  replication: number;
}

/** Settings of {@link runTasks}. */
export interface RunTasksOptions {
  /** The model; worker threads import its `module` and take the export with its id. */
  model: SomeExperimentModel;
  /** Validated scenarios. */
  scenarios: readonly unknown[];
  /** Root seed passed to every replication. */
  rootSeed: number | string;
  /** Thread count from {@link planWorkers}; 1 runs in the calling thread. */
  workers: number;
  /** Whether to pass time series on to `onResult`. */
  keepSeries: boolean;
  /** Aborts the run. */
  signal?: AbortSignal | undefined;
  /** The next task to start, or undefined when there are none left. Called in dispatch order. */
  next(): Task | undefined;
  /** Receives each result; returning true ends the run (tasks still running are dropped). */
  onResult(task: Task, output: ModelOutput): boolean | void;
}

let liveWorkers = 0;

/**
 * Number of experiment worker threads currently alive in this process (started
 * and not yet exited). It is 0 whenever no experiment is running.
 */
export function activeWorkerCount(): number {
  return liveWorkers;
}

/**
 * How many threads to use: `"auto"` means `os.availableParallelism()`; the
 * count is capped at `maxTasks`. Worker threads load a model by importing its
 * `module` (see {@link ExperimentModel.module}); a model without one runs in
 * the calling thread (count 1) when `requested` is `"auto"`.
 *
 * @throws RangeError if `requested` is not `"auto"` or a whole number ≥ 1, or
 *   asks for more than one thread for a model without a `module`
 */
export function planWorkers(requested: number | "auto" | undefined, model: SomeExperimentModel, maxTasks: number): number {
  const loadable = onWorkers(model);
  if (requested === undefined || requested === "auto") {
    return loadable ? Math.max(1, Math.min(availableParallelism(), maxTasks)) : 1;
  }
  if (!Number.isInteger(requested) || requested < 1) {
    throw new RangeError(`workers must be "auto" or a whole number ≥ 1, got ${String(requested)}`);
  }
  if (requested > 1 && !loadable) {
    throw new RangeError(
      `workers: model "${model.id}" has no module, so worker threads cannot load it; ` +
        `use workers: 1 (or "auto"), or set the model's module to the module that exports it (in an ES module: module: import.meta.url)`,
    );
  }
  return Math.max(1, Math.min(requested, maxTasks));
}

/**
 * Runs tasks until `next()` returns undefined or `onResult` returns true.
 * Rejects with `signal.reason` when aborted, or with an Error naming the
 * replication when the model throws; either way all workers have exited first.
 */
export function runTasks(options: RunTasksOptions): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- AbortSignal's contract: reject with signal.reason, whatever the caller aborted with
  if (options.signal?.aborted === true) return Promise.reject(options.signal.reason);
  if (options.workers <= 1 && !isolated(options)) return runInThread(options);
  return runOnWorkers({ ...options, workers: Math.max(1, options.workers) });
}

/** Whether worker threads can load `model`: it names a module that exports it. */
function onWorkers(model: SomeExperimentModel): boolean {
  return typeof model.module === "string" && model.module !== "";
}

/**
 * Whether a one-thread run goes to a worker thread anyway: when it can be aborted
 * (a signal is given) and the model can be loaded there. A replication runs synchronously,
 * so in the calling thread an abort (Ctrl-C) would only be seen between
 * replications; on a worker the calling thread stays free and terminating the
 * worker stops the run at once. Results are identical either way.
 */
function isolated(o: RunTasksOptions): boolean {
  if (o.signal === undefined || !onWorkers(o.model)) return false;
  try {
    workerScript();
    return true;
  } catch {
    return false; // running from sources without a build: stay in this thread
  }
}

async function runInThread(o: RunTasksOptions): Promise<void> {
  for (;;) {
    o.signal?.throwIfAborted();
    const task = o.next();
    if (task === undefined) return;
    let out: ModelOutput;
    try {
      out = o.model.run(o.scenarios[task.scenario], { rootSeed: o.rootSeed, replication: task.replication });
    } catch (err) {
      throw replicationError(o.model.id, task, err);
    }
    checkOutput(o.model.id, task, out);
    const result: ModelOutput = { metrics: out.metrics };
    if (o.keepSeries && out.series !== undefined) result.series = out.series;
    if (o.onResult(task, result) === true) return;
    // Let timers and abort signals run between replications.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function runOnWorkers(o: RunTasksOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const setup: WorkerSetup = {
      modelId: o.model.id,
      module: o.model.module!,
      scenarios: [...o.scenarios],
      rootSeed: o.rootSeed,
      keepSeries: o.keepSeries,
    };
    const script = workerScript();
    const pool: Worker[] = [];
    const running = new Map<number, Task>();
    let taskCounter = 0;
    let idle = 0;
    let settled = false;

    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      o.signal?.removeEventListener("abort", onAbort);
      void Promise.allSettled(pool.map((w) => w.terminate())).then(() => {
        if (error === undefined) resolve();
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- error is signal.reason on abort (AbortSignal's contract), else an Error
        else reject(error);
      });
    };
    const onAbort = (): void => finish(o.signal?.reason);

    const dispatch = (w: Worker): void => {
      if (settled) return;
      let task: Task | undefined;
      try {
        task = o.next();
      } catch (err) {
        finish(err);
        return;
      }
      if (task === undefined) {
        idle++;
        if (idle === pool.length) finish();
        return;
      }
      const id = taskCounter++;
      running.set(id, task);
      const msg: TaskMessage = { task: id, scenario: task.scenario, replication: task.replication };
      w.postMessage(msg);
    };

    o.signal?.addEventListener("abort", onAbort, { once: true });
    for (let k = 0; k < o.workers; k++) {
      let w: Worker;
      try {
        w = new Worker(script, { workerData: setup });
      } catch (err) {
        finish(err);
        return;
      }
      liveWorkers++;
      pool.push(w);
      w.on("exit", (code) => {
        liveWorkers--;
        if (!settled) finish(new Error(`experiment worker thread exited unexpectedly (exit code ${code})`));
      });
      w.on("error", (err) => finish(new Error(`experiment worker thread failed: ${err.message}`, { cause: err })));
      w.on("message", (msg: ResultMessage) => {
        if (settled) return;
        const task = running.get(msg.task);
        if (task === undefined) return;
        running.delete(msg.task);
        if (msg.type === "error") {
          const cause = new Error(msg.message);
          cause.name = msg.name;
          if (msg.stack !== undefined) cause.stack = msg.stack;
          finish(replicationError(o.model.id, task, cause));
          return;
        }
        const out: ModelOutput = { metrics: msg.metrics };
        if (msg.series !== undefined) out.series = msg.series;
        try {
          checkOutput(o.model.id, task, out);
          if (o.onResult(task, out) === true) {
            finish();
            return;
          }
        } catch (err) {
          finish(err);
          return;
        }
        dispatch(w);
      });
    }
    for (const w of pool) dispatch(w);
  });
}

function replicationError(modelId: string, task: Task, cause: unknown): Error {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new Error(`model "${modelId}" failed in replication ${task.replication} (scenario #${task.scenario}): ${message}`, {
    cause,
  });
}

function checkOutput(modelId: string, task: Task, out: ModelOutput): void {
  if (typeof out !== "object" || out === null || typeof out.metrics !== "object" || out.metrics === null) {
    throw new TypeError(`model "${modelId}" must return { metrics: { name: number } }, got ${typeof out} in replication ${task.replication}`);
  }
  for (const [name, value] of Object.entries(out.metrics)) {
    if (typeof value !== "number") {
      throw new TypeError(`model "${modelId}": metric "${name}" must be a number, got ${typeof value} in replication ${task.replication}`);
    }
  }
}

/**
 * Location of the worker script: `worker.js` (or `worker.cjs`) next to this
 * module in the built package; when running from the TypeScript sources (tests),
 * the built `dist/worker.js` of the package.
 */
function workerScript(): string {
  const here = typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, "worker.js"), join(here, "worker.cjs"), join(here, "..", "..", "dist", "worker.js")];
  for (const c of candidates) if (existsSync(c)) return c;
  throw new Error(
    `experiment worker script not found (looked for ${candidates.join(", ")}); ` + `build the package first (npm run build) or run with workers: 1`,
  );
}
