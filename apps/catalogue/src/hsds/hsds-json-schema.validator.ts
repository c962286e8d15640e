/**
 * The official HSDS 3.0 JSON schemas (vendored in libs/catalogue-domain/src/hsds/schema,
 * CC BY-SA 4.0) compiled with ajv 8 + ajv-formats, as the domain importer's
 * `jsonSchemaValidator`. Compiled once, on first use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { HsdsJsonSchemaValidator } from '@sanpuku/catalogue-domain';
import { repoRoot } from '@sanpuku/platform';

export const HSDS_SCHEMA_DIR = join(repoRoot(), 'libs/catalogue-domain/src/hsds/schema');

let cached: HsdsJsonSchemaValidator | null = null;

export function hsdsJsonSchemaValidator(dir = HSDS_SCHEMA_DIR): HsdsJsonSchemaValidator {
  if (cached) return cached;
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
  cached = (schema, instance) => {
    const validate = ajv.getSchema(`${schema}.json`);
    if (!validate) throw new Error(`no HSDS schema ${schema}.json`);
    if (validate(instance)) return [];
    return (validate.errors ?? []).map((e) => {
      const missing = e.keyword === 'required' ? `/${(e.params as { missingProperty: string }).missingProperty}` : '';
      return { instancePath: e.instancePath + missing, message: `${e.keyword}: ${e.message ?? ''}` };
    });
  };
  return cached;
}
