/*
 * Reads one `--param` flag of `caseflow sensitivity`: a scenario path and the
 * range to vary it over, `path:[lo,hi]` (uniform), `path:log[lo,hi]`
 * (log-uniform) or `path:{a,b,c}` (discrete choices).
 */
import type { ParameterRange } from "../experiment";
import { InputError } from "./InputError";

const FORMS = "path:[lo,hi] (uniform), path:log[lo,hi] (log-uniform) or path:{a,b,c} (discrete), e.g. office.world.contacts.customerCentreResolves:[0.4,0.8]";

/**
 * @throws InputError naming the flag and what is allowed if `text` is malformed
 *   (ranges are checked against the scenario later)
 */
export function parseParamOption(text: string): ParameterRange {
  const colon = text.indexOf(":");
  const path = colon < 0 ? "" : text.slice(0, colon).trim();
  const spec =
    colon < 0
      ? ""
      : text
          .slice(colon + 1)
          .trim()
          .replace(/\s+/g, "");
  if (path === "" || spec === "") throw new InputError(`--param: got ${JSON.stringify(text)}; expected ${FORMS}`);
  const range = /^(log)?\[([^,\]]+),([^,\]]+)\]$/.exec(spec);
  if (range !== null) {
    const lo = Number(range[2]);
    const hi = Number(range[3]);
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
      throw new InputError(`--param ${path}: got ${JSON.stringify(spec)}; lo and hi must be finite numbers, as in ${path}:[0.4,0.8]`);
    }
    return { path, kind: range[1] === "log" ? "logUniform" : "uniform", lo, hi };
  }
  const list = /^\{(.*)\}$/.exec(spec);
  if (list !== null) {
    const values = list[1]!.split(",").map((v) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        return v;
      }
    });
    if (values.some((v) => v === "")) throw new InputError(`--param ${path}: got ${JSON.stringify(spec)}; expected values separated by commas, none empty`);
    return { path, kind: "discrete", values };
  }
  throw new InputError(`--param ${path}: got ${JSON.stringify(spec)}; expected ${FORMS}`);
}
