/*
 * The library's doors checked with the same schema as scenario files, so a
 * program cannot run what the command line would refuse: `officeConfig`,
 * `simulateOffice` (its configuration and its run options) and the unit factories
 * (`standardisedUnit`, `teamUnit`, any registered regime's). A configuration holds policies as objects
 * (code), not as specs, so the units' policies are checked apart: each must be
 * an object with a non-empty name whose other keys are hooks holding functions.
 * Every problem is reported at once, with its path, the value and what is allowed.
 */
import { z } from "zod";
import { isKnownRegime, regimeOf, unknownRegimeText } from "../../organisation/regimes/regimeRegistry";
import { unitFactoryCheck, type RegimeUnitConfig } from "../../organisation/UnitConfig";
import { reorganisationError } from "../../organisation/reorganisationTime";
import { POLICY_HOOKS } from "../../policies/PolicySet";
import { describeValue } from "../../text/describeValue";
import { safeText } from "../../text/safeText";
import { closestMatch } from "../../experiment/closestMatch";
import { getOfficeSchemas, unitSchemaOf, type OfficeSchemas } from "./officeScenarioSchema";
import { lazySchema } from "../../policies/lazySchema";
import { formatPath } from "../../experiment/parsePath";
import { ScenarioValidationError } from "../../experiment/ScenarioValidationError";
import { validate } from "../../experiment/validate";
import { wholeNumber } from "../../experiment/wholeNumber";

/** Most policies a unit may have (as in scenario files). */
const MAX_POLICIES = 20;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function prefixed(prefix: string, errors: readonly string[]): string[] {
  if (prefix === "") return [...errors];
  return errors.map((e) => (e.startsWith("(root)") ? prefix + e.slice("(root)".length) : e.startsWith("[") ? prefix + e : `${prefix}.${e}`));
}

/** Problems with a list of policy objects, paths under `path`. */
export function policyErrors(policies: unknown, path: string): string[] {
  if (policies === undefined) return [];
  if (!Array.isArray(policies)) return [`${path}: got ${describeValue(policies)}; expected an array of policies`];
  if (policies.length > MAX_POLICIES) return [`${path}: got an array of ${policies.length} items; expected at most ${MAX_POLICIES} items`];
  const errors: string[] = [];
  policies.forEach((p: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(p)) {
      errors.push(`${at}: got ${describeValue(p)}; expected a policy (an object with a name and hooks)`);
      return;
    }
    const name = p["name"];
    if (typeof name !== "string" || name.length === 0 || name.length > 200) {
      errors.push(`${at}.name: got ${describeValue(name)}; expected a string of 1 to 200 characters`);
    }
    const plain = Object.getPrototypeOf(p) === Object.prototype || Object.getPrototypeOf(p) === null;
    for (const hook of POLICY_HOOKS) {
      const f = p[hook];
      if (f !== undefined && typeof f !== "function") errors.push(`${at}.${hook}: got ${describeValue(f)}; expected a function (a hook)`);
    }
    // a misspelt hook on a plain object would be ignored silently; class instances may keep state in fields
    if (plain) {
      for (const key of Object.keys(p)) {
        if (key === "name" || POLICY_HOOKS.includes(key)) continue;
        const guess = key.length > 200 ? undefined : closestMatch(key, POLICY_HOOKS);
        errors.push(
          `${at}.${safeText(key, 40)}: got unknown key "${safeText(key, 40)}"; expected name or one of the hooks: ${POLICY_HOOKS.join(", ")}` +
            (guess === undefined ? "" : `; did you mean "${guess}"?`),
        );
      }
    }
  });
  return errors;
}

/** The unit as the scenario schema sees it: policies checked apart. */
function unitForSchema(u: unknown): unknown {
  return isRecord(u) ? { ...u, policies: [] } : u;
}

/** Problems with one unit (a full config or a partial one with a regime), paths under `path`. */
export function unitErrors(u: unknown, path: string): string[] {
  if (!isRecord(u)) return [`${path || "(root)"}: got ${describeValue(u)}; expected a unit (use standardisedUnit() or teamUnit())`];
  const regime = u["regime"];
  if (!isKnownRegime(regime)) return [`${path === "" ? "" : `${path}.`}regime: ${unknownRegimeText(regime)}`];
  const r = validate(unitSchemaOf(regimeOf(regime)), unitForSchema(u));
  return [...(r.ok ? [] : prefixed(path, r.errors)), ...policyErrors(u["policies"], `${path === "" ? "" : `${path}.`}policies`)];
}

/** The office's settings with every default filled in by the scenario schema (units and timeline left out). */
export type CheckedOffice = Omit<z.output<OfficeSchemas["officeSchema"]>, "units" | "timeline">;

