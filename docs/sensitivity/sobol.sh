#!/bin/sh
# Sobol indices of docs/sensitivity.md for the five assumptions the Morris
# screening found to matter most for the teams − standardised + targets gap.
# 32 base samples, 5 parameters: 32 × 7 = 224 design points × 2 scenarios = 448 runs.
exec npx caseflow sensitivity docs/sensitivity/standardised-targets.json \
  --variant docs/sensitivity/teams.json --method sobol --samples 32 --replications 1 --seed 2016 \
  --param 'office.units[0].rereadHours:[0.05,0.2]' \
  --param 'office.world.contacts.switchHours:[0.05,0.2]' \
  --param 'office.units[0].templateFit:[0.8,1.2]' \
  --param 'office.units[0].specialisationGain:[0.15,0.45]' \
  --param 'office.units[0].ownerResolves:[0.75,0.98]' \
  --metric leadTimeDays.mean,failureDemandShare,hoursPerCorrectDecision,stressMean "$@"
