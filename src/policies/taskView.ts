/*
 * What a handler sees of a task, as a policy gets it: a frozen object whose
 * fields read the task and its claim at the moment they are read (so the view
 * stays current while the task waits), showing observable facts and the
 * handler's estimates only. The claim's latent truth — its true need, its
 * complexity class, its merit and entitlement — is not there, and nothing in
 * the view leads back to the model's own objects, so a policy written in
 * JavaScript can neither read the truth nor change the model through it.
 */
import { STEPS } from "../casework/Case";
import type { Task } from "../casework/Task";
import type { TaskView } from "./Policy";

/**
 * A read-only view of `task` for policies (see {@link TaskView}).
 * @param task the task (stays private to the view's getters)
 * @param now the current simulation day, for facts that depend on it (whether the documents are in)
 * @returns a frozen object; assigning to a field throws in strict code
 */
export function taskView(task: Task, now: () => number): TaskView {
  const c = task.kase;
  return Object.freeze({
    get kind() {
      return task.kind;
    },
    get caseId() {
      return c.id;
    },
    get arrival() {
      return c.arrival;
    },
    get readySince() {
      return task.readySince;
    },
    get expectedHours() {
      return task.expectedHours;
    },
    get claimExpectedHours() {
      return c.need * c.estimateFactor;
    },
    get claimStep() {
      return STEPS[c.step] ?? ("done" as const);
    },
    get certificateMissing() {
      return c.missingCertificate;
    },
    get documentsComplete() {
      // completeAt is the day certificate and documents are all in (NaN while the certificate lacks information)
      return c.completeAt <= now();
    },
    get due() {
      return task.due;
    },
    get failureDemand() {
      return task.failureDemand;
    },
    get contactReason() {
      return task.reason;
    },
    get escalated() {
      return task.escalated;
    },
  });
}
