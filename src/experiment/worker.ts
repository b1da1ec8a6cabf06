/*
 * Entry point of an experiment worker thread (built to dist/worker.js). It
 * registers the built-in models, then runs the replications it is sent, one at
 * a time, and posts back each result.
 */
import { parentPort, workerData } from "node:worker_threads";
import { registerBuiltinModels } from "../models/builtinModels";
import { getModel } from "./modelRegistry";
import type { ResultMessage, TaskMessage, WorkerSetup } from "./workerProtocol";

if (parentPort === null) {
  throw new Error("caseflow worker: this file must be started as a worker thread by runReplications");
}
const port = parentPort;
const setup = workerData as WorkerSetup;
registerBuiltinModels();
const model = getModel(setup.modelId);

port.on("message", (msg: TaskMessage) => {
  let answer: ResultMessage;
  try {
    const out = model.run(setup.scenarios[msg.scenario], { rootSeed: setup.rootSeed, replication: msg.replication });
    answer = { type: "done", task: msg.task, metrics: out.metrics };
    if (setup.keepSeries && out.series !== undefined) answer.series = out.series;
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    answer = { type: "error", task: msg.task, name: e.name, message: e.message };
    if (e.stack !== undefined) answer.stack = e.stack;
  }
  port.postMessage(answer);
});
