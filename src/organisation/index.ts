export { Office, simulateOffice, type OfficeRunOptions, type OfficeRun, type TraceEntry } from "./Office";
export { officeConfig, type OfficeConfig, type OfficeInput, type DeepPartial } from "./OfficeConfig";
export type { OfficeMetrics, OfficeSeries, DurationSummary, TimeShare, MeasuredVsTrue } from "./OfficeMetrics";
export { OfficeRecorder, type TimeCategory } from "./OfficeRecorder";
export type { OfficeServices } from "./OfficeServices";
export { Unit, type StepEffort } from "./Unit";
export { StandardisedUnit, POOLS, splitStaff, plannedPoolHours, PLANNED_CONTACTS_PER_CASE, type PoolName, type PlannedOverhead } from "./StandardisedUnit";
export { TeamUnit } from "./TeamUnit";
export {
  standardisedUnit,
  teamUnit,
  defaultStandardisedUnit,
  defaultTeamUnit,
  type UnitConfig,
  type StandardisedUnitConfig,
  type TeamUnitConfig,
  type CommonUnitConfig,
  type PoolShares,
} from "./UnitConfig";
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
export { dayOfRun } from "./dayOfRun";
export { PeriodRecorder, calendarPeriods, type PeriodLength, type PeriodMetrics } from "./PeriodRecorder";
export { WorkingYear, type WorkingYearHost } from "./WorkingYear";
export { workingYear, defaultWorkingYear, type WorkingYearConfig, type WorkingYearInput, type AnnualLeave, type AbsenceSpells } from "./WorkingYearConfig";
