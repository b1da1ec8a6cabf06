#!/usr/bin/env node
/*
 * The executable behind `caseflow`: runs main() on the process's arguments,
 * stops a running experiment cleanly on the first Ctrl-C or SIGTERM (a second one
 * exits at once; temporary output files are removed on exit), and sets the exit
 * code: 130 after SIGINT, 143 after SIGTERM (128 + the signal's number).
 */
import { main } from "./main";

const controller = new AbortController();
let interrupts = 0;
let signalCode = 0;
const onSignal = (signal: NodeJS.Signals): void => {
  interrupts++;
  const code = signal === "SIGTERM" ? 143 : 130;
  if (signalCode === 0) signalCode = code;
  if (interrupts > 1) process.exit(code);
  controller.abort(new Error("interrupted"));
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);
// Output piped into e.g. `head` may close early; that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, signal: controller.signal }).then((code) => {
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  process.exitCode = code === 130 && signalCode !== 0 ? signalCode : code;
});
