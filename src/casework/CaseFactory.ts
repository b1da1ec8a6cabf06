/*
 * Draws new claims. Each latent attribute (need, sick-leave length, certificate
 * completeness, merit, the citizen's patience, how visible the need is) comes
 * from its own named random stream, so the n-th claim is the same claim in every
 * variant of a scenario (common random numbers) whatever the office does.
 */
import { lognormalMeanCv } from "../random/lognormalMeanCv";
import type { RandomStream } from "../random/RandomStream";
import { standardNormal } from "../random/standardNormal";
import { Case, type Complexity } from "./Case";
import type { CaseworkParams } from "./CaseworkParams";

/** A claim written out by hand. */
export interface ScriptedCase {
  /** arrival day */
  arrival: number;
  /** total need in hours */
  needHours: number;
  /** whether the certificate is complete. @defaultValue true */
  certificateComplete?: boolean;
  /** sick-leave length in days. @defaultValue the median */
  sickDays?: number;
  /** whether the claimant is entitled. @defaultValue true */
  entitled?: boolean;
  /** days the citizen expects to wait. @defaultValue citizens.expectedDecisionDays */
  expectedDays?: number;
}

/** Makes claims with reproducible latent attributes. */
export class CaseFactory {
  private nextId = 0;
  private readonly needRng: RandomStream;
  private readonly sickRng: RandomStream;
  private readonly certRng: RandomStream;
  private readonly meritRng: RandomStream;
  private readonly patienceRng: RandomStream;
  private readonly visibilityRng: RandomStream;
  private readonly luckRng: RandomStream;
  private readonly documentsRng: RandomStream;
  private readonly logSigma: number;
  private readonly logMu: number;

  /**
   * @param params the world parameters
   * @param streams the replication's root stream; children "case/…" are used
   */
  constructor(
    private readonly params: CaseworkParams,
    streams: RandomStream,
  ) {
    this.needRng = streams.derive("case", "need");
    this.sickRng = streams.derive("case", "sick");
    this.certRng = streams.derive("case", "certificate");
    this.meritRng = streams.derive("case", "merit");
    this.patienceRng = streams.derive("case", "patience");
    this.visibilityRng = streams.derive("case", "visibility");
    this.luckRng = streams.derive("case", "luck");
    this.documentsRng = streams.derive("case", "documents");
    const cv = params.caseMix.variety;
    this.logSigma = Math.sqrt(Math.log(1 + cv * cv));
    this.logMu = Math.log(params.caseMix.meanNeedHours) - (this.logSigma * this.logSigma) / 2;
  }

  /** Number of claims drawn so far. */
  get count(): number {
    return this.nextId;
  }

  /**
   * A claim with given attributes (for hand-checkable scenarios and tests): no
   * randomness; merit is +1 for an entitled claimant, −1 otherwise.
   */
  scripted(spec: ScriptedCase): Case {
    const mix = this.params.caseMix;
    const shares = mix.stepShares;
    const total = shares[0] + shares[1] + shares[2] + shares[3] + shares[4];
    const stepNeed = shares.map((x) => (spec.needHours * x) / total);
    const rel = spec.needHours / mix.meanNeedHours;
    const complexity: Complexity = rel < mix.simpleBelow ? "simple" : rel > mix.complexAbove ? "complex" : "standard";
    const sickStart = spec.arrival - mix.claimDay;
    const c = new Case(
      this.nextId++,
      spec.arrival,
      spec.needHours,
      stepNeed,
      complexity,
      spec.certificateComplete === false ? 1 : 0,
      sickStart,
      sickStart + (spec.sickDays ?? mix.sickDaysMedian),
      spec.entitled === false ? -1 : 1,
      spec.expectedDays ?? this.params.citizens.expectedDecisionDays,
    );
    return c;
  }

  /**
   * Draw the next claim, arriving at day `arrival`. With `complexity` (a
   * claim of a given starting backlog whose complexity the office estimated)
   * the need is drawn again until it falls in that class; if 1000 draws miss
   * (a case mix with almost no such claims) it is set just inside the class.
   */
  next(arrival: number, complexity?: Complexity): Case {
    const mix = this.params.caseMix;
    const classOf = (r: number): Complexity => (r < mix.simpleBelow ? "simple" : r > mix.complexAbove ? "complex" : "standard");
    let zNeed = standardNormal(this.needRng);
    for (
      let tries = 1;
      complexity !== undefined && tries < 1000 && classOf(Math.exp(this.logMu + this.logSigma * zNeed) / mix.meanNeedHours) !== complexity;
      tries++
    ) {
      zNeed = standardNormal(this.needRng);
    }
    let need = Math.exp(this.logMu + this.logSigma * zNeed);
    if (complexity !== undefined && classOf(need / mix.meanNeedHours) !== complexity) {
      const rel =
        complexity === "simple" ? mix.simpleBelow * 0.99 : complexity === "complex" ? mix.complexAbove * 1.01 : (mix.simpleBelow + mix.complexAbove) / 2;
      need = rel * mix.meanNeedHours;
      zNeed = this.logSigma > 0 ? (Math.log(need) - this.logMu) / this.logSigma : 0;
    }
    const shares = mix.stepShares;
    const total = shares[0] + shares[1] + shares[2] + shares[3] + shares[4];
    const stepNeed = shares.map((s) => (need * s) / total);
    const rel = need / mix.meanNeedHours;
    const drawnClass: Complexity = classOf(rel);
    const rho = mix.needSickCorrelation;
    const zSick = rho * zNeed + Math.sqrt(1 - rho * rho) * standardNormal(this.sickRng);
    const sickDays = Math.max(mix.claimDay + 1, mix.sickDaysMedian * Math.exp(mix.sickDaysSigma * zSick));
    const sickStart = arrival - mix.claimDay;
    const certificateDraw = this.certRng();
    // entitled or not, most claims are clear cases and a few lie near the line;
    // complex claims are more often borderline: their merit lies nearer the threshold
    // (the sign, and so the entitlement, is unchanged)
    const entitled = this.meritRng() < mix.entitledShare;
    const distance = Math.abs(mix.meritSeparation + standardNormal(this.meritRng));
    const merit = ((entitled ? 1 : -1) * Math.max(1e-9, distance)) / (1 + Math.max(0, Math.log(rel)));
    const cit = this.params.citizens;
    const patience = lognormalMeanCv(this.patienceRng, cit.expectedDecisionDays, 0.4);
    const c = new Case(this.nextId++, arrival, need, stepNeed, drawnClass, certificateDraw, sickStart, sickStart + sickDays, merit, patience);
    // handlers see need only roughly: an estimate within about ±30%
    c.estimateFactor = Math.exp(0.3 * standardNormal(this.visibilityRng));
    // the employer's information or the citizen's own form may still be missing (both draws always made: common random numbers)
    const missing = this.documentsRng() < mix.documentsMissingShare;
    const delay = mix.documentsDelayDays > 0 ? lognormalMeanCv(this.documentsRng, mix.documentsDelayDays, 0.8) : 0;
    c.documentsDelay = missing ? delay : 0;
    const l = this.luckRng;
    c.luck = { reading: standardNormal(l), secondReading: standardNormal(l), review: l(), catch: l(), contest: l() };
    return c;
  }
}
