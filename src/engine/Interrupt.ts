/*
 * The error thrown into a process at its current `yield` when another part of
 * the model interrupts it (for example when its resource is preempted). The
 * process may catch it and carry on; if it does not, the process fails.
 */

/** Thrown into an interrupted process; `cause` says why. */
export class Interrupt<C = unknown> extends Error {
  /** @param cause whatever the interrupter passed (for preemption: a {@link Preempted}) */
  constructor(override readonly cause: C) {
    super(`interrupted${cause === undefined ? "" : `: ${describe(cause)}`}`);
    this.name = "Interrupt";
  }
}

function describe(cause: unknown): string {
  if (typeof cause === "string") return cause;
  if (cause instanceof Error) return cause.message;
  if (typeof cause === "object" && cause !== null && "kind" in cause) {
    return String(cause.kind);
  }
  return String(cause);
}
