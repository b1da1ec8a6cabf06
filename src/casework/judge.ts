/*
 * How a decision is made, as a signal-detection model. Each claim has a latent
 * merit (entitled when merit > 0). The handler reads the merit with noise that
 * grows when effort falls short of need, when certificate information is missing,
 * when details were lost at a handover, under pressure and stress, and with
 * inexperience; a personal leaning and any policy tilt shift the threshold. The
 * decision is "grant" when the reading is positive.
 */
import type { JudgementParams } from "./CaseworkParams";

/** What the handler knows and feels when deciding. */
export interface JudgementState {
  /** 1 − effort/need for the judgement steps, in [0, 1] */
  shortfall: number;
  /** whether certificate information is missing */
  missingCertificate: boolean;
  /** details lost at handovers */
  lostDetails: number;
  /** the unit's pressure */
  pressure: number;
  /** the handler's stress */
  stress: number;
  /** the handler's experience (0..1) */
  experience: number;
}

/** Standard deviation of the handler's reading of a claim's merit. */
export function judgementNoise(p: JudgementParams, s: JudgementState): number {
  const extra =
    p.shortfallWeight * s.shortfall +
    (s.missingCertificate ? p.missingCertificateWeight : 0) +
    p.lostDetailWeight * s.lostDetails +
    p.pressureWeight * s.pressure +
    p.stressWeight * s.stress;
  return p.noise * (1 + extra) * (1 + p.inexperienceWeight * (1 - s.experience));
}

/**
 * The decision: grant when merit + noise·z + leaning + tilt > 0.
 * @param merit the claim's latent merit
 * @param noise from {@link judgementNoise}
 * @param z a standard normal draw
 * @param leaning the handler's leaning (scaled by discretion)
 * @param tilt policy tilt (negative = more rejections)
 */
export function judge(merit: number, noise: number, z: number, leaning: number, tilt: number): boolean {
  return merit + noise * z + leaning + tilt > 0;
}
