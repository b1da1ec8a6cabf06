#!/bin/sh
# Regime map of docs/sensitivity.md: where trust-based teams or standardised +
# targets need fewer staff hours per correct decision, over case variety ×
# demand per handler. 4 × 3 cells × 2 scenarios × 3 paired replications = 72 runs.
exec npx caseflow map docs/sensitivity/standardised-targets.json --variant docs/sensitivity/teams.json \
  --x office.world.caseMix.variety=0.25,0.75,1.25,2 \
  --y office.world.demand.casesPerWeek=105,125,145 \
  --metric hoursPerCorrectDecision --replications 3 --seed 2016 "$@"
