import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCatalogueToHsds, hsdsObjectKind, importCatalogueFromHsds, jsonLeaves, SERVICE_TAXONOMY_SEED } from '../index';
import { hsdsJsonSchemaValidator } from './json-schema-validator';

/**
 * Every official JSON example vendored in __fixtures__/official (openreferral/specification,
 * branch 3.0) imports, and every leaf value of every object in it comes back on export at the same
 * JSON Pointer inside the exported object with the same id. Documented normalisation: the export
 * is the collection document (a bare object or an API list page's `contents` becomes an item of
 * its collection — found by id); list pages' paging fields are not data and are not kept.
 */
const DIR = join(__dirname, '__fixtures__', 'official');
const JSON_EXAMPLES = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'tabular.json');

const COLLECTION: Record<string, string> = {
  service: 'services',
  organization: 'organizations',
  location: 'locations',
  service_at_location: 'service_at_locations',
  taxonomy: 'taxonomies',
  taxonomy_term: 'taxonomy_terms',
};

function itemsOf(doc: Record<string, unknown>): Array<{ collection: string; object: Record<string, unknown> }> {
  const objects = Array.isArray(doc.contents) ? (doc.contents as Array<Record<string, unknown>>) : [doc];
  return objects.map((object) => ({ collection: COLLECTION[hsdsObjectKind(object)], object }));
}

function at(value: unknown, pointer: string): unknown {
  let v = value;
  for (const seg of pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

describe('hsds.official-examples-round-trip', () => {
  it('vendors the official JSON examples', () => {
    expect(JSON_EXAMPLES.sort()).toEqual(
      ['location', 'organization_full', 'organization_list', 'service_at_location_full', 'service_full', 'service_list', 'taxonomy', 'taxonomy_term'].map((f) => `${f}.json`),
    );
  });

  it.each(JSON_EXAMPLES)('%s imports, and every leaf value survives import → export', (file) => {
    const doc = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
    const result = importCatalogueFromHsds(doc, { jsonSchemaValidator: hsdsJsonSchemaValidator(), serviceTaxonomy: SERVICE_TAXONOMY_SEED });
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    const exported = exportCatalogueToHsds(result.value, { interop: result.interop }) as unknown as Record<string, Array<Record<string, unknown>>>;

    let leaves = 0;
    const lost: string[] = [];
    for (const { collection, object } of itemsOf(doc)) {
      expect(collection).toBeDefined();
      const out = (exported[collection] ?? []).find((x) => x.id === object.id);
      expect(out).toBeDefined();
      for (const leaf of jsonLeaves(object)) {
        leaves++;
        if (JSON.stringify(at(out, leaf.path)) !== JSON.stringify(leaf.value)) lost.push(`${collection}/${String(object.id)}${leaf.path}`);
      }
    }
    expect(lost).toEqual([]);
    expect(leaves).toBeGreaterThan(4);
  });

  it('service_full.json: all of its leaves survive (42 did before)', () => {
    const doc = JSON.parse(readFileSync(join(DIR, 'service_full.json'), 'utf8'));
    const r = importCatalogueFromHsds(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const out = exportCatalogueToHsds(r.value, { interop: r.interop }).services.find((s) => s.id === doc.id);
    const kept = jsonLeaves(doc).filter((l) => JSON.stringify(at(out, l.path)) === JSON.stringify(l.value));
    expect(jsonLeaves(doc)).toHaveLength(349);
    expect(kept).toHaveLength(349);
  });
});
