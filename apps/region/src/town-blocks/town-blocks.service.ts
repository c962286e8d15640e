import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { normaliseTownBlockName } from '@sanpuku/region-domain';
import { TownBlock } from './town-block.model';

/** `LIKE` pattern text with its wildcards taken literally (a query of `%` or `_` matches those characters only). */
function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/**
 * Town-block search for filing in plain terms: one municipality's blocks whose normalised name
 * contains the normalised query. Order: names that start with the query first, then by where the
 * query occurs, then the block code (the official order of 12-digit codes; the name otherwise).
 * An empty query lists the first blocks in code order. Reads one municipality through the index
 * `town_block_name_search (municipality_code, name_search)`.
 */
@Injectable()
export class TownBlocksService {
  constructor(private readonly ds: DataSource) {}

  /** The municipality's name, or undefined when there is no such municipality. */
  async municipalityName(code: string): Promise<string | undefined> {
    const [m]: { name: string }[] = await this.ds.query(`SELECT name FROM municipality WHERE code = $1`, [code]);
    return m?.name;
  }

  /**
   * A designated city (政令指定都市) files its town blocks under its wards, so searching the city
   * searches its wards; each block names the ward it belongs to.
   */
  async search(municipalityCode: string, query: string, first: number): Promise<TownBlock[]> {
    const q = normaliseTownBlockName(query);
    const rows: { block_key: string; name: string; municipality_code: string; municipality_name: string; lat: number; lng: number }[] = await this.ds.query(
      `SELECT t.block_key, t.name, t.municipality_code, m.name AS municipality_name, t.lat, t.lng
         FROM town_block t JOIN municipality m ON m.code = t.municipality_code
        WHERE t.municipality_code = ANY(ARRAY(SELECT code FROM municipality WHERE code = $1 OR parent_code = $1))
          AND ($2 = '' OR t.name_search LIKE '%' || $3 || '%')
        ORDER BY CASE WHEN $2 = '' THEN 0 ELSE strpos(t.name_search, $2) END, t.municipality_code, t.block_key
        LIMIT $4`,
      [municipalityCode, q, likeLiteral(q), first],
    );
    return rows.map((r) => ({ code: r.block_key, name: r.name, municipalityCode: r.municipality_code, municipalityName: r.municipality_name, lat: r.lat, lng: r.lng }));
  }
}
