/*
 * Reads the options given to a shipped policy's factory with the policy's own
 * spec schema — the one description of each option's type, bounds and default —
 * so the factory accepts exactly what a scenario file may say. A bad option
 * fails when the policy is made, with a message naming the policy, the option,
 * the value given and what is allowed, not weeks into a simulation: a value of
 * the wrong type is a TypeError, anything else a RangeError.
 */
import type { z } from "zod";
import { describeValue } from "../text/describeValue";
import { safeText } from "../text/safeText";

type Issue = z.core.$ZodIssue;
type Def = {
  type: string;
  innerType?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  items?: z.core.$ZodType[];
  entries?: Record<string, string>;
  checks?: Array<{ _zod: { def: { check?: string; value?: unknown; inclusive?: boolean } } }>;
};

function defOf(schema: z.core.$ZodType): Def {
  return schema._zod.def;
}

/** The schema inside defaults, optionals and the like. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  for (let d = defOf(s); d.innerType !== undefined && ["default", "optional", "prefault", "nullable", "readonly"].includes(d.type); d = defOf(s)) {
    s = d.innerType;
  }
  return s;
}

/** The option names of a policy's spec schema (its keys but `kind`). */
export function optionNames(schema: z.core.$ZodType): string[] {
  return Object.keys(defOf(unwrap(schema)).shape ?? {}).filter((k) => k !== "kind");
}

/** The schema of the option (or option element) at `path`, or undefined. */
function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let s: z.core.$ZodType | undefined = unwrap(schema);
  for (const seg of path) {
    if (s === undefined) return undefined;
    const d = defOf(s);
    if (d.type === "object" && typeof seg === "string") s = d.shape?.[seg];
    else if (d.type === "tuple" && typeof seg === "number") s = d.items?.[seg];
    else return undefined;
    if (s !== undefined) s = unwrap(s);
  }
  return s;
}

/** "a finite number > 0 and ≤ 1000" from a number schema's checks. */
export function numberText(schema: z.core.$ZodType): string {
  const parts: string[] = [];
  for (const c of defOf(schema).checks ?? []) {
    const d = c._zod.def;
    if (d.check === "greater_than") parts.push(`${d.inclusive === true ? "≥" : ">"} ${String(d.value)}`);
    if (d.check === "less_than") parts.push(`${d.inclusive === true ? "≤" : "<"} ${String(d.value)}`);
  }
  return parts.length > 0 ? `a finite number ${parts.join(" and ")}` : "a finite number";
}

/** What the schema allows, in words, and whether a value of another type is a TypeError. */
function allowed(schema: z.core.$ZodType | undefined): { text: string; type?: string } {
  if (schema === undefined) return { text: "a valid value" };
  const d = defOf(schema);
  switch (d.type) {
    case "number":
      return { text: numberText(schema), type: "number" };
    case "boolean":
      return { text: "true or false", type: "boolean" };
    case "enum":
      return {
        text: `one of ${Object.values(d.entries ?? {})
          .map((v) => `"${v}"`)
          .join(", ")}`,
      };
    case "tuple": {
      const items = d.items ?? [];
      const first = items[0];
      const same = first !== undefined && defOf(first).type === "number" && items.every((i) => numberText(i) === numberText(first));
      return {
        text: same ? `an array of ${items.length} numbers, each ${numberText(first).replace(/^a finite number /, "")}` : `an array of ${items.length} items`,
      };
    }
    default:
      return { text: d.type };
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const seg of path) v = typeof v === "object" && v !== null ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

function optionPath(path: readonly PropertyKey[]): string {
  return path.map((seg, i) => (typeof seg === "number" ? `[${seg}]` : i === 0 ? safeText(String(seg), 40) : `.${safeText(String(seg), 40)}`)).join("");
}

/** The error for the first problem zod found with a policy's options. */
function optionError(policy: string, schema: z.core.$ZodType, issue: Issue, input: unknown): Error {
  if (issue.code === "unrecognized_keys") {
    const names = optionNames(schema);
    const key = safeText(issue.keys[0] ?? "", 40);
    return new RangeError(
      names.length === 0
        ? `${policy}: unknown option "${key}"; ${policy} takes no options`
        : `${policy}: unknown option "${key}"; allowed options: ${names.join(", ")}`,
    );
  }
  const path = issue.path;
  const value = valueAt(input, path);
  const what = issue.code === "custom" ? { text: issue.message } : allowed(schemaAt(schema, path));
  const message = `${policy}: option "${optionPath(path)}" must be ${what.text}, got ${describeValue(value)}`;
  return what.type !== undefined && typeof value !== what.type ? new TypeError(message) : new RangeError(message);
}

/**
 * The options in force for a policy: `opts` read with the policy's spec schema,
 * every option left out (or undefined) at its default.
 *
 * @param policy the policy's kind, the `kind` of its spec (named in messages)
 * @param schema the policy's spec schema (`{ kind, ...options }`)
 * @param opts what the user passed; undefined means no options
 * @returns the options, without `kind`
 * @throws TypeError when `opts` is not a plain object, or an option has the wrong type
 * @throws RangeError when an option is unknown (a spec's `kind` included) or out of range
 */
export function parsePolicyOptions<S extends z.ZodType>(policy: string, schema: S, opts: unknown): Omit<z.output<S>, "kind"> {
  if (opts === undefined) opts = {};
  if (typeof opts !== "object" || opts === null || Array.isArray(opts)) {
    throw new TypeError(`${policy}: options must be an object, got ${describeValue(opts)}`);
  }
  if (Object.prototype.hasOwnProperty.call(opts, "kind")) {
    throw new RangeError(`${policy}: unknown option "kind" (the kind is the factory itself); allowed options: ${optionNames(schema).join(", ")}`);
  }
  const input = { ...opts, kind: policy };
  const result = schema.safeParse(input);
  if (!result.success) throw optionError(policy, schema, result.error.issues[0] as Issue, input);
  const { kind: _kind, ...options } = result.data as { kind: string } & Record<string, unknown>;
  return options as Omit<z.output<S>, "kind">;
}
