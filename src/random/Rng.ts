/*
 * The one shape of randomness used throughout caseflow: a function that returns
 * a uniform number in [0, 1). Every distribution takes one as its first argument,
 * so any RandomStream (or a hand-written stub in a test) can drive it.
 */

/**
 * A source of uniform random numbers: each call returns a number in [0, 1).
 * Never `Math.random`; use a {@link RandomStream} from `createStream`.
 */
export type Rng = () => number;
