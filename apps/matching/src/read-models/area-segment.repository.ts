import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { SegmentChangedV1 } from '@sanpuku/contracts';
import type { AreaSegmentRow } from './area-segment.model';

/** `area_segment_read_model`: region's segments as matching keeps them, written from region's classification events. */
@Injectable()
export class AreaSegmentRepository {
  constructor(private readonly ds: DataSource) {}

  async of(municipalityCode: string): Promise<AreaSegmentRow | null> {
    const [r]: AreaSegmentRow[] = await this.ds.query(`SELECT * FROM area_segment_read_model WHERE municipality_code = $1`, [municipalityCode]);
    return r ?? null;
  }

  async ofMany(municipalityCodes: readonly string[], m: EntityManager | DataSource = this.ds): Promise<AreaSegmentRow[]> {
    if (municipalityCodes.length === 0) return [];
    return m.query(`SELECT * FROM area_segment_read_model WHERE municipality_code = ANY($1::text[]) ORDER BY municipality_code`, [municipalityCodes]);
  }

  async has(m: EntityManager | DataSource, municipalityCode: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM area_segment_read_model WHERE municipality_code = $1`, [municipalityCode]);
    return rows.length > 0;
  }

  /** Whether region has sent any segment yet (before that, matching cannot tell a municipality it does not know). */
  async anyAtAll(m: EntityManager | DataSource): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM area_segment_read_model LIMIT 1`);
    return rows.length > 0;
  }

  /** Applies a segment change if its version is newer (redelivered or reordered events are harmless). */
  async upsertIfNewer(
    m: EntityManager,
    d: z.infer<typeof SegmentChangedV1.schema>,
  ): Promise<void> {
    await m.query(
      `INSERT INTO area_segment_read_model (municipality_code, segment, tier, density_per_km2, sufficiency, run_id, policy_id, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (municipality_code) DO UPDATE SET segment = EXCLUDED.segment, tier = EXCLUDED.tier,
         density_per_km2 = EXCLUDED.density_per_km2, sufficiency = EXCLUDED.sufficiency, run_id = EXCLUDED.run_id,
         policy_id = EXCLUDED.policy_id, version = EXCLUDED.version, updated_at = now()
       WHERE area_segment_read_model.version < EXCLUDED.version`,
      [d.municipalityCode, d.segment, d.tier, d.densityPerKm2, d.sufficiency, d.runId, d.policyId, d.version],
    );
  }
}
