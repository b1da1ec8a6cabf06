/*
 * The working year of a Swedish office as a configuration: annual leave with its
 * four summer weeks (Semesterlagen), staff sick absence and parental leave. Each
 * is a share of staff time away in spells; while a person is away their position
 * stands empty and nobody is hired into it. `workingYear()` fills the defaults,
 * each from a source or marked an assumption (see docs/model-card.md).
 */

/** Annual leave: the summer block in a window, the rest of the days at another time of year. */
export interface AnnualLeave {
  /** days of annual leave a year (working days). @defaultValue 25 (Semesterlagen 4 §) */
  days: number;
  /** weeks each person takes together in the summer window; part of `days`. @defaultValue 4 (Semesterlagen 12 §: at least four consecutive weeks in June–August) */
  summerWeeks: number;
  /** share of staff who take their summer weeks in the summer window; the others take them in one block at another time of year. @defaultValue 0.9 (assumption) */
  summerShare: number;
  /** first day of the summer window, "MM-DD". @defaultValue "06-20" (about midsummer; assumption within the law's June–August) */
  summerFrom: string;
  /** last day of the summer window, "MM-DD". @defaultValue "08-16" (mid-August; assumption within the law's June–August) */
  summerUntil: string;
}

/** Absence in spells of random length (sickness, parental leave). */
export interface AbsenceSpells {
  /** share of staff time away (the long-run share of days a position's person is away). */
  share: number;
  /** mean length of a spell, calendar days */
  meanDays: number;
  /** coefficient of variation of the spell length (lognormal) */
  cv: number;
}

/** The working year. */
export interface WorkingYearConfig {
  /** annual leave */
  leave: AnnualLeave;
  /** sick absence. @defaultValue share 0.04 (Statskontoret: 3.9% of available working time in state agencies 2018; Arbetsgivarverket 3.6% in 2021), meanDays 12, cv 5 (assumption: a median spell of about 2 days, with about half of sick days in spells over 60 days as Statskontoret reports for the state) */
  sickness: AbsenceSpells;
  /** parental leave. @defaultValue share 0.035 (Arbetsgivarverket: state employees' parental leave 3.1–3.8% of ordinary working time 2019–2021), meanDays 180, cv 0.5 (assumption) */
  parentalLeave: AbsenceSpells;
}

/** A working year as written: every part optional. */
export interface WorkingYearInput {
  /** `false` switches the working year off (everyone employed works every working day), as leaving the whole working year out does. @defaultValue true (a working year that is given is on) */
  enabled?: boolean;
  /** see {@link WorkingYearConfig.leave} */
  leave?: Partial<AnnualLeave>;
  /** see {@link WorkingYearConfig.sickness} */
  sickness?: Partial<AbsenceSpells>;
  /** see {@link WorkingYearConfig.parentalLeave} */
  parentalLeave?: Partial<AbsenceSpells>;
}

/** The defaults of the working year (sources in the TSDoc of each field and in the model card). */
export const defaultWorkingYear: Readonly<WorkingYearConfig> = Object.freeze({
  leave: Object.freeze({ days: 25, summerWeeks: 4, summerShare: 0.9, summerFrom: "06-20", summerUntil: "08-16" }),
  sickness: Object.freeze({ share: 0.04, meanDays: 12, cv: 5 }),
  parentalLeave: Object.freeze({ share: 0.035, meanDays: 180, cv: 0.5 }),
});

/** The working year with every default filled in. */
export function workingYear(input: WorkingYearInput = {}): WorkingYearConfig {
  const d = defaultWorkingYear;
  return {
    leave: { ...d.leave, ...defined(input.leave) },
    sickness: { ...d.sickness, ...defined(input.sickness) },
    parentalLeave: { ...d.parentalLeave, ...defined(input.parentalLeave) },
  };
}

/** The keys of `o` that hold a value (an explicit `undefined` keeps the default). */
function defined<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
