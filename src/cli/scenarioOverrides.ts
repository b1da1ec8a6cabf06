/*
 * Changes to a scenario given on the command line of `run` and `compare`:
 * `--horizon <days>` and `--warmup <days>` set the run length, `--set
 * path=value` any other setting (one value; several values are a sweep). The
 * changed scenario is validated again, so a bad value is reported with the
 * flag that set it before anything runs.
 */
import { setPath, validate, type ExperimentModel } from "../experiment";
import { InputError } from "./InputError";
import { parseSetOption } from "./parseSetOption";

/** The override flags, as commander gives them. */
export interface OverrideFlags {
  /** `--horizon`: simulated days. */
  horizon?: string;
  /** `--warmup`: days before measuring starts. */
  warmup?: string;
  /** Every `--set path=value`. */
  set?: string[];
}

/** Whether any override flag was given. */
export function hasOverrides(flags: OverrideFlags): boolean {
  return flags.horizon !== undefined || flags.warmup !== undefined || (flags.set?.length ?? 0) > 0;
}

/**
 * `scenario` (validated, as read) with the overrides applied and validated
 * again against `model`'s schema; `scenario` itself when there are none.
 *
 * @param label - the scenario's file, for messages
 * @throws InputError naming the flag and value when one is malformed or gives an invalid scenario
 */
export function applyOverrides(scenario: unknown, flags: OverrideFlags, model: ExperimentModel<unknown, unknown>, label: string): unknown {
  if (!hasOverrides(flags)) return scenario;
  let s = scenario;
  const put = (path: string, value: unknown, flag: string): void => {
    try {
      s = setPath(s, path, value);
    } catch (err) {
      throw new InputError(`${flag}: ${(err as Error).message.replace(/^setPath: /, "")}`);
    }
  };
  if (flags.horizon !== undefined) put("run.horizonDays", days(flags.horizon, "--horizon"), "--horizon");
  if (flags.warmup !== undefined) put("run.warmupDays", days(flags.warmup, "--warmup"), "--warmup");
  for (const text of flags.set ?? []) {
    const { path, values } = parseSetOption(text);
    if (values.length !== 1) {
      throw new InputError(`--set ${path}: got ${values.length} values; run and compare take one value per path (to try several, use caseflow sweep)`);
    }
    put(path, values[0], `--set ${path}`);
  }
  if (model.schema === undefined) return s;
  const result = validate(model.schema, s);
  if (!result.ok) {
    const n = result.errors.length;
    throw new InputError(`${label} with --horizon/--warmup/--set is not a valid ${model.id} scenario (${n} error${n === 1 ? "" : "s"}):`, result.errors);
  }
  return result.value;
}

function days(text: string, flag: string): number {
  const n = /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : NaN;
  if (!(Number.isFinite(n) && n >= 0)) throw new InputError(`${flag}: got ${JSON.stringify(text)}; expected a number of days ≥ 0, e.g. ${flag} 182`);
  return n;
}
