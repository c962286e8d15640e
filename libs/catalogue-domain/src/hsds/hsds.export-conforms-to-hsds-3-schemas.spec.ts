import { HSDS_COLLECTION_SCHEMAS, exportCatalogueToHsds, importCatalogueFromHsds } from '../index';
import { hsdsJsonSchemaValidator } from './json-schema-validator';
import { catalogueFixture } from '../testing/catalogue.fixtures';

// Validates with the official HSDS 3.0 JSON schemas (./schema, openreferral/specification v3.0).
describe('the exported document against the official HSDS 3.0 schemas', () => {
  const validator = hsdsJsonSchemaValidator();
  const doc = exportCatalogueToHsds(catalogueFixture());

  it('every organization, service, location, taxonomy and taxonomy term is valid', () => {
    const problems = Object.entries(HSDS_COLLECTION_SCHEMAS).flatMap(([collection, schema]) =>
      ((doc[collection as keyof typeof HSDS_COLLECTION_SCHEMAS] ?? []) as unknown[]).flatMap((item, i) =>
        validator(schema, item).map((e) => `/${collection}/${i}${e.instancePath}: ${e.message}`),
      ),
    );
    expect(problems).toEqual([]);
    expect(doc.locations.length).toBeGreaterThan(0);
  });

  it('the same validator does catch a broken item (the check can fail)', () => {
    const broken = JSON.parse(JSON.stringify(doc.services[2]));
    broken.cost_options[0].amount = '0';
    delete broken.status;
    expect(validator('service', broken).map((e) => e.instancePath).sort()).toEqual(['/cost_options/0/amount', '/status']);
  });

  it('import with the validator reports schema errors at document paths', () => {
    const broken = JSON.parse(JSON.stringify(doc));
    broken.services[2].cost_options[0].amount = '0';
    const result = importCatalogueFromHsds(broken, { jsonSchemaValidator: validator });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ path: '/services/2/cost_options/0/amount', code: 'hsds_schema' })]);
  });
});
