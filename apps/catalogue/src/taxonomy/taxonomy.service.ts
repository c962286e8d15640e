import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SERVICE_TAXONOMY_SEED, type FieldError, type ServiceTaxonomy, type TaxonomyTerm } from '@sanpuku/catalogue-domain';
import { TaxonomyChangedV1 } from '@sanpuku/contracts';
import { Actor, notFound, OutboxWriter, requireRole, UnitOfWork } from '@sanpuku/platform';
import { fieldErrorsToGraphQL } from '../common/catalogue.errors';
import { CategoryWords, TaxonomyReads } from './taxonomy-reads';
import { Beneficiary, TaxonomyFamily } from './taxonomy.model';
import { AddTaxonomyCategoryInput, RenameTaxonomyCategoryInput } from './taxonomy.input';

const CODE = /^[a-z][a-z0-9_]{0,63}$/;

const M = {
  code_invalid: { ja: 'コードは英小文字で始まる英小文字・数字・_（64文字以内）です。', en: 'A code is lower-case letters, digits and _ starting with a letter (≤ 64).' },
  code_taken: { ja: 'このコードはすでに使われています。', en: 'This code is already in use.' },
  family_unknown: { ja: 'この大区分はありません。', en: 'No such family of categories.' },
  label_invalid: { ja: '1〜100文字で入力してください。', en: 'Use 1 to 100 characters.' },
  examples_too_long: { ja: '500文字以内で入力してください。', en: 'Use at most 500 characters.' },
};
const fe = (path: string, code: keyof typeof M): FieldError => ({ path, code, messageJa: M[code].ja, messageEn: M[code].en });
const labelOk = (s: string) => s.trim().length >= 1 && s.trim().length <= 100;

/**
 * The service taxonomy as data (families and categories, ja/en labels). Administrators add,
 * rename, deactivate and reactivate categories. A deactivated category cannot be chosen for an
 * offering any more (validation knows only active codes), but existing listings keep it — and
 * stay searchable under it — until their operator edits them. Codes are never renamed or deleted:
 * listings, events and HSDS exports refer to them. Every change writes `catalogue.taxonomy.changed`
 * in its transaction, so every instance's in-memory taxonomy (TaxonomyReads) is read afresh.
 */
@Injectable()
export class TaxonomyService {
  constructor(
    private readonly ds: DataSource,
    private readonly tx: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly reads: TaxonomyReads,
  ) {}

  families(includeInactive = false): Promise<TaxonomyFamily[]> {
    return this.reads.families(includeInactive);
  }

  /** Every category's current words by code (active or not: listings may still carry an inactive one). */
  categoryWords(): Promise<CategoryWords> {
    return this.reads.categoryWords();
  }

  /** categoryWords for a GraphQL request (`ctx`: the request's context; one answer for the whole request). */
  categoryWordsFor(ctx: object): Promise<CategoryWords> {
    let p = this.perRequest.get(ctx);
    if (!p) {
      p = this.categoryWords();
      this.perRequest.set(ctx, p);
    }
    return p;
  }
  private readonly perRequest = new WeakMap<object, Promise<CategoryWords>>();

  /** Tells every instance (and this one, at the commit) that the taxonomy changed. */
  private changed(m: EntityManager, change: 'added' | 'renamed' | 'deactivated' | 'reactivated' | 'imported', codes: string[]): Promise<unknown> {
    return this.outbox.append(m, { type: TaxonomyChangedV1.type, subject: 'taxonomy', data: { change, codes } });
  }

  async activeCodes(m: EntityManager | DataSource = this.ds): Promise<Set<string>> {
    const rows: { code: string }[] = await m.query(`SELECT code FROM taxonomy_category WHERE active`);
    return new Set(rows.map((r) => r.code));
  }

