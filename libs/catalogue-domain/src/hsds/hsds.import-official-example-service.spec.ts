import { importCatalogueFromHsds } from '../index';
import { ajvHsdsValidator } from '../testing/ajv-hsds-validator';
import example from './__fixtures__/hsds-3.0-example-service_full.json';

// The official HSDS 3.0 example service (openreferral/specification v3.0 examples/service_full.json,
// CC BY-SA 4.0): valid HSDS, but a UK counselling service that our eldercare model cannot hold.
describe('importing the official HSDS 3.0 example service', () => {
  it('is valid against the official schema', () => {
    expect(ajvHsdsValidator()('service', example)).toEqual([]);
  });

  it('explains, field by field, what our model cannot take from it', () => {
    const result = importCatalogueFromHsds({ services: [example] });
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
    // the three missing Sanpuku attributes are named separately
    const missing = result.ok ? [] : result.errors.filter((e) => e.code === 'hsds_attribute_missing').map((e) => e.messageJa);
    expect(missing).toEqual(['属性「介護保険の適用」がありません。', '属性「対象の要介護度」がありません。', '属性「受入状況（値: 確認日時）」がありません。']);
  });
});
