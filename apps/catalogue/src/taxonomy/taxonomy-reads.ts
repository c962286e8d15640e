import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Topics } from '@sanpuku/contracts';
import { label } from '@sanpuku/kernel';
import { EventFanout, EventInvalidatedCache } from '@sanpuku/platform';
import { TaxonomyFamilyEntity } from './taxonomy.entity';
import { Beneficiary, TaxonomyFamily } from './taxonomy.model';

export type CategoryWords = ReadonlyMap<string, { ja: string; en: string }>;

type TaxonomyRead = 'words' | 'families' | 'families-with-inactive';

/** Every category's current words by code (active or not: listings may still carry an inactive one). */
async function readCategoryWords(ds: DataSource): Promise<Map<string, { ja: string; en: string }>> {
  const rows: { code: string; label_ja: string; label_en: string }[] = await ds.query(`SELECT code, label_ja, label_en FROM taxonomy_category`);
  return new Map(rows.map((r) => [r.code, { ja: r.label_ja, en: r.label_en }]));
}

async function readFamilies(ds: DataSource, includeInactive: boolean): Promise<TaxonomyFamily[]> {
  const rows = await ds.getRepository(TaxonomyFamilyEntity).find({
    relations: { categories: true },
    order: { sortOrder: 'ASC', categories: { sortOrder: 'ASC' } },
  });
  return rows.map((f) => ({
    code: f.code,
    labelJa: f.labelJa,
    labelEn: f.labelEn,
    categories: f.categories
      .filter((c) => includeInactive || c.active)
      .map((c) => ({
        ...c,
        benefits: c.benefits as Beneficiary,
        benefitsLabelJa: label('Beneficiary', c.benefits).ja,
        benefitsLabelEn: label('Beneficiary', c.benefits).en,
      })),
  }));
}

/**
 * The taxonomy as reads see it — the category words every search and every offering view needs,
 * and the families `taxonomy` answers — kept in memory and read again after any instance changed
 * it (`catalogue.taxonomy.changed`, through the fan-out; the changing instance at its commit).
 * What is handed out is shared between requests: callers never modify it.
 */
@Injectable()
export class TaxonomyReads {
  private readonly cache: EventInvalidatedCache<TaxonomyRead, CategoryWords | TaxonomyFamily[]>;

  /** Without a fan-out (a bare service in a benchmark) every read goes to the database. */
  constructor(ds: DataSource, @Optional() @Inject(EventFanout) fanout: EventFanout | null) {
    this.cache = new EventInvalidatedCache(fanout, (r): Promise<CategoryWords | TaxonomyFamily[]> => (r === 'words' ? readCategoryWords(ds) : readFamilies(ds, r === 'families-with-inactive')), {
      topics: [Topics.catalogueTaxonomy],
      maxEntries: 3,
    });
  }

  categoryWords(): Promise<CategoryWords> {
    return this.cache.get('words') as Promise<CategoryWords>;
  }

  families(includeInactive: boolean): Promise<TaxonomyFamily[]> {
    return this.cache.get(includeInactive ? 'families-with-inactive' : 'families') as Promise<TaxonomyFamily[]>;
  }

  /** The in-memory reads' counters (tests). */
  get stats(): EventInvalidatedCache<unknown, unknown>['stats'] {
    return this.cache.stats;
  }
}