  async addCategory(actor: Actor | null, input: AddTaxonomyCategoryInput): Promise<TaxonomyFamily[]> {
    requireRole(actor, 'admin');
    await this.tx.run(async (m) => {
      const errors: FieldError[] = [];
      if (!CODE.test(input.code)) errors.push(fe('/code', 'code_invalid'));
      else if ((await m.query(`SELECT 1 FROM taxonomy_category WHERE code = $1 UNION ALL SELECT 1 FROM taxonomy_family WHERE code = $1`, [input.code])).length)
        errors.push(fe('/code', 'code_taken'));
      if (!(await m.query(`SELECT 1 FROM taxonomy_family WHERE code = $1`, [input.familyCode])).length) errors.push(fe('/familyCode', 'family_unknown'));
      if (!labelOk(input.labelJa)) errors.push(fe('/labelJa', 'label_invalid'));
      if (!labelOk(input.labelEn)) errors.push(fe('/labelEn', 'label_invalid'));
      if ((input.examplesJa ?? '').length > 500) errors.push(fe('/examplesJa', 'examples_too_long'));
      if (errors.length) throw fieldErrorsToGraphQL(errors);
      await m.query(
        `INSERT INTO taxonomy_category (code, family_code, label_ja, label_en, examples_ja, benefits, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6, (SELECT coalesce(max(sort_order), 0) + 1 FROM taxonomy_category))`,
        [input.code, input.familyCode, input.labelJa.trim(), input.labelEn.trim(), (input.examplesJa ?? '').trim(), input.benefits ?? Beneficiary.senior_and_family],
      );
      await this.changed(m, 'added', [input.code]);
    });
    return this.families(true);
  }

  async renameCategory(actor: Actor | null, input: RenameTaxonomyCategoryInput): Promise<TaxonomyFamily[]> {
    requireRole(actor, 'admin');
    const errors: FieldError[] = [];
    if (!labelOk(input.labelJa)) errors.push(fe('/labelJa', 'label_invalid'));
    if (!labelOk(input.labelEn)) errors.push(fe('/labelEn', 'label_invalid'));
    if ((input.examplesJa ?? '').length > 500) errors.push(fe('/examplesJa', 'examples_too_long'));
    if (errors.length) throw fieldErrorsToGraphQL(errors);
    await this.tx.run(async (m) => {
      const [, n] = await m.query(
        `UPDATE taxonomy_category SET label_ja = $2, label_en = $3, examples_ja = coalesce($4, examples_ja), updated_at = now() WHERE code = $1`,
        [input.code, input.labelJa.trim(), input.labelEn.trim(), input.examplesJa?.trim() ?? null],
      );
      if (n === 0) throw notFound('Category', 'サービス分類');
      await this.changed(m, 'renamed', [input.code]);
    });
    return this.families(true);
  }

  async setActive(actor: Actor | null, code: string, active: boolean): Promise<TaxonomyFamily[]> {
    requireRole(actor, 'admin');
    await this.tx.run(async (m) => {
      const [, n] = await m.query(`UPDATE taxonomy_category SET active = $2, updated_at = now() WHERE code = $1`, [code, active]);
      if (n === 0) throw notFound('Category', 'サービス分類');
      await this.changed(m, active ? 'reactivated' : 'deactivated', [code]);
    });
    return this.families(true);
  }

  /**
   * The taxonomy as the domain's ServiceTaxonomy (for HSDS): every family, then its categories
   * (active or not: offerings may still use an inactive one), in their sort order. Id, name,
   * description and version are the seed's, so exports from any Sanpuku catalogue agree.
   */
  async serviceTaxonomy(m: EntityManager | DataSource = this.ds): Promise<ServiceTaxonomy> {
    const families: { code: string; label_ja: string; label_en: string }[] = await m.query(`SELECT code, label_ja, label_en FROM taxonomy_family ORDER BY sort_order, code`);
    const categories: { code: string; family_code: string; label_ja: string; label_en: string }[] = await m.query(
      `SELECT code, family_code, label_ja, label_en FROM taxonomy_category ORDER BY sort_order, code`,
    );
    const terms: TaxonomyTerm[] = [];
    for (const f of families) {
      terms.push({ code: f.code, parentCode: null, labelJa: f.label_ja, labelEn: f.label_en });
      for (const c of categories.filter((x) => x.family_code === f.code)) terms.push({ code: c.code, parentCode: f.code, labelJa: c.label_ja, labelEn: c.label_en });
    }
    const { id, name, description, version } = SERVICE_TAXONOMY_SEED;
    return { id, name, description, version, terms };
  }

