/*
 * The model reports the report can use: those of the registered models
 * (see registerModel), found by a result's model id or, for a bare metric key,
 * by asking each in turn. Built-in models are registered when caseflow is
 * imported from its root; a user model is registered when it runs.
 */
import { getModel, listModels } from "../experiment/modelRegistry";
import type { ModelReport } from "./ModelReport";

/** The report of the registered model `id`, or `undefined` (unknown id or no report). */
export function modelReportOf(id: string | undefined): ModelReport | undefined {
  if (id === undefined || !listModels().includes(id)) return undefined;
  return getModel(id).report;
}

/** The reports of every registered model that has one, in registration order. */
export function modelReports(): ModelReport[] {
  const reports: ModelReport[] = [];
  for (const id of listModels()) {
    const report = getModel(id).report;
    if (report !== undefined) reports.push(report);
  }
  return reports;
}
