import { exportCatalogueToHsds, importCatalogueFromHsds, type FieldError } from '../index';
import { catalogueFixture } from '../testing/catalogue.fixtures';

function brokenDocument() {
  const doc = JSON.parse(JSON.stringify(exportCatalogueToHsds(catalogueFixture())));
  // 1. a negative price on the free community place (service 2) → two domain errors at the amount
  doc.services[2].cost_options[0].amount = -300;
  // 2. an amount that is not a number (service 0) → structural HSDS error
  doc.services[0].cost_options[1].amount = '1000円';
  // 3. closing before opening (service 1, one schedule covering Mon–Fri) → reported once
  doc.services[1].schedules[0].closes_at = '07:00+09:00';
  // 4. the insurance-coverage attribute removed (service 1)
  doc.services[1].attributes = doc.services[1].attributes.filter((a: { link_type: string }) => a.link_type !== 'insurance_coverage');
  // 5. a corporate number with a wrong check digit (organization 0)
  doc.organizations[0].organization_identifiers[0].identifier = '1110001012345';
  // 6. a self-intersecting polygon extent (service 2)
  const extent = JSON.parse(doc.services[2].service_areas[0].extent);
  extent.geometry.coordinates = [[[134.2, 34.45], [134.3, 34.52], [134.3, 34.45], [134.2, 34.52], [134.2, 34.45]]];
  doc.services[2].service_areas[0].extent = JSON.stringify(extent);
  // 7. a language without a code (service 2)
  delete doc.services[2].languages[0].code;
  // 8. a currency other than yen (service 1, second cost option)
  doc.services[1].cost_options[1].currency = 'USD';
  return doc;
}

describe('importing a document with problems', () => {
  const result = importCatalogueFromHsds(brokenDocument());
  const errors: FieldError[] = result.ok ? [] : result.errors;
  const found = errors.map((e) => `${e.path} ${e.code}`);

  it('fails', () => {
    expect(result.ok).toBe(false);
  });

  it('returns every problem with the JSON Pointer of the HSDS field it came from', () => {
    expect(found.sort()).toEqual(
      [
        '/organizations/0/organization_identifiers/0/identifier corporate_number_invalid',
        '/services/0/cost_options/1/amount hsds_type',
        '/services/1/attributes hsds_attribute_missing',
        '/services/1/cost_options/1/currency hsds_currency_unsupported',
        '/services/1/schedules/0/closes_at schedule_end_not_after_start',
        '/services/2/cost_options/0/amount price_negative',
        '/services/2/cost_options/0/amount price_free_must_be_zero',
        '/services/2/languages/0/code hsds_required',
        '/services/2/service_areas/0/extent polygon_self_intersecting',
      ].sort(),
    );
  });

  it('gives each problem in Japanese and English', () => {
    const amount = errors.find((e) => e.path === '/services/2/cost_options/0/amount' && e.code === 'price_negative');
    expect(amount).toEqual({
      path: '/services/2/cost_options/0/amount',
      code: 'price_negative',
      messageJa: '金額にマイナスは指定できません。',
      messageEn: 'The amount cannot be negative.',
    });
    const missing = errors.find((e) => e.code === 'hsds_attribute_missing');
    expect(missing?.messageJa).toBe('属性「介護保険の適用」がありません。');
    expect(missing?.messageEn).toBe('Attribute "Long-term care insurance coverage" is missing.');
    const number = errors.find((e) => e.code === 'corporate_number_invalid');
    expect(number?.messageEn).toContain('check digit');
  });

  it('reports a document that is not an object, and an unsupported version', () => {
    expect(importCatalogueFromHsds([])).toEqual({ ok: false, errors: [expect.objectContaining({ path: '', code: 'hsds_document_invalid' })], warnings: [] });
    const v2 = { ...exportCatalogueToHsds(catalogueFixture()), version: '2.0.1' };
    expect(importCatalogueFromHsds(v2)).toEqual({ ok: false, errors: [expect.objectContaining({ path: '/version', code: 'hsds_version_unsupported' })], warnings: [] });
  });

  it('reports references to things not in the document', () => {
    const doc = JSON.parse(JSON.stringify(exportCatalogueToHsds(catalogueFixture())));
    doc.services[0].organization_id = '00000000-0000-4000-8000-000000000000';
    doc.services[0].service_at_locations[0].location_id = '00000000-0000-4000-8000-000000000001';
    doc.taxonomy_terms[1].parent_id = '00000000-0000-4000-8000-000000000002';
    const r = importCatalogueFromHsds(doc);
    expect(r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      '/taxonomy_terms/1/parent_id hsds_reference_unknown',
      '/services/0/organization_id hsds_reference_unknown',
      '/services/0/service_at_locations/0/location_id hsds_reference_unknown',
    ]);
  });
});
