// Writes docs/scenario.schema.json from the scenario validator's own definition
// (run after changing src/models/office/officeScenarioSchema.ts; a test checks it is current).
import { writeFileSync } from "node:fs";
import { jsonSchemaOf, officeScenarioSchema } from "../dist/index.js";

const schema = { title: "caseflow office scenario", ...jsonSchemaOf(officeScenarioSchema) };
writeFileSync(new URL("../docs/scenario.schema.json", import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log("wrote docs/scenario.schema.json");
