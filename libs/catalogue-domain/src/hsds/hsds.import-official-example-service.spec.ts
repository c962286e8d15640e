import { importCatalogueFromHsds, SANPUKU_ATTRIBUTE_TAXONOMY_ID, termId } from '../index';
import { hsdsJsonSchemaValidator } from './json-schema-validator';
import example from './__fixtures__/hsds-3.0-example-service_full.json';

// The official HSDS 3.0 example service (openreferral/specification v3.0 examples/service_full.json,
// CC BY-SA 4.0): valid HSDS, a UK counselling service with none of our eldercare facts.
describe('importing the official HSDS 3.0 example service', () => {
  it('is valid against the official schema', () => {
    expect(hsdsJsonSchemaValidator()('service', example)).toEqual([]);
  });

  it('hsds.other-publishers-service-is-kept-as-written: imported, not listed, with a warning saying so and one for its price in pounds', () => {
    const result = importCatalogueFromHsds(example);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.offerings).toEqual([]);
    expect(result.interop.held).toEqual([{ collection: 'services', id: example.id, organizationId: example.organization.id, object: example }]);
    expect(result.warnings.map((w) => `${w.path} ${w.code}`)).toEqual([' hsds_service_held', '/cost_options/0/currency hsds_currency_unsupported']);
  });

  it('as a listing (it carries one of our facts), explains field by field what our model cannot take from it', () => {
    const coverage = termId(SANPUKU_ATTRIBUTE_TAXONOMY_ID, 'insurance_coverage.not_covered');
    const doc = {
      ...example,
      attributes: [
        ...example.attributes,
        {
          id: '6f1e3c55-2d59-4f0e-9a55-3d3c0f7c1a01',
          taxonomy_term_id: coverage,
          taxonomy_term: { id: coverage, code: 'insurance_coverage.not_covered', name: '介護保険適用外', description: 'Not covered', taxonomy_id: SANPUKU_ATTRIBUTE_TAXONOMY_ID },
        },
      ],
    };
    const result = importCatalogueFromHsds({ services: [doc] });
    expect(result.ok).toBe(false);
    const found = result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '/taxonomies hsds_category_taxonomy_missing',
        '/services/0/attributes hsds_attribute_missing',
        '/services/0/cost_options/0/currency hsds_currency_unsupported',
        '/services/0/cost_options/0/amount_description hsds_price_unit_unknown',
        '/services/0/schedules/0/byweekno hsds_schedule_unsupported',
        '/services/0/schedules/0/timezone hsds_timezone_unsupported',
        '/services/0/service_areas/0/extent hsds_extent_invalid',
        // its nested location is read (service_at_locations/0/location) and its latitude is out of range
        '/services/0/service_at_locations/0/location/latitude coordinate_invalid',
      ]),
    );
    // nothing is reported twice
    const keys = result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code} ${e.messageEn}`);
    expect(new Set(keys).size).toBe(keys.length);
    const missing = result.ok ? [] : result.errors.filter((e) => e.code === 'hsds_attribute_missing').map((e) => e.messageJa);
    expect(missing).toEqual(['属性「対象の要介護度」がありません。', '属性「受入状況（値: 確認日時）」がありません。']);
  });
});
