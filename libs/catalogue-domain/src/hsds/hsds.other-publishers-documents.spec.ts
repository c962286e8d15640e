import {
  exportCatalogueToHsds,
  importCatalogueFromHsds,
  jsonLeaves,
  SERVICE_TAXONOMY_SEED,
  type HsdsTermMapping,
} from '../index';
import { catalogueFixture, ORG_SADO } from '../testing/catalogue.fixtures';
import organizationFull from './__fixtures__/official/organization_full.json';
import serviceFull from './__fixtures__/official/service_full.json';
import taxonomyExample from './__fixtures__/official/taxonomy.json';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const ours = () => clone(exportCatalogueToHsds(catalogueFixture()));
const base = { serviceTaxonomy: SERVICE_TAXONOMY_SEED };

/** A term of Open Eligibility (another publisher's taxonomy), embedded in an attribute as HSDS allows. */
const foreignAttribute = (id: string, name: string, code?: string) => ({
  id,
  taxonomy_term_id: `${id.slice(0, -4)}aaaa`,
  taxonomy_term: { id: `${id.slice(0, -4)}aaaa`, name, description: name, ...(code ? { code } : {}), taxonomy: 'Open Eligibility' },
});

describe('HSDS documents as other publishers write them', () => {
  it('hsds.bare-service-document-imports: a bare service object becomes a listing of an organization already in the catalogue', () => {
    const doc = ours();
    const service = doc.services[0];
    // a bare service carries its base location inside (HSDS allows the nested object)
    service.service_at_locations![0].location = doc.locations.find((l) => l.id === service.service_at_locations![0].location_id);
    const r = importCatalogueFromHsds(service, { ...base, knownOrganizationIds: new Set([ORG_SADO]) });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.offerings).toEqual([catalogueFixture().offerings[0]]);
    expect(r.interop.taxonomyFromDocument).toBe(false);
    expect(r.warnings).toEqual([]);
    // without that organization its reference is refused, at the bare document's own path
    const refused = importCatalogueFromHsds(service, base);
    expect(refused.ok ? [] : refused.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/organization_id hsds_reference_unknown']);
  });

  it('hsds.bare-organization-document-imports: organization_full.json becomes an organization; its phone in another country is accepted', () => {
    const r = importCatalogueFromHsds(organizationFull, base);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.organizations).toEqual([
      expect.objectContaining({ id: organizationFull.id, name: 'Example Organization Inc.', phone: null, corporateNumber: null }),
    ]);
    const exported = exportCatalogueToHsds(r.value, { interop: r.interop }).organizations[0];
    expect(exported.phones).toEqual(organizationFull.phones);
    // its nested services stay with it, as written, and the import says so
    expect(r.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(['/services hsds_nested_services_kept']);
    expect((exported as unknown as { services: unknown }).services).toEqual(organizationFull.services);
  });

  it('hsds.phone-numbers-of-any-country-are-accepted, and a number that is no phone number is still refused', () => {
    for (const number of ['+44 1234 234567', '+1 (415) 555-0100', '+33-1-23-45-67-89', '0259-00-1111']) {
      const doc = ours();
      doc.organizations[0].phones = [{ id: '0b0e6a4e-6a57-4b38-a4a0-7b0d8e3c0a11', number }];
      expect(importCatalogueFromHsds(doc).ok).toBe(true);
    }
    const doc = ours();
    doc.organizations[0].phones = [{ id: '0b0e6a4e-6a57-4b38-a4a0-7b0d8e3c0a11', number: 'call us' }];
    const r = importCatalogueFromHsds(doc);
    expect(r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/organizations/0/phones/0/number phone_invalid']);
  });

  it('hsds.list-page-imports: an API list page imports its contents; problems point into contents', () => {
    const page = { total_items: 2, page_number: 1, contents: [taxonomyExample, { ...organizationFull, email: 'not an address' }] };
    const r = importCatalogueFromHsds(page, base);
    expect(r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/contents/1/email hsds_format']);
  });

  it('hsds.foreign-taxonomy-terms-map-or-stay-with-a-warning', () => {
    const mapping: HsdsTermMapping = { entries: [{ taxonomy: 'open eligibility', name: 'Housing', categories: ['housing'] }] };
    const doc = ours();
    const svc = doc.services[0];
    svc.attributes = [
      ...(svc.attributes ?? []),
      foreignAttribute('5a1f0c3e-0000-4000-8000-00000000b001', 'Housing'),
      foreignAttribute('5a1f0c3e-0000-4000-8000-00000000b002', 'Legal Aid', '1102'),
    ];
    const r = importCatalogueFromHsds(doc, { termMapping: mapping });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.offerings[0].categories).toEqual(['meal_delivery', 'monitoring_emergency', 'housing']);
    const n = svc.attributes.length;
    expect(r.warnings.map((w) => `${w.path} ${w.code}`)).toEqual([`/services/0/attributes/${n - 1} hsds_term_unmapped`]);
    expect(r.warnings[0].messageJa).toContain('属性としてそのまま保持');
    // both foreign attributes are written back as sent
    const back = exportCatalogueToHsds(r.value, { interop: r.interop }).services[0].attributes ?? [];
    expect(back.slice(-2)).toEqual(svc.attributes.slice(-2));
    // without the mapping line, Housing is only kept
    const unmapped = importCatalogueFromHsds(doc);
    expect(unmapped.ok && unmapped.value.offerings[0].categories).toEqual(['meal_delivery', 'monitoring_emergency']);
    expect(unmapped.ok ? unmapped.warnings.map((w) => w.code) : []).toEqual(['hsds_term_unmapped', 'hsds_term_unmapped']);
  });

  it('hsds.other-currency-is-refused-per-row: a listing price in another currency is refused at its row; another publisher\'s is kept with a warning at its row', () => {
    const doc = ours();
    doc.services[1].cost_options![1].currency = 'USD';
    const r = importCatalogueFromHsds(doc);
    expect(r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/services/1/cost_options/1/currency hsds_currency_unsupported']);
    expect(r.ok ? '' : r.errors[0].messageJa).toBe('日本円以外の通貨の料金は受け付けません（料金は日本円で記載してください）。');
    expect(r.ok ? '' : r.errors[0].messageEn).toBe('A price in another currency than Japanese yen is refused (state prices in JPY).');
    // lower-case yen is yen
    const jpy = ours();
    jpy.services[1].cost_options![1].currency = 'jpy';
    expect(importCatalogueFromHsds(jpy).ok).toBe(true);
    // another publisher's service (kept as written, not listed): the row in pounds is refused as a price, with a warning at its row
    const held = importCatalogueFromHsds({ services: [serviceFull] });
    expect(held.ok && held.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(['/services/0 hsds_service_held', '/services/0/cost_options/0/currency hsds_currency_unsupported']);
  });

  it('hsds.fields-our-model-does-not-hold-are-written-back: on a listing and on an organization', () => {
    const doc = ours() as unknown as { services: Array<Record<string, unknown>>; organizations: Array<Record<string, unknown>> };
    Object.assign(doc.services[2], { url: 'https://hinata.example.jp/salon', funding: [{ id: '7d3c2b1a-0000-4000-8000-0000000000f1', source: '町の補助金' }], wait_time: '2週間' });
    Object.assign(doc.organizations[1], { tax_status: '非課税', year_incorporated: 1998, logo: 'https://hinata.example.jp/logo.png' });
    const r = importCatalogueFromHsds(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value).toEqual(catalogueFixture());
    const out = exportCatalogueToHsds(r.value, { interop: r.interop }) as unknown as typeof doc;
    expect(out).toEqual(doc);
    expect(jsonLeaves(out).length).toBe(jsonLeaves(doc).length);
    // and without the extras, the export is ours alone
    expect(exportCatalogueToHsds(r.value)).toEqual(ours());
  });

  it('hsds.document-that-imports-nothing-says-so', () => {
    for (const doc of [{ version: '3.0', profile: 'https://path/to/profile' }, { services: [], organizations: [] }, {}]) {
      const r = importCatalogueFromHsds(doc, base);
      expect(r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`)).toEqual([' hsds_nothing_to_import']);
      expect(r.ok ? '' : r.errors[0].messageJa).toBe('取り込めるものがありません（事業者・サービス・所在地・分類のいずれも含まれていません）。');
    }
    // our taxonomy alone is something (an administrator's import applies it)
    const taxonomyOnly = { taxonomies: ours().taxonomies, taxonomy_terms: ours().taxonomy_terms };
    const r = importCatalogueFromHsds(taxonomyOnly);
    expect(r.ok && r.interop.taxonomyFromDocument).toBe(true);
  });
});
