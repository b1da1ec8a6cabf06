/*
 * Test harness for the command: runs main() in-process with string-collecting
 * streams, in a fresh temporary directory holding small scenario files
 * (20 staff, 13 weeks, 3 replications), so tests are quick and leave nothing behind.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, type CliIO } from "../../src/cli";

/** What one invocation printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `caseflow <argv>` in-process. */
export async function cli(argv: string[], extra: Partial<CliIO> & { tty?: boolean } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: extra.tty === true },
  };
  if (extra.signal !== undefined) io.signal = extra.signal;
  if (extra.now !== undefined) io.now = extra.now;
  io.env = extra.env ?? {}; // tests never read the real environment (a CI job array must not change them)
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A small standardised office: 20 staff, 100 claims a week, 13 weeks with 3 of warm-up. */
export const smallStandardised = {
  name: "standardised",
  office: {
    world: { demand: { casesPerWeek: 100 } },
    units: [
      {
        regime: "standardised",
        handlers: 20,
        policies: [{ kind: "productionTarget" }, { kind: "measurementRegime", level: "heavy" }],
      },
    ],
  },
  run: { horizonDays: 91, warmupDays: 21, replications: 3, seed: 11 },
};

/** The same office organised in trust-based teams. */
export const smallTeams = {
  name: "teams",
  office: {
    world: { demand: { casesPerWeek: 100 } },
    units: [{ regime: "team", handlers: 20, policies: [{ kind: "trustBasedSteering" }] }],
  },
  run: { horizonDays: 91, warmupDays: 21, replications: 3, seed: 11 },
};

/** A temporary directory with helpers to write files into it. */
export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), "caseflow-cli-"));

  /** Path of `name` inside the workspace. */
  path(name: string): string {
    return join(this.dir, name);
  }

  /** Writes `content` (JSON-encoded unless a string) and returns the path. */
  write(name: string, content: unknown): string {
    const p = this.path(name);
    writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content, null, 2));
    return p;
  }

  /** File names in the workspace, sorted. */
  files(): string[] {
    return readdirSync(this.dir).sort();
  }

  /** Deletes the workspace. */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
