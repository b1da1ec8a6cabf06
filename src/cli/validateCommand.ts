/*
 * `caseflow validate <scenario.json>…`: checks scenario files without running
 * them, listing every problem of each file with its path, the value found and
 * what is allowed (and a "did you mean" for misspelt keys).
 */
import { safeText } from "../text/safeText";
import type { Command } from "commander";
import type { CliContext } from "./CliContext";
import { InputError } from "./InputError";
import { findModel, readScenario } from "./readScenario";

/** Adds the `validate` command to `program`. */
export function validateCommand(program: Command, ctx: CliContext): void {
  program
    .command("validate")
    .description("check scenario files without running them; exit code 2 if any is invalid")
    .argument("<scenario.json...>", "scenario files")
    .option("--model <id>", "model whose schema to check against", "office")
    .action((files: string[], flags: { model: string }) => {
      const model = findModel(flags.model);
      const problems: InputError[] = [];
      for (const file of files) {
        try {
          const { scenario } = readScenario(file, model);
          const name = typeof scenario === "object" && scenario !== null ? (scenario as Record<string, unknown>)["name"] : undefined;
          ctx.io.stdout.write(`ok  ${safeText(file, 200)}${typeof name === "string" ? ` (scenario "${safeText(name, 200)}")` : ""}\n`);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          problems.push(err);
        }
      }
      if (problems.length === 1) throw problems[0]!;
      if (problems.length > 1) {
        throw new InputError(
          `${problems.length} of ${files.length} files are invalid:`,
          problems.flatMap((p) => [p.message, ...p.details.map((d) => `  ${d}`)]),
        );
      }
    });
}
