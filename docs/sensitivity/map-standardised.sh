#!/bin/sh
# Second regime map of docs/sensitivity.md: the standardised office without
# targets against trust-based teams, over case variety × demand per handler.
# 5 × 3 cells × 2 scenarios × 3 paired replications = 90 runs.
exec npx caseflow map docs/sensitivity/standardised.json --variant docs/sensitivity/teams.json \
  --x office.world.caseMix.variety=0,0.5,1,1.5,2 \
  --y office.world.demand.casesPerWeek=105,125,145 \
  --metric hoursPerCorrectDecision --replications 3 --seed 2016 "$@"
