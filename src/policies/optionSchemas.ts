/*
 * The building blocks of the policies' option schemas: shares, non-negative
 * and positive numbers. Every option has an upper bound, and its description
 * says why: past it the option no longer describes a way of steering an office
 * (and values like 1e308 overflow). Each is called inside a lazily built schema.
 */
import { z } from "zod";

/** A share: a finite number from 0 to 1. */
export const share = (): z.ZodNumber => z.number().min(0).max(1);
/** A finite number from 0 to `max`. */
export const nonNegative = (max: number): z.ZodNumber => z.number().min(0).max(max);
/** A finite number above 0 and at most `max`. */
export const positive = (max: number): z.ZodNumber => z.number().gt(0).max(max);

/** The options of a policy as written: its spec schema's input without `kind` (every option optional). */
export type OptionsOf<S extends () => z.ZodType> = Omit<z.input<ReturnType<S>>, "kind">;
/** The options in force: its spec schema's output without `kind` (every default filled in). */
export type SettingsOf<S extends () => z.ZodType> = Omit<z.output<ReturnType<S>>, "kind">;
/** The options of a policy with every option filled in. */
export type FilledOptions<O> = { [K in keyof O]-?: Exclude<O[K], undefined> };
