/*
 * Errors the kernel raises to stop a run that cannot go on sensibly: a process
 * that threw, a zero-time livelock, or an exhausted event budget. Each names the
 * simulation time and, where there is one, the process.
 */

/** A run stopped by a guard (livelock, event budget) or misuse of the kernel. */
export class SimulationError extends Error {
  /**
   * @param message what went wrong
   * @param time the simulation time at which it happened
   */
  constructor(
    message: string,
    readonly time: number,
  ) {
    super(message);
    this.name = "SimulationError";
  }
}

/** An exception raised inside a process, with the process's name and the time. */
export class ProcessError extends SimulationError {
  /**
   * @param processName name given to the process
   * @param time simulation time of the failure
   * @param cause the original error
   */
  constructor(
    readonly processName: string,
    time: number,
    override readonly cause: unknown,
  ) {
    super(`process "${processName}" failed at t=${formatTime(time)}: ${cause instanceof Error ? cause.message : String(cause)}`, time);
    this.name = "ProcessError";
    if (cause instanceof Error && cause.stack) {
      this.stack = `${this.name}: ${this.message}\n--- caused by ---\n${cause.stack}`;
    }
  }
}

/** Format a time for messages: up to 6 significant decimals, no trailing zeros. */
export function formatTime(t: number): string {
  return Number.isFinite(t) ? String(Math.round(t * 1e6) / 1e6) : String(t);
}
