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
import { AreaSegmentRepository } from './area-segment.repository';
import { OfferingReadModelRepository } from './offering-read-model.repository';

type Snapshot = z.infer<typeof OfferingPublishedV1.schema>;

/**
 * Applies catalogue and region events to matching's read models (through their repositories,
 * whose writes are conditional on the incoming aggregate version being newer).
 */
@Injectable()
export class ReadModelHandlers {
  constructor(
    private readonly rematch: RematchService,
    private readonly offerings: OfferingReadModelRepository,
    private readonly segments: AreaSegmentRepository,
  ) {}

  readonly handlers: EventHandlers = {
    [OfferingPublishedV1.type]: (e, m) => this.upsertOffering(e, m),
    'catalogue.offering.updated': (e, m) => this.upsertOffering(e, m),
    [OfferingWithdrawnV1.type]: (e, m) => this.withdraw(e, m),
    [OfferingCapacityChangedV1.type]: (e, m) => this.capacity(e, m),
    [SegmentChangedV1.type]: (e, m) => this.segment(e, m),
  };

  /** Upserts the offering; when it changed (a newer version), unmet requests it may serve are matched again. */
  private async upsertOffering(e: Envelope<Snapshot>, m: EntityManager): Promise<void> {
    if (await this.offerings.upsertPublished(m, e.data)) await this.rematch.onOfferingListed(m, e.data.offeringId, e.data);
  }

  private async withdraw(e: Envelope<z.infer<typeof OfferingWithdrawnV1.schema>>, m: EntityManager): Promise<void> {
    await this.offerings.withdraw(m, e.data);
  }

  private async capacity(e: Envelope<z.infer<typeof OfferingCapacityChangedV1.schema>>, m: EntityManager): Promise<void> {
    await this.offerings.changeCapacity(m, e.data);
  }

  private async segment(e: Envelope<z.infer<typeof SegmentChangedV1.schema>>, m: EntityManager): Promise<void> {
    await this.segments.upsertIfNewer(m, e.data);
  }
}
