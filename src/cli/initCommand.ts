/*
 * `caseflow init [file]`: writes a starter scenario to edit, and prints what
 * each part of it means and what to do next. It will not overwrite a file
 * unless told to.
 */
import { existsSync } from "node:fs";
import type { Command } from "commander";
import type { CliContext } from "./CliContext";
import { InputError } from "./InputError";
import { STARTER_NOTES, starterScenario } from "./starterScenario";
import { checkOutputPath, writeFileAtomic } from "./writeFileAtomic";

/** Adds the `init` command to `program`. */
export function initCommand(program: Command, ctx: CliContext): void {
  program
    .command("init")
    .description("write a starter scenario file to edit, and explain its parts")
    .argument("[file]", "where to write it", "scenario.json")
    .option("--force", "overwrite the file if it exists")
    .action(async (file: string, flags: { force?: boolean }) => {
      checkOutputPath(file, "init");
      if (existsSync(file) && flags.force !== true) throw new InputError(`init: ${file} already exists; choose another name or add --force to overwrite it`);
      await writeFileAtomic(file, JSON.stringify(starterScenario(), null, 2) + "\n");
      ctx.io.stdout.write(
        `Wrote ${file}, a starter scenario.\n${STARTER_NOTES}\nNext:\n` +
          `  caseflow validate ${file}\n` +
          `  caseflow run ${file} --report ${file.replace(/\.json$/i, "")}.html\n` +
          `  caseflow schema -o caseflow.schema.json   (then add "$schema": "./caseflow.schema.json" for editor completion)\n`,
      );
    });
}
