/*
 * Collaboration with healthcare, as Göteborg did with a healthcare centre:
 * handlers and doctors meet to sort out what makes medical certificates
 * incomplete. More certificates are complete the first time, completion
 * requests are answered sooner, and the meetings take some staff time every
 * week. The size of each effect is an assumption: the Trust Lab reports
 * describe the collaboration but give no figures.
 */
import { z } from "zod";
import { lazyDefaults, lazySchema } from "./lazySchema";
import { nonNegative, positive, share, type OptionsOf, type SettingsOf } from "./optionSchemas";
import { parsePolicyOptions } from "./parsePolicyOptions";
import type { CertificateEffect, Policy } from "./Policy";

/**
 * The written form of {@link healthcareCollaboration} (`{ kind: "healthcareCollaboration", ...options }`)
 * and the one description of its options. All defaults are assumptions. Built on first call.
 */
export const healthcareCollaborationSpecSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal("healthcareCollaboration"),
    completenessGain: share()
      .default(0.05)
      .describe("added to the share of certificates complete the first time (assumption; the base is 90.3% complete, Läkartidningen 2017)"),
    answerDelayFactor: positive(100)
      .default(0.6)
      .describe("multiplies healthcare's answer delay to completion requests; < 1 is faster (assumption) (at most 100: a hundred times slower answers)"),
    hoursPerHandlerWeek: nonNegative(40)
      .default(0.5)
      .describe("staff hours per handler per week spent on the collaboration (assumption) (at most 40: a full working week)"),
  }),
);

/** Options of {@link healthcareCollaboration}, each optional: see {@link healthcareCollaborationSpecSchema} for meaning, bounds and default. */
export type HealthcareCollaborationOptions = OptionsOf<typeof healthcareCollaborationSpecSchema>;

/** Defaults of {@link healthcareCollaboration}: the `.default()` of each option in {@link healthcareCollaborationSpecSchema} (read on first use). */
export const healthcareCollaborationDefaults: Readonly<SettingsOf<typeof healthcareCollaborationSpecSchema>> = lazyDefaults(() =>
  parsePolicyOptions("healthcareCollaboration", healthcareCollaborationSpecSchema(), {}),
);

/**
 * A collaboration with healthcare on certificate quality. The weekly hours are
 * taken from working time like protected improvement time.
 *
 * @param opts options over {@link healthcareCollaborationDefaults}, read with {@link healthcareCollaborationSpecSchema}
 * @throws RangeError naming the option, the value and what is allowed when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function healthcareCollaboration(opts: HealthcareCollaborationOptions = {}): Policy {
  const P = "healthcareCollaboration";
  const effect: CertificateEffect = Object.freeze(parsePolicyOptions(P, healthcareCollaborationSpecSchema(), opts));
  return {
    name: P,
    certificates(): CertificateEffect {
      return effect;
    },
  };
}
