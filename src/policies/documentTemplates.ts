/*
 * Document templates imposed from head office: every step of a claim is done
 * on a fixed form that sets how much time the step gets, whatever the claim
 * needs. Claims that fit the template are handled efficiently; a claim that
 * needs more gets too little effort (error risk), and a simple claim gets more
 * time than it needs (the form must be filled in anyway). This is how detailed
 * management is imposed on a way of working where effort would otherwise
 * follow need.
 *
 * A standardised unit already works to its own templates (its `templateFit`
 * setting), so there the policy changes nothing: a second template on top
 * would count the same constraint twice. It acts in team units.
 */
import { checkNumber, resolveOptions, type FilledOptions } from "./checkOptions";
import type { Policy, PolicyContext, TaskView } from "./Policy";

/** Options of {@link documentTemplates}. */
export interface DocumentTemplatesOptions {
  /** template hours as a multiple of the typical step's hours (> 0). @defaultValue 1 */
  templateFit?: number | undefined;
  /** mean need of a claim in working hours, which the templates are sized to (> 0). @defaultValue 2.5 (the world's default mean need; assumption) */
  meanNeedHours?: number | undefined;
  /** shares of the need in registration, certificate check, assessment, decision, payment (each ≥ 0, sum > 0). @defaultValue [0.1, 0.1, 0.45, 0.15, 0.2] (the world's default; assumption) */
  stepShares?: [number, number, number, number, number] | undefined;
  /** least effort factor: a template never gives less than this share of the handler's estimate (> 0). @defaultValue 0.3 (assumption) */
  minFactor?: number | undefined;
  /** most effort factor: a template never makes a handler spend more than this multiple of the estimate (≥ minFactor). @defaultValue 2 (assumption) */
  maxFactor?: number | undefined;
}

/** Defaults of {@link documentTemplates}. */
export const documentTemplatesDefaults: Readonly<FilledOptions<DocumentTemplatesOptions>> = Object.freeze({
  templateFit: 1,
  meanNeedHours: 2.5,
  stepShares: Object.freeze([0.1, 0.1, 0.45, 0.15, 0.2]) as unknown as [number, number, number, number, number],
  minFactor: 0.3,
  maxFactor: 2,
});

/**
 * Fixed effort per step. For each claim step the template hours are
 * templateFit × meanNeedHours × share / Σshares, and the effort factor is
 * clamp(templateHours / task.expectedHours, minFactor, maxFactor). Other tasks
 * (checkpoints, reconsiderations, calls) and standardised units are unaffected.
 *
 * @param opts options over {@link documentTemplatesDefaults}
 * @throws RangeError naming the option when an option is out of range or unknown
 * @throws TypeError when an option has the wrong type
 */
export function documentTemplates(opts: DocumentTemplatesOptions = {}): Policy {
  const P = "documentTemplates";
  const o = resolveOptions<FilledOptions<DocumentTemplatesOptions>>(P, documentTemplatesDefaults, opts);
  const fit = checkNumber(P, "templateFit", o.templateFit, { min: 0, minOpen: true });
  const mean = checkNumber(P, "meanNeedHours", o.meanNeedHours, { min: 0, minOpen: true });
  const shares = o.stepShares as unknown;
  if (!Array.isArray(shares) || shares.length !== 5) {
    throw new RangeError(`${P}: option "stepShares" must be an array of 5 numbers ≥ 0 with a positive sum, got ${JSON.stringify(shares)}`);
  }
  let total = 0;
  for (let i = 0; i < 5; i++) total += checkNumber(P, `stepShares[${i}]`, shares[i], { min: 0 });
  if (!(total > 0)) {
    throw new RangeError(`${P}: option "stepShares" must have a positive sum, got ${JSON.stringify(shares)}`);
  }
  const minFactor = checkNumber(P, "minFactor", o.minFactor, { min: 0, minOpen: true });
  const maxFactor = checkNumber(P, "maxFactor", o.maxFactor, { min: minFactor });
  const t = (shares as number[]).map((s) => (fit * mean * s) / total);
  const [tRegister, tCertificate, tAssess, tDecide, tPay] = t as [number, number, number, number, number];

  return {
    name: P,
    effortFactor(task: TaskView, ctx: PolicyContext): number {
      if (ctx.regime !== "team") return 1;
      let template: number;
      switch (task.kind) {
        case "register":
          template = tRegister;
          break;
        case "certificate":
          template = tCertificate;
          break;
        case "assess":
          template = tAssess;
          break;
        case "decide":
          template = tDecide;
          break;
        case "pay":
          template = tPay;
          break;
        default:
          return 1;
      }
      const est = task.expectedHours;
      if (!(est > 0)) return maxFactor;
      const f = template / est;
      return f < minFactor ? minFactor : f > maxFactor ? maxFactor : f;
    },
  };
}
