/**
 * Whether matching knows a municipality. Matching keeps region's segments of every classified
 * municipality (area_segment_read_model, fed by region's classification events); a code with
 * no segment, no request and no shortlist exposure is not a municipality of this platform.
 * While the read model is still empty (region has not published yet) matching cannot know, and
 * accepts the code (documented in the README). Each sign is asked of the feature that keeps it.
 */
import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from '@sanpuku/platform';
import { HelpRequestRepository } from '../requests/help-request.repository';
import { ShortlistRepository } from '../shortlists/shortlist.repository';
import { AreaSegmentRepository } from './area-segment.repository';

export type MunicipalityKnowledge = 'known' | 'unknown' | 'cannot_tell';

@Injectable()
export class KnownMunicipalities {
  constructor(
    private readonly segments: AreaSegmentRepository,
    private readonly requests: HelpRequestRepository,
    private readonly shortlists: ShortlistRepository,
  ) {}

  async knowledge(m: DataSource | EntityManager, code: string): Promise<MunicipalityKnowledge> {
    if ((await this.segments.has(m, code)) || (await this.requests.anyInMunicipality(m, code)) || (await this.shortlists.anyExposureIn(m, code))) return 'known';
    return (await this.segments.anyAtAll(m)) ? 'unknown' : 'cannot_tell';
  }

  /** NOT_FOUND for a municipality matching knows is not one (5-digit format is validated before). */
  async assertKnown(m: DataSource | EntityManager, code: string): Promise<void> {
    if ((await this.knowledge(m, code)) === 'unknown') throw notFound('municipality', '市区町村');
  }
}
