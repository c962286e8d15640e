import { SERVICE_TAXONOMY_SEED } from '@sanpuku/catalogue-domain';
import { SEED_CATEGORIES, SEED_FAMILIES } from './1764300000000-CreateTaxonomy';
import { ENGLISH_LABEL_UPDATES } from './1764300006000-AlignTaxonomyEnglishLabels';

/**
 * The taxonomy exists twice on purpose: the migration that seeded the database (history, never
 * edited) and the domain's seed (used for HSDS metadata and fixtures). They must say the same;
 * when the domain seed changes, write a new migration that brings the database along.
 */
describe('taxonomy seed', () => {
  it('the migrations seed exactly the families and categories of the domain seed, with the same labels', () => {
    const relabelled = new Map(ENGLISH_LABEL_UPDATES.map(([code, from, to]) => [`${code}|${from}`, to]));
    const en = (code: string, label: string) => relabelled.get(`${code}|${label}`) ?? label;
    const fromMigration = [
      ...SEED_FAMILIES.map(([code, ja, label]) => ({ code, parentCode: null, labelJa: ja, labelEn: en(code, label) })),
      ...SEED_CATEGORIES.map(([code, family, ja, label]) => ({ code, parentCode: family, labelJa: ja, labelEn: en(code, label) })),
    ];
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
    expect(fromMigration.sort(byCode)).toEqual(
      SERVICE_TAXONOMY_SEED.terms.map(({ code, parentCode, labelJa, labelEn }) => ({ code, parentCode, labelJa, labelEn })).sort(byCode),
    );
  });
});
