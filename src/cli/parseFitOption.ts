/*
 * Reads the calibrate flag `--fit path:[lo,hi]` (optionally `:log`): a dotted
 * scenario path, as in `--set`, and the range to search.
 */
import type { FitParameter } from "../experiment";
import { InputError } from "./InputError";

/**
 * The fit parameter one `--fit` flag describes, e.g.
 * `office.world.demand.casesPerWeek:[100,300]` or `office.world.certificates.answerDelayDays:[2,40]:log`.
 *
 * @throws InputError naming the flag if it is not `path:[lo,hi]` with two numbers
 */
export function parseFitOption(text: string): FitParameter {
  const m = /^(.+?):\[\s*([^,\]]*?)\s*,\s*([^,\]]*?)\s*\](?::(linear|log))?$/.exec(text.trim());
  if (m === null) {
    throw new InputError(`--fit: got ${JSON.stringify(text)}; expected path:[lo,hi] (optionally :log), e.g. office.world.demand.casesPerWeek:[100,300]`);
  }
  const [, path, loText, hiText, scale] = m;
  const num = (t: string, end: string): number => {
    const v = t.trim() === "" ? NaN : Number(t);
    if (!Number.isFinite(v)) throw new InputError(`--fit ${path}: ${end} is ${JSON.stringify(t)}; expected a finite number`);
    return v;
  };
  const fit: FitParameter = { path: path!.trim(), lo: num(loText!, "lo"), hi: num(hiText!, "hi") };
  if (scale !== undefined) fit.scale = scale as "linear" | "log";
  return fit;
}
