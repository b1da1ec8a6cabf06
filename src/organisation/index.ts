export { Office, simulateOffice, type OfficeRunOptions, type OfficeRun, type TraceEntry } from "./Office";
export { officeConfig, type OfficeConfig, type OfficeInput, type DeepPartial } from "./OfficeConfig";
export type { OfficeMetrics, OfficeSeries, DurationSummary, TimeShare, MeasuredVsTrue } from "./OfficeMetrics";
export { OfficeRecorder, type TimeCategory } from "./OfficeRecorder";
export type { OfficeServices } from "./OfficeServices";
export { Unit, type StepEffort } from "./Unit";
export { StandardisedUnit, POOLS, type PoolName } from "./StandardisedUnit";
export { plannedPoolHours, PLANNED_CONTACTS_PER_CASE, type PlannedOverhead } from "./regimes/standardised/plannedPoolHours";
export { splitStaff } from "./regimes/standardised/splitStaff";
export { TeamUnit } from "./TeamUnit";
export type { UnitConfig, UnitConfigByRegime, RegimeUnitConfig, CommonUnitConfig } from "./UnitConfig";
export { standardisedUnit, defaultStandardisedUnit, type StandardisedUnitConfig, type PoolShares } from "./regimes/standardised/StandardisedUnitConfig";
export { teamUnit, defaultTeamUnit, type TeamUnitConfig } from "./regimes/team/TeamUnitConfig";
export type { Regime, UnitIssue } from "./regimes/Regime";
export { registerRegime, regimeOf, knownRegimes, isKnownRegime } from "./regimes/regimeRegistry";
export { standardisedRegime } from "./regimes/standardised/standardisedRegime";
export { teamRegime } from "./regimes/team/teamRegime";
export { commonUnitShape } from "./regimes/unitSchemaParts";
export { unitConfigOf } from "./regimes/unitConfigOf";
export { CaseFlow } from "./CaseFlow";
export { STARTING_STEPS, type StartingClaim, type StartingStep } from "./StartingClaim";
export { WorkQueue, SELECTION_WINDOW } from "./WorkQueue";
export { StaffSlot } from "./StaffSlot";
export { WeekCounters, emptyMeasured } from "./WeekCounters";
export type {
  TimelineChange,
  RegimeChange,
  PolicyChange,
  StaffingChange,
  DemandChange,
  UpstreamChange,
  OfficeHoursChange,
  Day,
  UnitRef,
} from "./TimelineChange";
export { Timeline, resolveUnitRef } from "./Timeline";
export { switchRegime, refreshManagement } from "./switchRegime";
export { DEFAULT_REORGANISATION, type Reorganisation } from "./reorganisationTime";
export { dayOfRun } from "./dayOfRun";
export { PeriodRecorder, calendarPeriods, type PeriodLength, type PeriodMetrics } from "./PeriodRecorder";
export { WorkingYear, type WorkingYearHost } from "./WorkingYear";
export { workingYear, defaultWorkingYear, type WorkingYearConfig, type WorkingYearInput, type AnnualLeave, type AbsenceSpells } from "./WorkingYearConfig";
