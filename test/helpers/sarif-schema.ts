/** Validates a SARIF log against the official SARIF 2.1.0 JSON schema (test/data/sarif-schema-2.1.0.json, see test/data/README.md). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import formats from 'ajv-formats';

const schema = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../data/sarif-schema-2.1.0.json'), 'utf8')) as object;

// The schema's `anyOf: [{ required: [...] }]` names properties it declares elsewhere, which Ajv's strictRequired rejects.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
// ajv-formats is CommonJS: under NodeNext its default import is the module object, whose `default` is the plugin.
formats.default(ajv);
const validate = ajv.compile(schema);

/** The schema errors of a SARIF log (empty when it is valid). */
export function sarifSchemaErrors(log: unknown): readonly ErrorObject[] {
  return validate(log) ? [] : (validate.errors ?? []);
}
