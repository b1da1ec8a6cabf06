/*
 * Entry point of an experiment worker thread (built to dist/worker.js). It
 * imports the module that exports the model it is told to run (the package
 * root for the built-in models, the user's own module for theirs), then runs
 * the replications it is sent, one at a time, and posts back each result.
 */
import { parentPort, workerData } from "node:worker_threads";
import { workerModel } from "./workerModel";
import type { ResultMessage, TaskMessage, WorkerSetup } from "./workerProtocol";

if (parentPort === null) {
  throw new Error("caseflow worker: this file must be started as a worker thread by runReplications");
}
const port = parentPort;
const setup = workerData as WorkerSetup;
// Tasks that arrive while the module loads wait for it, in order.
const model = workerModel(setup.module, setup.modelId);

port.on("message", (msg: TaskMessage) => {
  void model.then(
    (m) => {
      let answer: ResultMessage;
      try {
        const out = m.run(setup.scenarios[msg.scenario], { rootSeed: setup.rootSeed, replication: msg.replication });
        answer = { type: "done", task: msg.task, metrics: out.metrics };
        if (setup.keepSeries && out.series !== undefined) answer.series = out.series;
      } catch (err) {
        answer = errorAnswer(msg.task, err);
      }
      port.postMessage(answer);
    },
    (err: unknown) => port.postMessage(errorAnswer(msg.task, err)),
  );
});

function errorAnswer(task: number, err: unknown): ResultMessage {
  const e = err instanceof Error ? err : new Error(String(err));
  const answer: ResultMessage = { type: "error", task, name: e.name, message: e.message };
  if (e.stack !== undefined) answer.stack = e.stack;
  return answer;
}
