/*
 * Lets a long test breathe. Vitest's worker reports to the main process over an
 * RPC with a 60-second timeout ("onTaskUpdate", console output); a test that
 * keeps the worker's event loop busy for longer — a loop of office runs is a
 * few seconds idle but can pass a minute on a loaded machine — fails the whole
 * run with "Timeout calling onTaskUpdate" although every assertion passed, and
 * its console output is lost. Awaiting this between replications lets the RPC
 * answer; it costs nothing measurable.
 */

/** Resolves on the next turn of the event loop (after pending I/O). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
