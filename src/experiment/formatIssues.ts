/*
 * Turns zod validation issues into messages a scenario author can act on:
 * where the problem is, what was found there and what is allowed, e.g.
 * `servers: got 1.5; expected a whole number ≥ 1`. Unknown keys are reported
 * one by one with the closest allowed key as a suggestion.
 */
import type { z } from "zod";
import { closestMatch } from "./closestMatch";
import { describeValue } from "../text/describeValue";
import { safeText } from "../text/safeText";
import { formatPath as rawFormatPath } from "./parsePath";

/** A path for messages, with each key made safe to print (control characters escaped, long keys cut). */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return rawFormatPath(path.map((seg) => (typeof seg === "string" ? safeText(seg, 40) : seg)));
}

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/**
 * One message per problem, in the order zod found them, each of the form
 * `<path>: got <value>; expected <what is allowed>` (the path is `(root)` for the
 * whole input). Unknown keys give `<path>: got unknown key "<key>" (value <value>);
 * expected one of the allowed keys: …; did you mean "<closest key>"?` — the
 * allowed keys and the suggestion need `schema`.
 *
 * Custom issues (from `refine`/`superRefine`) use their message as the
 * "expected" part, so phrase them as what is allowed: `"a number > warmup (100)"`.
 *
 * @param error - the error from `schema.safeParse(input)`
 * @param input - the input that was validated (values are read from it)
 * @param schema - the schema, used to list allowed keys for unknown-key errors; optional
 */
export function formatIssues(error: z.ZodError, input: unknown, schema?: AnySchema): string[] {
  const messages: string[] = [];
  for (const issue of error.issues) messages.push(...formatIssue(issue, [], input, schema));
  return messages;
}

function formatIssue(issue: Issue, base: PropertyKey[], input: unknown, schema: AnySchema | undefined): string[] {
  const path = [...base, ...issue.path];
  const where = path.length === 0 ? "(root)" : formatPath(path);
  if (issue.code === "unrecognized_keys") {
    const allowed = schema === undefined ? [] : allowedKeysAt(schema, path, input);
    return issue.keys.map((key) => {
      const found = lookup(input, [...path, key]);
      const guess = key.length > 200 ? undefined : closestMatch(key, allowed);
      const keyPath = formatPath([...path, key]);
      const got = `got unknown key "${safeText(key, 40)}"${found.exists ? ` (value ${describeValue(found.value)})` : ""}`;
      const expected = allowed.length === 0 ? "no other keys" : `one of the allowed keys${path.length === 0 ? "" : ` of ${where}`}: ${allowed.join(", ")}`;
      return `${keyPath}: ${got}; expected ${expected}` + (guess === undefined ? "" : `; did you mean "${guess}"?`);
    });
  }
  const found = lookup(input, path);
  const parent = path.length > 0 ? lookup(input, path.slice(0, -1)) : { exists: false, value: undefined };
  const keyMissing = !found.exists && parent.exists && typeof parent.value === "object" && parent.value !== null;
  let got: string;
  if (found.exists) got = describeValue(found.value);
  else if (keyMissing) got = "nothing (missing)";
  else if ("input" in issue && issue.input !== undefined) got = describeValue(issue.input);
  else got = "nothing (missing)";
  return [`${where}: got ${got}; expected ${expectedText(issue, path, input, schema)}`];
}

function expectedText(issue: Issue, path: PropertyKey[], input: unknown, schema: AnySchema | undefined): string {
  switch (issue.code) {
    case "invalid_type":
      return withArticle(issue.expected === "int" ? "whole number" : issue.expected);
    case "too_small":
      return boundText(numberOrigin(issue.origin, schema, path, input), issue.minimum, issue.inclusive === true, "min", issue.exact === true);
    case "too_big":
      return boundText(numberOrigin(issue.origin, schema, path, input), issue.maximum, issue.inclusive === true, "max", issue.exact === true);
    case "invalid_value":
      return issue.values.length === 1 ? `exactly ${describeValue(issue.values[0])}` : `one of ${issue.values.map((v) => describeValue(v)).join(", ")}`;
    case "not_multiple_of":
      return Number(issue.divisor) === 1 ? "a whole number" : `a multiple of ${String(issue.divisor)}`;
    case "invalid_format":
      return issue.format === "regex" && "pattern" in issue && issue.pattern !== undefined
        ? `a string matching ${String(issue.pattern)}`
        : `a string in ${issue.format} format`;
    case "invalid_union": {
      const extra = issue as Issue & { discriminator?: string; options?: unknown[] };
      if (extra.options !== undefined) {
        // a misspelt tag (a unit's regime, a policy's kind) gets a "did you mean"
        const got = lookup(input, path).value;
        const tags = extra.options.filter((v): v is string => typeof v === "string");
        const guess = typeof got === "string" && got.length <= 200 ? closestMatch(got, tags) : undefined;
        return `one of ${extra.options.map((v) => describeValue(v)).join(", ")}` + (guess === undefined ? "" : `; did you mean "${guess}"?`);
      }
      const alternatives = issue.errors.map((branch) => {
        const only = branch.length === 1 ? branch[0] : undefined;
        return only !== undefined && only.path.length === 0 ? expectedText(only, path, input, schema) : undefined;
      });
      if (alternatives.length > 0 && alternatives.every((a) => a !== undefined)) {
        return [...new Set(alternatives)].join(" or ");
      }
      // Some alternative failed deeper inside: report the one that came closest.
      // (at equal counts prefer a branch that accepted the value's type and failed inside it)
      const deep = (branch: Issue[]): number => (branch.some((e) => e.path.length > 0) ? 0 : 1);
      const closest = issue.errors.reduce<Issue[] | undefined>(
        (best, branch) => (best === undefined || branch.length < best.length || (branch.length === best.length && deep(branch) < deep(best)) ? branch : best),
        undefined,
      );
      if (closest === undefined || closest.length === 0) return issue.message;
      const detail = closest.flatMap((sub) => formatIssue(sub, path, input, schema));
      return `one of the allowed forms; the closest one fails with: ${detail.join("; ")}`;
    }
    case "custom":
      return issue.message;
    default:
      return issue.message;
  }
}

