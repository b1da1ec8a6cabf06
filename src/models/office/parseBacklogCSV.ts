/*
 * Reads an office's open claims from a CSV export of its case register, to
 * start a simulation from the real queue (`office.initialBacklog`). The first
 * line names the columns, in any order:
 *
 *   arrived,certificateComplete,step,complexity
 *   2016-01-11,yes,assess,standard
 *   2016-01-20,no,certificate,
 *
 * - `arrived` (required): ISO date (YYYY-MM-DD) the claim arrived, on or before the start date;
 * - `certificateComplete` (required): yes/no (also true/false, 1/0);
 * - `step` (required): the step it waits at: register, certificate, assess or decide;
 * - `complexity` (optional column, may be empty): simple, standard or complex.
 *
 * Fields are separated by commas and may be wrapped in double quotes; blank
 * lines are skipped. Every bad row is reported with its line and column.
 */
import type { Complexity } from "../../casework/Case";
import { STARTING_STEPS, type StartingClaim, type StartingStep } from "../../organisation/StartingClaim";
import { closestMatch } from "../../experiment/closestMatch";
import { ScenarioValidationError } from "../../experiment/ScenarioValidationError";

/** Options of {@link parseBacklogCSV}. */
export interface BacklogCSVOptions {
  /** Name of the file, for messages. @defaultValue "backlog CSV" */
  file?: string;
  /** The office's start date (ISO); arrivals after it are errors. @defaultValue no check */
  startDate?: string;
}

const REQUIRED = ["arrived", "certificateComplete", "step"] as const;
const COLUMNS = [...REQUIRED, "complexity"];
const COMPLEXITIES: readonly Complexity[] = ["simple", "standard", "complex"];
const YES = new Set(["yes", "true", "1", "y", "ja"]);
const NO = new Set(["no", "false", "0", "n", "nej"]);
/** Most problems listed before the rest are only counted. */
const MAX_PROBLEMS = 20;

/**
 * The open claims listed in `text`.
 *
 * @throws ScenarioValidationError listing each problem as `file:line:column: …`:
 *   an empty file, a header without the required columns or with an unknown
 *   one (with a "did you mean"), no claims, a row with the wrong number of
 *   fields, a date that is malformed or after the start date, a certificate
 *   flag that is not yes/no, an unknown step or complexity
 */
export function parseBacklogCSV(text: string, options: BacklogCSVOptions = {}): StartingClaim[] {
  const file = options.file ?? "backlog CSV";
  const what = `backlog file ${file}`;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const problems: string[] = [];
  const fail = (line: number, column: number, message: string): void => {
    problems.push(`${file}:${line}:${column}: ${message}`);
  };
  const headerAt = lines.findIndex((l) => l.trim() !== "");
  if (headerAt < 0) {
    throw new ScenarioValidationError([`${file}:1:1: the file is empty; expected a header line "${COLUMNS.join(",")}" and one line per open claim`], what);
  }
  const header = splitFields(lines[headerAt]!).map((h) => h.trim());
  const index: Record<string, number> = {};
  header.forEach((h, k) => {
    if (!COLUMNS.includes(h)) {
      const guess = closestMatch(h, COLUMNS);
      fail(
        headerAt + 1,
        k + 1,
        `unknown column "${h}"; expected the columns ${COLUMNS.join(", ")} (complexity optional)` + (guess === undefined ? "" : `; did you mean "${guess}"?`),
      );
    } else if (h in index) {
      fail(headerAt + 1, k + 1, `column "${h}" appears twice`);
    } else {
      index[h] = k;
    }
  });
  for (const col of REQUIRED) {
    if (!(col in index) && !problems.some((p) => p.includes(`did you mean "${col}"`))) {
      fail(headerAt + 1, header.length + 1, `the required column "${col}" is missing; expected the columns ${COLUMNS.join(", ")}`);
    }
  }
  if (problems.length > 0) throw new ScenarioValidationError(problems, what);

  const claims: StartingClaim[] = [];
  let rows = 0;
  for (let i = headerAt + 1; i < lines.length && problems.length < MAX_PROBLEMS; i++) {
    const raw = lines[i]!;
    if (raw.trim() === "") continue;
    rows++;
    const line = i + 1;
    const fields = splitFields(raw).map((f) => f.trim());
    if (fields.length !== header.length) {
      fail(
        line,
        Math.min(fields.length, header.length) + 1,
        `${fields.length} field${fields.length === 1 ? "" : "s"}; expected ${header.length} (${header.join(",")})`,
      );
      continue;
    }
    const before = problems.length;
    const col = (name: string): number => index[name]! + 1;
    const arrived = fields[index["arrived"]!]!;
    if (!isIsoDate(arrived)) {
      fail(line, col("arrived"), `arrived: got ${JSON.stringify(arrived)}; expected a date YYYY-MM-DD`);
    } else if (options.startDate !== undefined && arrived > options.startDate) {
      fail(
        line,
        col("arrived"),
        `arrived: got ${arrived}; expected a date on or before the start date ${options.startDate} (an open claim has already arrived)`,
      );
    }
    const certText = fields[index["certificateComplete"]!]!.toLowerCase();
    const certificateComplete = YES.has(certText) ? true : NO.has(certText) ? false : undefined;
    if (certificateComplete === undefined) {
      fail(
        line,
        col("certificateComplete"),
        `certificateComplete: got ${JSON.stringify(fields[index["certificateComplete"]!])}; expected yes or no (or true/false, 1/0)`,
      );
    }
    const step = fields[index["step"]!]!;
    if (!(STARTING_STEPS as readonly string[]).includes(step)) {
      const guess = closestMatch(step, STARTING_STEPS);
      fail(
        line,
        col("step"),
        `step: got ${JSON.stringify(step)}; expected one of ${STARTING_STEPS.join(", ")} (an open claim waits before its decision)` +
          (guess === undefined ? "" : `; did you mean "${guess}"?`),
      );
    }
    let complexity: Complexity | undefined;
    if ("complexity" in index) {
      const c = fields[index["complexity"]]!;
      if (c !== "") {
        if ((COMPLEXITIES as readonly string[]).includes(c)) complexity = c as Complexity;
        else fail(line, col("complexity"), `complexity: got ${JSON.stringify(c)}; expected simple, standard, complex or nothing`);
      }
    }
    if (problems.length > before) continue;
    const claim: StartingClaim = { arrived, certificateComplete: certificateComplete!, step: step as StartingStep };
    if (complexity !== undefined) claim.complexity = complexity;
    claims.push(claim);
  }
  if (problems.length >= MAX_PROBLEMS) problems.push(`${file}: stopped after ${MAX_PROBLEMS} problems`);
  if (problems.length === 0 && rows === 0) {
    fail(headerAt + 2, 1, `no claims after the header; expected one line per open claim, e.g. 2016-01-11,yes,assess`);
  }
  if (problems.length > 0) throw new ScenarioValidationError(problems, what);
  return claims;
}

/** Splits one CSV line at commas outside double quotes, removing the quotes. */
function splitFields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = !quoted;
      }
    } else if (ch === "," && !quoted) {
      out.push(field);
      field = "";
    } else {
      field += ch;
    }
  }
  out.push(field);
  return out;
}

/** Whether `s` is a real calendar date written YYYY-MM-DD. */
function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s;
}
