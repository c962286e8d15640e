import {
  SANPUKU_ATTRIBUTE_TAXONOMY_ID,
  SERVICE_TAXONOMY_SEED,
  exportCatalogueToHsds,
  termId,
} from '../index';
import { catalogueFixture } from '../testing/catalogue.fixtures';

describe('our taxonomy exported as an HSDS taxonomy with its terms', () => {
  const doc = exportCatalogueToHsds(catalogueFixture());

  it('exports the service taxonomy and the Sanpuku attribute taxonomy', () => {
    expect(doc.taxonomies.map((t) => t.id)).toEqual([SERVICE_TAXONOMY_SEED.id, SANPUKU_ATTRIBUTE_TAXONOMY_ID]);
    expect(doc.taxonomies[0]).toEqual({
      id: SERVICE_TAXONOMY_SEED.id,
      name: SERVICE_TAXONOMY_SEED.name,
      description: SERVICE_TAXONOMY_SEED.description,
      version: SERVICE_TAXONOMY_SEED.version,
    });
  });

  it('a term has its code, the Japanese label as name, language jpn and the English label as description', () => {
    const term = doc.taxonomy_terms.find((t) => t.code === 'meal_delivery');
    expect(term).toEqual({
      id: termId(SERVICE_TAXONOMY_SEED.id, 'meal_delivery'),
      code: 'meal_delivery',
      name: '食事',
      description: 'Meals (delivery)',
      parent_id: termId(SERVICE_TAXONOMY_SEED.id, 'family_support'),
      language: 'jpn',
      taxonomy_id: SERVICE_TAXONOMY_SEED.id,
    });
  });

  it('every seed term is exported once, families without a parent', () => {
    const own = doc.taxonomy_terms.filter((t) => t.taxonomy_id === SERVICE_TAXONOMY_SEED.id);
    expect(own.map((t) => t.code)).toEqual(SERVICE_TAXONOMY_SEED.terms.map((t) => t.code));
    expect(own.filter((t) => t.parent_id === undefined).map((t) => t.name)).toEqual([
      '介護予防・社会参加支援',
      '日常生活支援',
      '生活機能維持・療養支援',
      '家族支援',
      '備え',
    ]);
  });

  it('a service links its categories through attributes carrying the term', () => {
    const cats = doc.services[0].attributes?.filter((a) => a.link_type === 'service_category');
    expect(cats?.map((a) => a.taxonomy_term?.name)).toEqual(['食事', '見守り・緊急連絡']);
    expect(cats?.every((a) => a.link_entity === 'service' && a.link_id === doc.services[0].id)).toBe(true);
  });
});
