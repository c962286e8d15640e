import { isKnownMunicipalityCode } from '@sanpuku/kernel';
import { notFound } from '@sanpuku/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { geodesicDistanceM, locateInServiceArea, type ServiceArea } from '@sanpuku/catalogue-domain';
import { fieldErrorsToGraphQL } from '../common/catalogue.errors';
import { OfferingRecord, offeringFromRow } from '../offerings/offering.row';
import { OfferingRepository } from '../offerings/offering.repository';
import { TaxonomyReads } from '../taxonomy/taxonomy-reads';
import { SearchCriteria, SearchPoint, SearchSql, searchSql, textQuery } from './search.query';
import { byDistance, byRelevanceThenDistance, byRelevanceThenTitle, categoriesMatchingText, MatchField, relevanceOf } from './search.relevance';
import { unknownCategoryProblems, validateSearch } from './search.validation';

export interface SearchPage {
  first: number;
  offset: number;
}

export type SearchOrder = 'relevance' | 'relevance_distance' | 'distance' | 'title';

export interface SearchOutcome {
  total: number;
  items: Array<{ record: OfferingRecord; distanceM: number | null; relevance: number; matchedIn: MatchField[] }>;
  order: SearchOrder;
  municipalityAreasIncluded: boolean;
}

interface Candidate {
  id: string;
  title_sort: string;
  area_kind: ServiceArea['kind'];
  area: ServiceArea;
  base_lat: number | null;
  base_lng: number | null;
  title: string;
  title_en: string | null;
  description: string | null;
  description_en: string | null;
  categories: string[];
  org_name: string;
  org_alternate_name: string | null;
  /** The rest of the record (offeringFromRow's columns); the document as text, parsed only for the page. */
  organization_id: string;
  status: string;
  version: number;
  document_json: string;
  price_includes: string | null;
  eligibility_notes: string | null;
  served_municipalities: string[];
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  published_at: Date | null;
}

interface Ranked {
  id: string;
  candidate: Candidate;
  titleSort: string;
  distanceM: number | null;
  relevance: number;
  matchedIn: MatchField[];
}

/**
 * The candidate columns ranking and exact containment read, and the rest of the record
 * (OFFERING_SELECT's columns) so the page needs no second round trip to the database. The
 * document comes as text and is parsed only for the offerings on the page: a candidate that is
 * ranked but not shown costs its bytes, not a JSON parse.
 */
const CANDIDATE_SELECT = `o.id, o.title_sort, o.area_kind, o.document->'serviceArea' AS area, o.base_lat, o.base_lng,
  o.document->>'name' AS title, o.title_en, o.document->>'description' AS description, o.description_en, o.categories,
  org.name AS org_name, org.alternate_name AS org_alternate_name,
  o.organization_id, o.status, o.version, o.document::text AS document_json, o.price_includes, o.eligibility_notes,
  o.served_municipalities, o.created_at, o.updated_at, o.submitted_at, o.published_at`;

