/*
 * A case handler: a person with experience that grows with practice, a personal
 * speed, a personal leaning in judgement, and stress that follows workload,
 * pressure and autonomy. Stress raises error risk (corner-cutting) and the chance
 * of leaving.
 */
import type { PeopleParams } from "./CaseworkParams";

/** One person doing case work. */
export class Handler {
  /** stress level (0 = none; around 1 = severe) */
  stress: number;
  /** set when the handler has handed in notice: leaves after the current task */
  leaving = false;

  /**
   * @param id unique id within the office (new hires get new ids)
   * @param experience 0 (novice) .. 1 (experienced)
   * @param speed personal speed multiplier (1 = typical)
   * @param leaning personal leaning in judgement (positive = grants more)
   * @param stress starting stress
   */
  constructor(
    readonly id: number,
    public experience: number,
    readonly speed: number,
    public leaning: number,
    stress: number,
  ) {
    this.stress = stress;
  }

  /** Multiplier on task time from inexperience and personal speed. */
  timeFactor(people: PeopleParams): number {
    return (1 + people.noviceSlowdown * (1 - this.experience)) / this.speed;
  }

  /** Record `hours` of practice; experience grows linearly up to 1 over `learningHours`. */
  practise(hours: number, people: PeopleParams): void {
    if (this.experience < 1) this.experience = Math.min(1, this.experience + hours / people.learningHours);
  }

  /**
   * Move stress a step towards its target for this week and return the chance of
   * leaving this week.
   * @param overload queued work beyond one week per handler (0 = none)
   * @param pressure the unit's pressure
   * @param autonomy 0 (detail-managed) .. 1 (trusted)
   * @param overtime overtime this week as a share of normal hours (0 = none)
   */
  weeklyUpdate(people: PeopleParams, overload: number, pressure: number, autonomy: number, overtime = 0): number {
    const target = Math.max(
      0,
      people.baseStress +
        people.overloadStress * overload +
        people.pressureStress * pressure -
        people.autonomyRelief * autonomy +
        people.overtimeStress * overtime,
    );
    this.stress += people.stressAdaptation * (target - this.stress);
    const weeklyRate = (people.baseTurnoverPerYear / 52) * Math.exp(people.stressTurnoverWeight * this.stress);
    return 1 - Math.exp(-weeklyRate);
  }
}