/** Problems with an office configuration or input, and its checked settings when there are none. */
function checkOffice(input: unknown): { errors: string[]; office: CheckedOffice | null } {
  if (!isRecord(input)) return { errors: [`(root): got ${describeValue(input)}; expected an object (an office configuration)`], office: null };
  const units = input["units"];
  const form: Record<string, unknown> = { ...input };
  for (const k of Object.keys(form)) if (form[k] === undefined) delete form[k];
  if (Array.isArray(units)) form["units"] = units.map(unitForSchema);
  // A configuration's timeline holds built changes (unit configurations and policy objects,
  // days as numbers or dates), not the scenario file's specs: its units and policies are
  // checked here, the days and unit references when the office is built (Timeline).
  const timeline = form["timeline"];
  delete form["timeline"];
  const r = validate(getOfficeSchemas().officeSchema, form);
  const errors = r.ok ? [] : r.errors;
  if (Array.isArray(units)) units.forEach((u, i) => isRecord(u) && errors.push(...policyErrors(u["policies"], formatPath(["units", i, "policies"]))));
  if (timeline !== undefined) {
    if (!Array.isArray(timeline)) errors.push(`timeline: got ${describeValue(timeline)}; expected an array of dated changes`);
    else
      timeline.forEach((c: unknown, i) => {
        if (!isRecord(c)) return void errors.push(`timeline[${i}]: got ${describeValue(c)}; expected a dated change`);
        if (c["to"] !== undefined) errors.push(...unitErrors(c["to"], `timeline[${i}].to`));
        if (c["add"] !== undefined) errors.push(...policyErrors(c["add"], `timeline[${i}].add`));
        const reorganisation = reorganisationError(c["reorganisation"], `timeline[${i}].reorganisation`);
        if (reorganisation !== null) errors.push(reorganisation);
      });
  }
  return { errors, office: r.ok && errors.length === 0 ? r.value : null };
}

/** Problems with an office configuration or input (`officeConfig`'s argument or its result). */
export function officeConfigErrors(input: unknown): string[] {
  return checkOffice(input).errors;
}

/**
 * Checks an office configuration (or `officeConfig`'s input) against the scenario schema.
 * @returns the office's settings (start date, holidays, office hours, world, starting backlog) with the schema's defaults filled in — the one place world defaults are applied
 * @throws ScenarioValidationError listing every problem
 */
export function checkOfficeConfig(input: unknown, what = "office configuration"): CheckedOffice {
  const { errors, office } = checkOffice(input);
  if (errors.length > 0 || office === null) throw new ScenarioValidationError(errors, what);
  return office;
}

/** The options of one office run besides those shared with scenario files' `run`. */
const runOptionsSchema = lazySchema(() =>
  z.strictObject({
    seed: z.unknown().optional(),
    horizonDays: z.unknown().optional(),
    warmupDays: z.unknown().optional(),
    replication: wholeNumber().min(0).max(99_999).optional(),
    trace: z.boolean().optional(),
    eventBudget: wholeNumber().min(1).max(1e10).optional(),
    memoryBudgetMB: z.number().min(16).max(1e6).optional(),
    periods: z.enum(["month", "quarter"]).optional(),
    script: z.array(z.unknown()).max(1_000_000).optional(),
    signal: z.unknown().optional(),
  }),
);

/** Problems with `simulateOffice`'s options. */
export function runOptionsErrors(options: unknown): string[] {
  if (!isRecord(options)) return [`(root): got ${describeValue(options)}; expected an object with seed and horizonDays`];
  const shared = validate(getOfficeSchemas().runSettingsSchema, {
    horizonDays: options["horizonDays"],
    warmupDays: options["warmupDays"] ?? 0,
    seed: options["seed"],
  });
  const rest = validate(runOptionsSchema(), options);
  const errors = [...(shared.ok ? [] : shared.errors), ...(rest.ok ? [] : rest.errors)];
  if (options["seed"] === undefined) errors.unshift("seed: got nothing (missing); expected a whole number or a string");
  if (options["horizonDays"] === undefined) errors.unshift("horizonDays: got nothing (missing); expected a number");
  const signal = options["signal"];
  if (signal !== undefined && !(isRecord(signal) && typeof signal["aborted"] === "boolean")) {
    errors.push(`signal: got ${describeValue(signal)}; expected an AbortSignal`);
  }
  return [...new Set(errors)];
}

unitFactoryCheck.check = (factory: string, overrides: unknown, unit: RegimeUnitConfig): void => {
  const errors: string[] = [];
  if (!isRecord(overrides)) errors.push(`(root): got ${describeValue(overrides)}; expected an object of options`);
  else if (overrides["regime"] !== undefined && overrides["regime"] !== unit.regime) {
    errors.push(`regime: got ${describeValue(overrides["regime"])}; expected "${unit.regime}" or nothing (${factory}() makes a ${unit.regime} unit)`);
  }
  errors.push(...unitErrors(unit, ""));
  if (errors.length > 0) throw new ScenarioValidationError(errors, `${factory}() options`);
};
