/*
 * One colour per scenario, the same in every chart of a report: Vega's
 * "tableau10" palette in arm order, which is also what Vega-Lite picks for a
 * nominal colour scale sorted by arm.
 */
import type { ReportArm } from "./reportArms";

/** The tableau10 palette. */
export const ARM_PALETTE: readonly string[] = ["#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b", "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac"];

/** Arm label → colour. */
export function armColours(arms: readonly ReportArm[]): Map<string, string> {
  return new Map(arms.map((a, k) => [a.label, ARM_PALETTE[k % ARM_PALETTE.length]!]));
}

/** A Vega-Lite colour scale giving each arm its colour. */
export function armColourScale(arms: readonly ReportArm[]): { domain: string[]; range: string[] } {
  return { domain: arms.map((a) => a.label), range: arms.map((_, k) => ARM_PALETTE[k % ARM_PALETTE.length]!) };
}
