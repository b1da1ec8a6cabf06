/*
 * Collaboration with healthcare, as Göteborg did with a healthcare centre:
 * handlers and doctors meet to sort out what makes medical certificates
 * incomplete. More certificates are complete the first time, completion
 * requests are answered sooner, and the meetings take some staff time every
 * week. The size of each effect is an assumption: the Trust Lab reports
 * describe the collaboration but give no figures.
 */
import { checkNumber, resolveOptions, type FilledOptions } from "./checkOptions";
import type { CertificateEffect, Policy } from "./Policy";

/** Options of {@link healthcareCollaboration}. All defaults are assumptions. */
export interface HealthcareCollaborationOptions {
  /** added to the share of certificates complete the first time (0..1). @defaultValue 0.05 (assumption; the base is 90.3% complete, Läkartidningen 2017) */
  completenessGain?: number | undefined;
  /** multiplies healthcare's answer delay to completion requests (> 0; < 1 is faster). @defaultValue 0.6 (assumption) */
  answerDelayFactor?: number | undefined;
  /** staff hours per handler per week spent on the collaboration (≥ 0). @defaultValue 0.5 (assumption) */
  hoursPerHandlerWeek?: number | undefined;
}

/** Defaults of {@link healthcareCollaboration}. */
export const healthcareCollaborationDefaults: Readonly<FilledOptions<HealthcareCollaborationOptions>> = Object.freeze({
  completenessGain: 0.05,
  answerDelayFactor: 0.6,
  hoursPerHandlerWeek: 0.5,
});

/**
 * A collaboration with healthcare on certificate quality. The weekly hours are
 * taken from working time like protected improvement time.
 *
 * @param opts options over {@link healthcareCollaborationDefaults}
 * @throws RangeError naming the option when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function healthcareCollaboration(opts: HealthcareCollaborationOptions = {}): Policy {
  const P = "healthcareCollaboration";
  const o = resolveOptions<FilledOptions<HealthcareCollaborationOptions>>(P, healthcareCollaborationDefaults, opts);
  const effect: CertificateEffect = Object.freeze({
    completenessGain: checkNumber(P, "completenessGain", o.completenessGain, { min: 0, max: 1 }),
    answerDelayFactor: checkNumber(P, "answerDelayFactor", o.answerDelayFactor, { min: 0, minOpen: true }),
    hoursPerHandlerWeek: checkNumber(P, "hoursPerHandlerWeek", o.hoursPerHandlerWeek, { min: 0 }),
  });
  return {
    name: P,
    certificates(): CertificateEffect {
      return effect;
    },
  };
}