/**
 * Search over published listings, for everyone (no token needed). Deterministic order with the
 * total (search.relevance.ts): a text search by relevance (title > category name > description >
 * operator name), then normalised title (or, with a point, distance), then id; a point search
 * without text by geodesic distance from each offering's base (none last), then id; any other
 * search by normalised title, then id.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly ds: DataSource,
    private readonly store: OfferingRepository,
    private readonly taxonomy: TaxonomyReads,
  ) {}

  async search(criteria: SearchCriteria, page: SearchPage): Promise<SearchOutcome> {
    const errors = validateSearch(criteria, page);
    if (errors.length) throw fieldErrorsToGraphQL(errors, '');
    // A well-formed code that names no municipality of Japan is NOT_FOUND, not an empty success.
    for (const code of [criteria.municipalityCode, criteria.near?.municipalityCode]) {
      if (code && !isKnownMunicipalityCode(code)) throw notFound('municipality', '市区町村');
    }
    const text = textQuery(criteria.text);
    const tokens = Array.isArray(text) ? text : null;
    const categoryWords = tokens || criteria.categories?.length ? await this.taxonomy.categoryWords() : new Map<string, { ja: string; en: string }>();
    const unknown = unknownCategoryProblems(criteria.categories ?? [], categoryWords);
    if (unknown.length) throw fieldErrorsToGraphQL(unknown, '');
    const sql = searchSql(criteria, { categoriesMatchingText: tokens ? categoriesMatchingText(categoryWords, tokens) : [] });
    if (!criteria.near && !tokens) return this.searchByTitle(sql, page);

    const candidates: Candidate[] = await this.ds.query(
      `SELECT ${CANDIDATE_SELECT} FROM (SELECT * FROM offering WHERE ${sql.where}) o JOIN organization org ON org.id = o.organization_id`,
      sql.params,
    );
    const point = criteria.near ?? null;
    const ranked: Ranked[] = candidates
      .filter((c) => !point || c.area_kind === 'municipalities' || locateInServiceArea(c.area, point).inside)
      .map((c) => ({
        id: c.id,
        candidate: c,
        titleSort: c.title_sort,
        distanceM: point && c.base_lat !== null && c.base_lng !== null ? geodesicDistanceM({ lat: c.base_lat, lng: c.base_lng }, point) : null,
        ...(tokens ? relevanceOf(this.textsOf(c, categoryWords), tokens) : { relevance: 0, matchedIn: [] as MatchField[] }),
      }));
    const order: SearchOrder = point ? (tokens ? 'relevance_distance' : 'distance') : 'relevance';
    ranked.sort(order === 'relevance' ? byRelevanceThenTitle : order === 'relevance_distance' ? byRelevanceThenDistance : byDistance);
    return this.page(ranked, page, order, sql.municipalityAreasIncluded);
  }

  private textsOf(c: Candidate, categoryWords: ReadonlyMap<string, { ja: string; en: string }>) {
    return {
      title: c.title,
      titleEn: c.title_en,
      description: c.description,
      descriptionEn: c.description_en,
      categoryNames: c.categories.flatMap((code) => {
        const w = categoryWords.get(code);
        return w ? [w.ja, w.en] : [];
      }),
      operatorName: c.org_name,
      operatorAlternateName: c.org_alternate_name,
    };
  }

  /** No text, no point: the index order (normalised title, then id) straight from SQL. */
  private async searchByTitle(sql: SearchSql, page: SearchPage): Promise<SearchOutcome> {
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM offering WHERE ${sql.where}`, sql.params);
    const n = sql.params.length;
    const ids: { id: string }[] = await this.ds.query(
      `SELECT id FROM offering WHERE ${sql.where} ORDER BY title_sort, id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...sql.params, page.first, page.offset],
    );
    const records = await this.store.byIds(ids.map((r) => r.id));
    return {
      total,
      items: records.map((record) => ({ record, distanceM: null, relevance: 0, matchedIn: [] })),
      order: 'title',
      municipalityAreasIncluded: sql.municipalityAreasIncluded,
    };
  }

  private page(ranked: Ranked[], page: SearchPage, order: SearchOrder, municipalityAreasIncluded: boolean): SearchOutcome {
    const slice = ranked.slice(page.offset, page.offset + page.first);
    return {
      total: ranked.length,
      items: slice.map((s) => ({ record: recordOf(s.candidate), distanceM: s.distanceM, relevance: s.relevance, matchedIn: s.matchedIn })),
      order,
      municipalityAreasIncluded,
    };
  }
}

/** The record byIds would have read: the same columns, the organization's names under OFFERING_SELECT's aliases. */
function recordOf(c: Candidate): OfferingRecord {
  return offeringFromRow({ ...c, document: JSON.parse(c.document_json), organization_name: c.org_name, organization_alternate_name: c.org_alternate_name });
}

export type { SearchPoint };
