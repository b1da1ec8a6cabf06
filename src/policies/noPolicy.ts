/*
 * No management policy at all: nobody sets targets, measures, reviews or
 * prescribes anything. Handlers take work first come, first served, give each
 * task the effort it needs and wait for missing information. The reference
 * every other policy is compared with.
 */
import type { Policy } from "./Policy";

/**
 * The do-nothing policy: a name and no hooks, so every hook gives the
 * do-nothing answer of {@link PolicySet}.
 * @returns a policy named "noPolicy"
 */
export function noPolicy(): Policy {
  return { name: "noPolicy" };
}
