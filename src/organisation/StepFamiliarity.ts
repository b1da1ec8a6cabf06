/*
 * What specialists do not know when they become owners. In a standardised unit a
 * handler works the steps of one pool; when the unit switches to teams, every
 * owner works every step of the claim, and on the steps of the pools they were
 * not in they are as slow as anyone moved into a new pool: `unfamiliarSlowdown`
 * of the old unit at first, fading over its `familiarisationWeeks` (the same
 * assumption the standardised unit makes when management moves someone to
 * another pool). Remembered per person at the switch; people who were never in a
 * pool (team units from the start) are familiar with every step.
 */
import type { Handler } from "../casework/Handler";
import type { Task } from "../casework/Task";
import type { StandardisedUnitConfig } from "./UnitConfig";

/** The pool (as in StandardisedUnit's POOLS) whose specialists work a kind of task, or -1 for work everyone does (contacts, peer review). */
function poolOfKind(kind: Task["kind"]): number {
  switch (kind) {
    case "register":
      return 0;
    case "certificate":
      return 1;
    case "assess":
      return 2;
    case "decide":
    case "reconsider":
      return 3;
    case "pay":
      return 4;
    case "checkpoint":
    case "followUp":
      return 5;
    default:
      return -1;
  }
}

/** A person's former pool and how unfamiliar the other steps are, from the switch on. */
interface Former {
  pool: number;
  since: number;
  slowdown: number;
  weeks: number;
}

const former = new WeakMap<Handler, Former>();

/**
 * Remember that `handler` was a specialist of pool `pool` (index in POOLS) of a
 * standardised unit organised as `config`, as of day `now` (the switch).
 */
export function rememberPool(
  handler: Handler,
  pool: number,
  config: Pick<StandardisedUnitConfig, "unfamiliarSlowdown" | "familiarisationWeeks">,
  now: number,
): void {
  former.set(handler, { pool, since: now, slowdown: config.unfamiliarSlowdown, weeks: config.familiarisationWeeks });
}

/**
 * Time multiplier for `handler` working a task of `kind` at day `now`: 1 on the
 * steps of their former pool, on work everyone does, and for people never in a
 * pool; otherwise 1 + slowdown, fading linearly to 1 over the weeks after the switch.
 */
export function stepFamiliarity(handler: Handler, kind: Task["kind"], now: number): number {
  const f = former.get(handler);
  if (f === undefined) return 1;
  const pool = poolOfKind(kind);
  if (pool < 0 || pool === f.pool) return 1;
  const fade = f.weeks > 0 ? Math.max(0, 1 - (now - f.since) / (7 * f.weeks)) : 0;
  return 1 + f.slowdown * fade;
}
