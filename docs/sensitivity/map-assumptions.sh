#!/bin/sh
# Third regime map of docs/sensitivity.md, in assumption space: where the cost
# advantage of trust-based teams over standardised + targets holds, over the
# re-reading time after a handover × the specialists' speed gain (the two
# assumptions the cost conclusion rests on most). 4 × 3 cells × 2 × 3 = 72 runs.
exec npx caseflow map docs/sensitivity/standardised-targets.json --variant docs/sensitivity/teams.json \
  --x 'office.units[0].rereadHours=0.05,0.1,0.15,0.2' \
  --y 'office.units[0].specialisationGain=0.15,0.3,0.45' \
  --metric hoursPerCorrectDecision --replications 3 --seed 2016 "$@"
