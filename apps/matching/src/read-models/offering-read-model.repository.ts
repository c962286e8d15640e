import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { OfferingCapacityChangedV1, OfferingPublishedV1, OfferingWithdrawnV1 } from '@sanpuku/contracts';
import { serviceAreaPrefilterSql, type StoredAreaColumns } from '@sanpuku/kernel';

/** Where the read model keeps what the service-area prefilter reads: the catalogue's snapshot. */
const AREA_COLUMNS: StoredAreaColumns = { kind: `snapshot->'serviceArea'->>'kind'`, codes: { sql: `snapshot->'serviceArea'->'codes'`, type: 'jsonb' } };

/**
 * `offering_read_model`: the catalogue's offerings as matching keeps them, written from the
 * catalogue's events. Every write is conditional on the incoming aggregate version being newer, so
 * redelivered or reordered events are harmless.
 */
@Injectable()
export class OfferingReadModelRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Published offerings serving at least one of `needs` whose area is not a municipality list
   * without `municipalityCode` (radius and polygon areas are for the domain's filters).
   */
  async publishedServing(m: EntityManager | DataSource, needs: readonly string[], municipalityCode: string): Promise<{ offering_id: string; snapshot: unknown }[]> {
    const params: unknown[] = [needs];
    // The kernel's one service-area prefilter (the catalogue's search uses it too); no point, so
    // radius and polygon areas are all kept and each miss is reported under `excluded`.
    const area = serviceAreaPrefilterSql({ municipalityCode }, AREA_COLUMNS, (v) => `$${params.push(v)}`);
    return m.query(
      `SELECT offering_id, snapshot FROM offering_read_model
        WHERE status = 'published' AND snapshot IS NOT NULL AND categories && $1::text[] AND ${area}
        ORDER BY offering_id`,
      params,
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

  /** The latest name each operator's offerings give it (the neutrality report names operators). */
  async organizationNames(organizationIds: readonly string[], m: EntityManager | DataSource = this.ds): Promise<Map<string, string>> {
    if (organizationIds.length === 0) return new Map();
    const rows: { organization_id: string; name: string }[] = await m.query(
      `SELECT DISTINCT ON (organization_id) organization_id, snapshot->>'organizationName' AS name
         FROM offering_read_model WHERE organization_id = ANY($1::uuid[]) AND snapshot IS NOT NULL
        ORDER BY organization_id, updated_at DESC`,
      [organizationIds],
    );
    return new Map(rows.map((n) => [n.organization_id, n.name]));
  }

  /** Upserts a published (or updated) offering; true when it changed (a newer version). */
  async upsertPublished(m: EntityManager, d: z.infer<typeof OfferingPublishedV1.schema>): Promise<boolean> {
    const changed: unknown[] = await m.query(
      `INSERT INTO offering_read_model (offering_id, organization_id, version, status, categories, snapshot, updated_at)
       VALUES ($1, $2, $3, 'published', $4, $5, now())
       ON CONFLICT (offering_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, version = EXCLUDED.version,
         status = 'published', categories = EXCLUDED.categories, snapshot = EXCLUDED.snapshot, updated_at = now()
       WHERE offering_read_model.version < EXCLUDED.version
       RETURNING offering_id`,
      [d.offeringId, d.organizationId, d.version, d.categories, JSON.stringify(d)],
    );
    return changed.length > 0;
  }

  async withdraw(m: EntityManager, d: z.infer<typeof OfferingWithdrawnV1.schema>): Promise<void> {
    await m.query(
      `INSERT INTO offering_read_model (offering_id, organization_id, version, status) VALUES ($1, $2, $3, 'withdrawn')
       ON CONFLICT (offering_id) DO UPDATE SET version = EXCLUDED.version, status = 'withdrawn', updated_at = now()
       WHERE offering_read_model.version < EXCLUDED.version`,
      [d.offeringId, d.organizationId, d.version],
    );
  }

  async changeCapacity(m: EntityManager, d: z.infer<typeof OfferingCapacityChangedV1.schema>): Promise<void> {
    await m.query(
      `UPDATE offering_read_model
          SET version = $2, snapshot = snapshot || jsonb_build_object('capacity', $3::text, 'capacityConfirmedAt', $4::text), updated_at = now()
        WHERE offering_id = $1 AND version < $2 AND snapshot IS NOT NULL`,
      [d.offeringId, d.version, d.capacity, d.capacityConfirmedAt],
    );
  }
}
