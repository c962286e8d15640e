import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { geodesicDistanceM, locateInServiceArea, type ServiceArea } from '@sanpuku/catalogue-domain';
import { fieldErrorsToGraphQL } from '../common/catalogue.errors';
import { OfferingRecord } from '../offerings/offering.row';
import { OfferingStore } from '../offerings/offering.store';
import { SearchCriteria, SearchPoint, searchSql } from './search.query';
import { validateSearch } from './search.validation';

export interface SearchPage {
  first: number;
  offset: number;
}

export interface SearchOutcome {
  total: number;
  items: Array<{ record: OfferingRecord; distanceM: number | null }>;
  order: 'distance,id' | 'title,id';
  municipalityAreasIncluded: boolean;
}

interface Candidate {
  id: string;
  area_kind: ServiceArea['kind'];
  area: ServiceArea;
  base_lat: number | null;
  base_lng: number | null;
}

/**
 * Search over published listings, for everyone (no token needed). Deterministic order with the
 * total: a point search orders by geodesic distance from each offering's base (radius centre or
 * 事業所; offerings without one last), then id; any other search by normalised title, then id.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly ds: DataSource,
    private readonly store: OfferingStore,
  ) {}

  async search(criteria: SearchCriteria, page: SearchPage): Promise<SearchOutcome> {
    const errors = validateSearch(criteria, page);
    if (errors.length) throw fieldErrorsToGraphQL(errors, '');
    const sql = searchSql(criteria);
    if (criteria.near) return this.searchNear(criteria.near, sql, page);
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM offering WHERE ${sql.where}`, sql.params);
    const n = sql.params.length;
    const ids: { id: string }[] = await this.ds.query(
      `SELECT id FROM offering WHERE ${sql.where} ORDER BY title_sort, id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...sql.params, page.first, page.offset],
    );
    const records = await this.store.byIds(ids.map((r) => r.id));
    return { total, items: records.map((record) => ({ record, distanceM: null })), order: 'title,id', municipalityAreasIncluded: sql.municipalityAreasIncluded };
  }

  /** SQL candidates (bounding box / municipality code), exact containment here, ordered by distance. */
  private async searchNear(point: SearchPoint, sql: ReturnType<typeof searchSql>, page: SearchPage): Promise<SearchOutcome> {
    const candidates: Candidate[] = await this.ds.query(
      `SELECT id, area_kind, document->'serviceArea' AS area, base_lat, base_lng FROM offering WHERE ${sql.where}`,
      sql.params,
    );
    const inside = candidates
      .filter((c) => c.area_kind === 'municipalities' || locateInServiceArea(c.area, point).inside)
      .map((c) => ({ id: c.id, distanceM: c.base_lat === null || c.base_lng === null ? null : geodesicDistanceM({ lat: c.base_lat, lng: c.base_lng }, point) }))
      .sort((a, b) => {
        if (a.distanceM !== b.distanceM) {
          if (a.distanceM === null) return 1;
          if (b.distanceM === null) return -1;
          return a.distanceM - b.distanceM;
        }
        return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      });
    const slice = inside.slice(page.offset, page.offset + page.first);
    const records = await this.store.byIds(slice.map((s) => s.id));
    return {
      total: inside.length,
      items: records.map((record, i) => ({ record, distanceM: slice[i].distanceM })),
      order: 'distance,id',
      municipalityAreasIncluded: sql.municipalityAreasIncluded,
    };
  }
}