  /**
   * Applies an imported taxonomy (admin HSDS import): families and categories are added or
   * relabelled by code; new ones come last in the order and start active. Nothing is removed.
   * Returns problems by term code (the caller maps them to document paths).
   */
  async upsertImported(m: EntityManager, taxonomy: ServiceTaxonomy): Promise<Array<{ code: string; error: FieldError }>> {
    const problems: Array<{ code: string; error: FieldError }> = [];
    const parents = new Map(taxonomy.terms.map((t) => [t.code, t.parentCode]));
    const existingFamilies = new Set<string>((await m.query(`SELECT code FROM taxonomy_family`)).map((r: { code: string }) => r.code));
    const existingCategories = new Map<string, string>(
      (await m.query(`SELECT code, family_code FROM taxonomy_category`)).map((r: { code: string; family_code: string }) => [r.code, r.family_code]),
    );
    const bad = (code: string, en: string, ja: string) => problems.push({ code, error: { path: '', code: 'hsds_taxonomy_unsupported', messageEn: en, messageJa: ja } });
    for (const t of taxonomy.terms) {
      if (!CODE.test(t.code)) bad(t.code, 'A term code is lower-case letters, digits and _ starting with a letter (at most 64).', '分類コードは英小文字で始まる英小文字・数字・_（64文字以内）にしてください');
      else if (t.parentCode === null && existingCategories.has(t.code)) bad(t.code, 'This term is a category in this catalogue, not a family.', 'この分類はこのカタログでは小区分です（大区分にはできません）');
      else if (t.parentCode !== null && existingFamilies.has(t.code)) bad(t.code, 'This term is a family in this catalogue, not a category.', 'この分類はこのカタログでは大区分です（小区分にはできません）');
      else if (t.parentCode !== null && parents.get(t.parentCode) !== null) bad(t.code, 'categories must sit directly under a family (two levels)', '分類は大区分の直下に置いてください（2階層）');
    }
    if (problems.length) return problems;
    for (const t of taxonomy.terms.filter((x) => x.parentCode === null)) {
      await m.query(
        `INSERT INTO taxonomy_family (code, label_ja, label_en, sort_order) VALUES ($1, $2, $3, (SELECT coalesce(max(sort_order), 0) + 1 FROM taxonomy_family))
         ON CONFLICT (code) DO UPDATE SET label_ja = EXCLUDED.label_ja, label_en = EXCLUDED.label_en`,
        [t.code, t.labelJa, t.labelEn],
      );
    }
    for (const t of taxonomy.terms.filter((x) => x.parentCode !== null)) {
      await m.query(
        `INSERT INTO taxonomy_category (code, family_code, label_ja, label_en, benefits, sort_order)
         VALUES ($1, $2, $3, $4, 'senior_and_family', (SELECT coalesce(max(sort_order), 0) + 1 FROM taxonomy_category))
         ON CONFLICT (code) DO UPDATE SET family_code = EXCLUDED.family_code, label_ja = EXCLUDED.label_ja, label_en = EXCLUDED.label_en, updated_at = now()`,
        [t.code, t.parentCode, t.labelJa, t.labelEn],
      );
    }
    if (taxonomy.terms.length) await this.changed(m, 'imported', taxonomy.terms.map((t) => t.code));
    return [];
  }
}
