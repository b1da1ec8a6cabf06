/*
 * Checks for the options of the shipped policies. Every factory lays the user's
 * options over its documented defaults and checks each value when the policy is
 * made, so a bad option fails at once with a message naming the policy, the
 * option, the value given and what is allowed — not weeks into a simulation.
 */

/** The options of a policy with every option filled in (the shape of its defaults). */
export type FilledOptions<O> = { [K in keyof O]-?: Exclude<O[K], undefined> };

/** Bounds of a numeric option; both ends are inclusive unless marked open. */
export interface NumberBounds {
  /** smallest allowed value @defaultValue -Infinity */
  min?: number;
  /** largest allowed value @defaultValue Infinity */
  max?: number;
  /** whether `min` itself is excluded @defaultValue false */
  minOpen?: boolean;
  /** whether `max` itself is excluded @defaultValue false */
  maxOpen?: boolean;
}

/**
 * The options in force: `defaults` with every option the user gave (options set
 * to `undefined` keep their default).
 * @param policy the factory's name, for messages
 * @param defaults the documented defaults; their keys are the allowed options
 * @param opts what the user passed (may be undefined)
 * @throws TypeError when `opts` is not a plain object
 * @throws RangeError when `opts` has an option the policy does not know
 */
export function resolveOptions<T extends object>(policy: string, defaults: Readonly<T>, opts: unknown): T {
  const out = { ...defaults } as Record<string, unknown>;
  if (opts === undefined) return out as T;
  if (typeof opts !== "object" || opts === null || Array.isArray(opts)) {
    throw new TypeError(`${policy}: options must be an object, got ${describe(opts)}`);
  }
  for (const [key, value] of Object.entries(opts)) {
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
      throw new RangeError(`${policy}: unknown option "${key}"; allowed options: ${Object.keys(defaults).join(", ")}`);
    }
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/**
 * Check that option `option` is a finite number inside `bounds`.
 * @returns the value
 * @throws TypeError when the value is not a number
 * @throws RangeError when it is not finite or outside the bounds
 */
export function checkNumber(policy: string, option: string, value: unknown, bounds: NumberBounds = {}): number {
  if (typeof value !== "number") {
    throw new TypeError(`${policy}: option "${option}" must be a number (${allowed(bounds)}), got ${describe(value)}`);
  }
  const { min = -Infinity, max = Infinity, minOpen = false, maxOpen = false } = bounds;
  const ok =
    Number.isFinite(value) && (minOpen ? value > min : value >= min) && (maxOpen ? value < max : value <= max);
  if (!ok) throw new RangeError(`${policy}: option "${option}" must be ${allowed(bounds)}, got ${describe(value)}`);
  return value;
}

/**
 * Check that option `option` is one of `choices`.
 * @returns the value
 * @throws RangeError when it is not one of the choices
 */
export function checkChoice<C extends string>(policy: string, option: string, value: unknown, choices: readonly C[]): C {
  if (typeof value !== "string" || !(choices as readonly string[]).includes(value)) {
    throw new RangeError(
      `${policy}: option "${option}" must be one of ${choices.map((c) => `"${c}"`).join(", ")}, got ${describe(value)}`,
    );
  }
  return value as C;
}

/**
 * Check that option `option` is a boolean.
 * @returns the value
 * @throws TypeError when it is not a boolean
 */
export function checkBoolean(policy: string, option: string, value: unknown): boolean {
  if (typeof value !== "boolean") {
    throw new TypeError(`${policy}: option "${option}" must be true or false, got ${describe(value)}`);
  }
  return value;
}

function allowed(b: NumberBounds): string {
  const parts: string[] = [];
  if (b.min !== undefined) parts.push(`${b.minOpen === true ? ">" : "≥"} ${b.min}`);
  if (b.max !== undefined) parts.push(`${b.maxOpen === true ? "<" : "≤"} ${b.max}`);
  return parts.length > 0 ? `a finite number ${parts.join(" and ")}` : "a finite number";
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(describe).join(", ")}]`;
  if (typeof value === "object" && value !== null) return "an object";
  return String(value);
}
