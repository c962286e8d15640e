import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OfferingCapacityChangedV1, OfferingPublishedV1, OfferingUpdatedV1, OfferingWithdrawnV1 } from '@sanpuku/contracts';
import { toOfferingSnapshotFacts } from '@sanpuku/catalogue-domain';
import { OutboxWriter } from '@sanpuku/platform';
import type { OfferingRecord } from './offering.row';

export type OfferingEventKind = 'published' | 'updated' | 'withdrawn' | 'capacity-changed';

/** The `catalogue.offering.*` event data for a record at a version (pure). */
export function offeringEventData(kind: OfferingEventKind, r: OfferingRecord, version: number): { type: string; data: Record<string, unknown> } {
  const ref = { offeringId: r.id, organizationId: r.organizationId, version };
  switch (kind) {
    case 'published':
    case 'updated':
      return {
        type: kind === 'published' ? OfferingPublishedV1.type : OfferingUpdatedV1.type,
        data: { ...ref, organizationName: r.organizationName, ...toOfferingSnapshotFacts(r.offering) },
      };
    case 'withdrawn':
      return { type: OfferingWithdrawnV1.type, data: ref };
    case 'capacity-changed':
      return {
        type: OfferingCapacityChangedV1.type,
        data: { ...ref, capacity: r.offering.capacity.status, capacityConfirmedAt: r.offering.capacity.confirmedAt },
      };
  }
}

/**
 * Writes an offering event to the outbox in the caller's transaction, with the offering's next
 * version (monotonic per offering, so matching ignores stale deliveries). The record and its row
 * get the new version.
 */
@Injectable()
export class OfferingEventWriter {
  constructor(private readonly outbox: OutboxWriter) {}

  async emit(m: EntityManager, r: OfferingRecord, kind: OfferingEventKind): Promise<void> {
    // TypeORM returns [rows, affected count] for an UPDATE.
    const [rows] = await m.query(`UPDATE offering SET version = version + 1 WHERE id = $1 RETURNING version`, [r.id]);
    const version: number = rows[0].version;
    r.version = version;
    const { type, data } = offeringEventData(kind, r, version);
    await this.outbox.append(m, { type, subject: r.id, data });
  }
}
