/*
 * `caseflow schema`: prints the JSON Schema of the scenario file, generated
 * from the same definition that validates scenarios, for editors (completion
 * and checking as you type) and other tools.
 */
import type { Command } from "commander";
import { jsonSchemaOf } from "../experiment";
import type { CliContext } from "./CliContext";
import { InputError } from "./InputError";
import { findModel } from "./readScenario";
import { checkOutputPath, writeFileAtomic } from "./writeFileAtomic";

/** Adds the `schema` command to `program`. */
export function schemaCommand(program: Command, ctx: CliContext): void {
  program
    .command("schema")
    .description("print the JSON Schema of scenario files (every setting, its bounds, default and meaning)")
    .option("--model <id>", "model whose scenario schema to print", "office")
    .option("-o, --output <path>", "write the schema to a file instead of printing it")
    .addHelpText(
      "after",
      `
Point an editor at it for completion and checking, e.g. add
  "$schema": "./caseflow.schema.json"
to a scenario after: caseflow schema -o caseflow.schema.json`,
    )
    .action(async (flags: { model: string; output?: string }) => {
      const model = findModel(flags.model);
      if (model.schema === undefined) throw new InputError(`--model ${flags.model}: this model has no scenario schema`);
      if (flags.output !== undefined) checkOutputPath(flags.output, "--output");
      // Title first, as in the published docs/scenario.schema.json, which this reproduces for the office model.
      const schema = { title: `caseflow ${model.id} scenario`, ...jsonSchemaOf(model.schema) };
      const text = JSON.stringify(schema, null, 2) + "\n";
      if (flags.output === undefined) {
        ctx.io.stdout.write(text);
      } else {
        await writeFileAtomic(flags.output, text);
        ctx.io.stderr.write(`wrote ${flags.output}\n`);
      }
    });
}
