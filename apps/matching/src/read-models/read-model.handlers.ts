import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  Envelope,
  OfferingCapacityChangedV1,
  OfferingPublishedV1,
  OfferingWithdrawnV1,
  SegmentChangedV1,
} from '@sanpuku/contracts';
import { EventHandlers } from '@sanpuku/platform';
import { RematchService } from '../requests/rematch.service';

type Snapshot = z.infer<typeof OfferingPublishedV1.schema>;

/**
 * Applies catalogue and region events to matching's read models. Each write is conditional on
 * the incoming aggregate version being newer, so redelivered or reordered events are harmless.
 */
@Injectable()
export class ReadModelHandlers {
  constructor(private readonly rematch: RematchService) {}

  readonly handlers: EventHandlers = {
    [OfferingPublishedV1.type]: (e, m) => this.upsertOffering(e, m),
    'catalogue.offering.updated': (e, m) => this.upsertOffering(e, m),
    [OfferingWithdrawnV1.type]: (e, m) => this.withdraw(e, m),
    [OfferingCapacityChangedV1.type]: (e, m) => this.capacity(e, m),
    [SegmentChangedV1.type]: (e, m) => this.segment(e, m),
  };

  /** Upserts the offering; when it changed (a newer version), unmet requests it may serve are matched again. */
  private async upsertOffering(e: Envelope<Snapshot>, m: EntityManager): Promise<void> {
    const d = e.data;
    const changed: unknown[] = await m.query(
      `INSERT INTO offering_read_model (offering_id, organization_id, version, status, categories, snapshot, updated_at)
       VALUES ($1, $2, $3, 'published', $4, $5, now())
       ON CONFLICT (offering_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, version = EXCLUDED.version,
         status = 'published', categories = EXCLUDED.categories, snapshot = EXCLUDED.snapshot, updated_at = now()
       WHERE offering_read_model.version < EXCLUDED.version
       RETURNING offering_id`,
      [d.offeringId, d.organizationId, d.version, d.categories, JSON.stringify(d)],
    );
    if (changed.length > 0) await this.rematch.onOfferingListed(m, d.offeringId, d);
  }

  private async withdraw(e: Envelope<z.infer<typeof OfferingWithdrawnV1.schema>>, m: EntityManager): Promise<void> {
    const d = e.data;
    await m.query(
      `INSERT INTO offering_read_model (offering_id, organization_id, version, status) VALUES ($1, $2, $3, 'withdrawn')
       ON CONFLICT (offering_id) DO UPDATE SET version = EXCLUDED.version, status = 'withdrawn', updated_at = now()
       WHERE offering_read_model.version < EXCLUDED.version`,
      [d.offeringId, d.organizationId, d.version],
    );
  }

  private async capacity(e: Envelope<z.infer<typeof OfferingCapacityChangedV1.schema>>, m: EntityManager): Promise<void> {
    const d = e.data;
    await m.query(
      `UPDATE offering_read_model
          SET version = $2, snapshot = snapshot || jsonb_build_object('capacity', $3::text, 'capacityConfirmedAt', $4::text), updated_at = now()
        WHERE offering_id = $1 AND version < $2 AND snapshot IS NOT NULL`,
      [d.offeringId, d.version, d.capacity, d.capacityConfirmedAt],
    );
  }

  private async segment(e: Envelope<z.infer<typeof SegmentChangedV1.schema>>, m: EntityManager): Promise<void> {
    const d = e.data;
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
