import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Reads of `offering_read_model` (the catalogue's offerings as matching keeps them; written only by
 * the read-model handlers from the catalogue's events).
 */
@Injectable()
export class OfferingReadModelRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Published offerings serving at least one of `needs` whose area is not a municipality list
   * without `municipalityCode` (radius and polygon areas are for the domain's filters).
   */
  async publishedServing(m: EntityManager | DataSource, needs: readonly string[], municipalityCode: string): Promise<{ offering_id: string; snapshot: unknown }[]> {
    return m.query(
      `SELECT offering_id, snapshot FROM offering_read_model
        WHERE status = 'published' AND snapshot IS NOT NULL AND categories && $1::text[]
          AND (snapshot->'serviceArea'->>'kind' <> 'municipalities' OR snapshot->'serviceArea'->'codes' @> jsonb_build_array($2::text))
        ORDER BY offering_id`,
      [needs, municipalityCode],
    );
  }

  /** Titles and operator names of offerings (those still known). */
  async names(m: EntityManager | DataSource, offeringIds: readonly string[]): Promise<Map<string, { title: string; organizationName: string }>> {
    const rows: { offering_id: string; title: string | null; organization_name: string | null }[] = await m.query(
      `SELECT offering_id, snapshot->>'title' AS title, snapshot->>'organizationName' AS organization_name FROM offering_read_model WHERE offering_id = ANY($1::uuid[])`,
      [offeringIds],
    );
    return new Map(rows.map((r) => [r.offering_id, { title: r.title ?? '', organizationName: r.organization_name ?? '' }]));
  }
}
