/*
 * The usual "seize, delay, release" pattern as one call, with preempt-resume:
 * if the server is taken away by a more important request, the holder re-queues
 * with the same priority at the head of its priority class (ahead of the jobs of
 * its class that arrived while it was served, as the textbook discipline has it)
 * and, once it has a server again, works only the time that was left. The total
 * time served therefore equals `duration`.
 */
import { Interrupt } from "./Interrupt";
import type { ProcessGenerator } from "./Process";
import type { Preempted, Request, Resource } from "./Resource";

/**
 * Seize one server of `resource`, hold it for `duration` time units of service
 * and release it; resumes after preemption. Use as `yield* holdResource(res, 3)`.
 * Returns the number of times the work was preempted.
 * @param priority request priority (lower first) @defaultValue 0
 */
export function* holdResource(resource: Resource, duration: number, priority = 0): ProcessGenerator<number> {
  const sim = resource.sim;
  let left = duration;
  let preemptions = 0;
  let lost: Request | undefined;
  while (left > 0 || preemptions === 0) {
    const req = lost === undefined ? resource.request({ priority }) : resource.request({ priority, resumes: lost });
    try {
      yield req;
    } catch (err) {
      resource.release(req);
      throw err;
    }
    const started = sim.now;
    try {
      yield sim.timeout(left);
      resource.release(req);
      return preemptions;
    } catch (err) {
      if (err instanceof Interrupt && isPreempted(err.cause) && err.cause.request === req) {
        preemptions += 1;
        left -= sim.now - started;
        lost = req;
        continue;
      }
      resource.release(req);
      throw err;
    }
  }
  return preemptions;
}

function isPreempted(cause: unknown): cause is Preempted {
  return typeof cause === "object" && cause !== null && (cause as { kind?: unknown }).kind === "preempted";
}
