/*
 * The scenario `caseflow init` writes: one office with a standardised,
 * detail-managed unit under a production target and heavy measurement, the
 * world at the model's defaults (repeated in the file so they can be edited),
 * and a year's run. It is strict JSON; STARTER_NOTES explains each part.
 */
import { defaultCaseworkParams as D } from "../casework/CaseworkParams";
import type { OfficeScenarioInput } from "../models";
import { productionTargetDefaults } from "../policies/productionTarget";

/** A fresh copy of the starter scenario. */
export function starterScenario(): OfficeScenarioInput {
  return {
    name: "my-office",
    description:
      "Starter scenario: a sickness-insurance office with one standardised, detail-managed unit under a production target and heavy measurement. " +
      'Try "regime": "team" with a {"kind": "trustBasedSteering"} policy instead, and compare the two with caseflow compare.',
    office: {
      startDate: "2026-01-05",
      holidays: "SE",
      world: {
        demand: { casesPerWeek: D.demand.casesPerWeek },
        caseMix: { meanNeedHours: D.caseMix.meanNeedHours, variety: D.caseMix.variety },
      },
      units: [
        {
          name: "claims unit",
          regime: "standardised",
          handlers: 48,
          policies: [
            {
              kind: "productionTarget",
              figure: "decisions",
              perHandlerWeek: productionTargetDefaults.perHandlerWeek,
              strength: productionTargetDefaults.strength,
            },
            { kind: "measurementRegime", level: "heavy" },
          ],
        },
      ],
    },
    run: { horizonDays: 364, warmupDays: 91, replications: 20, seed: 2026 },
  };
}

/** What each part of the starter scenario means, printed by `caseflow init`. */
export const STARTER_NOTES = `
The file is plain JSON (no comments, so any tool can read it). Its parts:

  name, description  how the scenario is labelled in tables and reports.
  office.startDate   first day simulated; office.holidays "SE" closes the office
                     on Swedish public holidays ("none" for none).
  office.world       what the office faces. demand.casesPerWeek: new claims a week;
                     caseMix.meanNeedHours and .variety: work per claim and how
                     much it varies. Also certificates, citizens, contacts,
                     judgement and people. Anything left out takes its default.
  office.units       how the work is organised, one entry per unit:
                     "regime": "standardised" (claims cut into steps done by
                     specialised pools behind a customer centre) or "team"
                     (trust-based teams owning each claim end to end);
                     "handlers": staff; "policies": management policies, e.g.
                     productionTarget, measurementRegime (none, light, heavy,
                     pinnjakt), qualityReview, queueDiscipline,
                     healthcareCollaboration, trustBasedSteering.
  run                horizonDays simulated, the first warmupDays not measured;
                     replications and seed (flags --replications and --seed
                     override them).

Every setting, its bounds, default and meaning: caseflow schema
`;
