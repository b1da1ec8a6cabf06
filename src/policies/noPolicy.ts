/*
 * No management policy at all: nobody sets targets, measures, reviews or
 * prescribes anything. Handlers take work first come, first served, give each
 * task the effort it needs and wait for missing information. The reference
 * every other policy is compared with.
 */
import { z } from "zod";
import { lazySchema } from "./lazySchema";
import type { Policy } from "./Policy";

/** The written form of {@link noPolicy}: `{ kind: "noPolicy" }`, no options. Built on first call. */
export const noPolicySpecSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal("noPolicy"),
  }),
);

/**
 * The do-nothing policy: a name and no hooks, so every hook gives the
 * do-nothing answer of {@link PolicySet}.
 * @returns a policy named "noPolicy"
 */
export function noPolicy(): Policy {
  return { name: "noPolicy" };
}
