/*
 * A named, seeded stream of uniform random numbers. Streams form a tree: a stream
 * derives children by name, and a child's numbers depend only on the root seed and
 * its full name path, so each source of randomness keeps its own sequence however
 * much the others draw (common random numbers across policy variants).
 */

/**
 * A seeded stream of uniforms in [0, 1), identified by its name path.
 *
 * Calling the stream returns the next uniform. The values have 32-bit resolution
 * (they are multiples of 2^-32, and 0 is possible; 1 never is).
 */
export interface RandomStream {
  /** The next uniform in [0, 1). */
  (): number;
  /**
   * The full name path from the root, names joined by `/` (e.g. `rep/3/arrivals`);
   * the empty string for the root stream itself.
   */
  readonly path: string;
  /**
   * An independent child stream whose path is this stream's path followed by
   * `names`. Its seed depends only on the root seed and that full path, never on
   * how many numbers this stream has drawn; so `s.derive("a").derive("b")`,
   * `s.derive("a", "b")` and a fresh `createStream(root, ..., "a", "b")` all give
   * the same sequence. With no names it returns a fresh stream with this stream's
   * own seed, starting from the beginning of its sequence.
   *
   * Names are non-empty strings without `/`, or finite numbers (used as
   * `String(n)`, so `3` and `"3"` name the same stream).
   */
  derive(...names: ReadonlyArray<string | number>): RandomStream;
}