/** "int" instead of "number" when the schema at `path` only allows whole numbers (see wholeNumber). */
function numberOrigin(origin: string, schema: AnySchema | undefined, path: ReadonlyArray<PropertyKey>, input: unknown): string {
  if (origin !== "number" || schema === undefined) return origin;
  const isWhole = schemasAt(schema, path, input).some((s) =>
    ((s._zod.def as unknown as LooseDef).checks ?? []).some((c) => {
      const d = c._zod.def as { check?: string; value?: unknown };
      return d.check === "multiple_of" && Number(d.value) === 1;
    }),
  );
  return isWhole ? "int" : origin;
}

function boundText(origin: string, bound: number | bigint, inclusive: boolean, side: "min" | "max", exact: boolean): string {
  const b = String(bound);
  switch (origin) {
    case "number":
    case "bigint":
      return `a number ${side === "min" ? (inclusive ? "≥" : ">") : inclusive ? "≤" : "<"} ${b}`;
    case "int":
      return `a whole number ${side === "min" ? (inclusive ? "≥" : ">") : inclusive ? "≤" : "<"} ${b}`;
    case "date":
      return `a date ${side === "min" ? "on or after" : "on or before"} ${b}`;
    default: {
      const unit = origin === "string" ? "character" : "item";
      const n = Number(bound) + (inclusive ? 0 : side === "min" ? 1 : -1);
      const count = `${n} ${unit}${n === 1 ? "" : "s"}`;
      if (exact) return `exactly ${count}`;
      return `${side === "min" ? "at least" : "at most"} ${count}`;
    }
  }
}

function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function lookup(input: unknown, path: ReadonlyArray<PropertyKey>): { exists: boolean; value?: unknown } {
  let node = input;
  for (const seg of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, seg)) return { exists: false };
    node = (node as Record<PropertyKey, unknown>)[seg];
  }
  return { exists: true, value: node };
}

interface LooseDef {
  type: string;
  shape?: Record<string, AnySchema>;
  innerType?: AnySchema;
  in?: AnySchema;
  element?: AnySchema;
  items?: AnySchema[];
  rest?: AnySchema | null;
  valueType?: AnySchema;
  options?: AnySchema[];
  left?: AnySchema;
  right?: AnySchema;
  getter?: () => AnySchema;
  discriminator?: string;
  checks?: z.core.$ZodCheck[];
}

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional", "success"]);

/** Keys allowed by the object schema(s) found at `path` inside `schema`. */
function allowedKeysAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>, input: unknown): string[] {
  const keys = new Set<string>();
  for (const n of schemasAt(schema, path, input)) {
    const def = n._zod.def as unknown as LooseDef;
    if (def.type === "object" && def.shape !== undefined) for (const k of Object.keys(def.shape)) keys.add(k);
  }
  return [...keys];
}

/**
 * The schemas that apply at `path` (wrappers removed). Unions contribute every
 * member, except that a discriminated union keeps only the members matching
 * the input's discriminator value when one does.
 */
function schemasAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>, input: unknown): AnySchema[] {
  let nodes = expand(schema, input);
  let value = input;
  for (const seg of path) {
    value = typeof value === "object" && value !== null ? (value as Record<PropertyKey, unknown>)[seg] : undefined;
    const next: AnySchema[] = [];
    for (const n of nodes) {
      const def = n._zod.def as unknown as LooseDef;
      let child: AnySchema | undefined;
      if (def.type === "object" && typeof seg === "string") child = def.shape?.[seg];
      else if (def.type === "array") child = def.element;
      else if (def.type === "tuple" && typeof seg === "number") child = def.items?.[seg] ?? def.rest ?? undefined;
      else if (def.type === "record") child = def.valueType;
      if (child !== undefined) next.push(...expand(child, value));
    }
    nodes = next;
  }
  return nodes;
}

/** Unwraps optional/default/pipe/lazy wrappers and splits unions and intersections. */
function expand(schema: AnySchema, value: unknown, depth = 0): AnySchema[] {
  if (depth > 20) return [];
  const def = schema._zod.def as unknown as LooseDef;
  if (WRAPPERS.has(def.type) && def.innerType !== undefined) return expand(def.innerType, value, depth + 1);
  if (def.type === "pipe" && def.in !== undefined) return expand(def.in, value, depth + 1);
  if (def.type === "lazy" && def.getter !== undefined) return expand(def.getter(), value, depth + 1);
  if (def.type === "union" && def.options !== undefined) {
    let options = def.options;
    const key = def.discriminator;
    if (key !== undefined && typeof value === "object" && value !== null) {
      const tag = (value as Record<string, unknown>)[key];
      const matching = options.filter((o) => {
        const tagSchema = (o._zod.def as unknown as LooseDef).shape?.[key];
        return tagSchema !== undefined && (tagSchema as z.ZodType).safeParse(tag).success;
      });
      if (matching.length > 0) options = matching;
    }
    return options.flatMap((o) => expand(o, value, depth + 1));
  }
  if (def.type === "intersection" && def.left !== undefined && def.right !== undefined) {
    return [...expand(def.left, value, depth + 1), ...expand(def.right, value, depth + 1)];
  }
  return [schema];
}
