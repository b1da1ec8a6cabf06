/*
 * The built executable (dist/cli.js, built by `pretest`) as a user runs it:
 * exit codes reach the shell, and Ctrl-C during a run stops it with code 130
 * and leaves no output file, not even a temporary one. Without a fresh build
 * these tests fail with a message saying so (they used to be skipped silently).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectFreshBuild } from "../reliability/expectFreshBuild";
import { smallStandardised, Workspace } from "./cliHarness";

const BIN = resolve("dist/cli.js");
const ws = new Workspace();
afterAll(() => ws.remove());

describe("dist/cli.js", () => {
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error("dist/cli.js is missing: run `npm run build` before these tests (npm test does)");
    expectFreshBuild();
  });

  it("passes exit codes to the shell", () => {
    const good = ws.write("good.json", smallStandardised);
    const bad = ws.write("bad.json", { run: { horizonDay: 91 } });
    expect(spawnSync(process.execPath, [BIN, "validate", good]).status).toBe(0);
    const r = spawnSync(process.execPath, [BIN, "validate", bad], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('did you mean "horizonDays"?');
  });

  it("stops on SIGINT with exit code 130 and writes nothing", async () => {
    const file = ws.write("long.json", smallStandardised);
    // 400 replications in one thread take minutes; the signal comes after 5 s (it came after 1.5 s,
    // which on a loaded machine could be before Node had loaded the CLI and installed its handler:
    // the process then died of the signal with no exit code)
    const child = spawn(process.execPath, [BIN, "run", file, "--replications", "400", "--workers", "1", "-o", ws.path("out.json")], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGINT"), 5000);
    const [code, signal] = await new Promise<[number | null, string | null]>((done) => child.on("exit", (c, s) => done([c, s])));
    clearTimeout(timer);
    expect(code, `exit signal ${signal}: the SIGINT came before the CLI's handler was installed`).toBe(130);
    expect(stderr).toContain("interrupted; no output was written");
    expect(ws.files().filter((f) => f.startsWith("out.json"))).toEqual([]);
  });
});
