/**
 * Test adapter: validates HSDS items against the official JSON schema files in src/hsds/schema
 * with ajv 8 + ajv-formats (workspace dependencies). The library itself never imports ajv: it
 * takes an HsdsJsonSchemaValidator function, and the catalogue service can build one like this.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HsdsJsonSchemaValidator } from '../index';

export const HSDS_SCHEMA_DIR = join(__dirname, '..', 'hsds', 'schema');

export function ajvHsdsValidator(): HsdsJsonSchemaValidator {
  // strict: false — the HSDS files carry non-JSON-Schema keywords (name, core, constraints, example…).
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of readdirSync(HSDS_SCHEMA_DIR).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(HSDS_SCHEMA_DIR, file), 'utf8')), file);
  }
  return (schema, instance) => {
    const validate = ajv.getSchema(`${schema}.json`);
    if (!validate) throw new Error(`no schema ${schema}.json`);
    if (validate(instance)) return [];
    return (validate.errors ?? []).map((e) => {
      const missing = e.keyword === 'required' ? `/${(e.params as { missingProperty: string }).missingProperty}` : '';
      return { instancePath: e.instancePath + missing, message: `${e.keyword}: ${e.message ?? ''}` };
    });
  };
}
