/**
 * The one HSDS 3.0 JSON-schema validator: the official schemas (vendored in ./schema, CC BY-SA 4.0)
 * compiled with ajv 8 + ajv-formats, as an HsdsJsonSchemaValidator for the importer. The catalogue
 * service and the tests use this same function.
 *
 * Node-only (reads files), so it is not part of the library's index — the web app imports the
 * index — but its own entry `@sanpuku/catalogue-domain/hsds-json-schema`. The service passes the
 * schema folder explicitly, because its build output does not carry the JSON files.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HsdsJsonSchemaValidator } from './hsds.import';

/** The vendored schemas, next to this file in the source tree. */
export const HSDS_SCHEMA_DIR = join(__dirname, 'schema');

const compiled = new Map<string, HsdsJsonSchemaValidator>();

/** The validator over the schemas in `dir`, compiled once per folder. */
export function hsdsJsonSchemaValidator(dir = HSDS_SCHEMA_DIR): HsdsJsonSchemaValidator {
  const known = compiled.get(dir);
  if (known) return known;
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    throw new Error(`HSDS schemas not found in ${dir} / HSDSスキーマが見つかりません`);
  }
  // strict: false — the HSDS files carry non-JSON-Schema keywords (name, core, constraints, example…).
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of files) ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
  const validator: HsdsJsonSchemaValidator = (schema, instance) => {
    const validate = ajv.getSchema(`${schema}.json`);
    if (!validate) throw new Error(`no HSDS schema ${schema}.json`);
    if (validate(instance)) return [];
    return (validate.errors ?? []).map((e) => {
      const missing = e.keyword === 'required' ? `/${(e.params as { missingProperty: string }).missingProperty}` : '';
      return { instancePath: e.instancePath + missing, message: `${e.keyword}: ${e.message ?? ''}` };
    });
  };
  compiled.set(dir, validator);
  return validator;
}
