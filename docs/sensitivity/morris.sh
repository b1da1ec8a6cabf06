#!/bin/sh
# Morris screening of the model card's assumptions for the headline comparison
# (trust-based teams − standardised + targets), as in docs/sensitivity.md.
# 13 parameters, 6 trajectories: 84 design points × 2 replications × 2 scenarios = 336 runs.
exec npx caseflow sensitivity docs/sensitivity/standardised-targets.json \
  --variant docs/sensitivity/teams.json --method morris --samples 6 --replications 2 --seed 2016 \
  --param 'office.world.contacts.customerCentreResolves:[0.4,0.8]' \
  --param 'office.units[0].ownerResolves:[0.75,0.98]' \
  --param 'office.world.citizens.handoffContactShare:[0.03,0.2]' \
  --param 'office.world.citizens.letterMisfitSlope:[0.1,0.4]' \
  --param 'office.units[0].rereadHours:[0.05,0.2]' \
  --param 'office.units[0].handoffLossShare:[0.02,0.1]' \
  --param 'office.units[0].specialisationGain:[0.15,0.45]' \
  --param 'office.units[0].templateFit:[0.8,1.2]' \
  --param 'office.world.caseMix.variety:[0.5,1.5]' \
  --param 'office.world.people.pressureStress:[0.2,0.6]' \
  --param 'office.world.people.cornerCutting:[0.1,0.4]' \
  --param 'office.world.contacts.switchHours:[0.05,0.2]' \
  --param 'office.world.judgement.shortfallWeight:[1.5,4.5]' \
  --metric leadTimeDays.mean,decisionAccuracy,failureDemandShare,hoursPerCorrectDecision,stressMean \
  "$@"
