/*
 * The published JSON Schema (docs/scenario.schema.json) is generated from the
 * validator's definition; this checks it is current, and that the example
 * scenario files follow it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineScenario } from "../../src/models/office/defineScenario";
import { jsonSchemaOf } from "../../src/experiment/jsonSchemaOf";
import { officeScenarioSchema } from "../../src/models/office/officeScenarioSchema";

describe("scenario schema", () => {
  it("docs/scenario.schema.json matches the validator (regenerate: node scripts/write-schema.mjs)", () => {
    const published = JSON.parse(readFileSync("docs/scenario.schema.json", "utf8"));
    const { title: _title, ...rest } = published;
    expect(rest).toEqual(JSON.parse(JSON.stringify(jsonSchemaOf(officeScenarioSchema))));
  });

  it.each(readdirSync("examples/scenarios"))("examples/scenarios/%s is a valid scenario that round-trips", (file) => {
    const input = JSON.parse(readFileSync(`examples/scenarios/${file}`, "utf8"));
    const resolved = defineScenario(input);
    // the resolved scenario (all defaults filled) is itself a valid file that resolves to itself
    expect(defineScenario(JSON.parse(JSON.stringify(resolved)))).toEqual(resolved);
  });
});
