import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { aggregateUnmetDemand, monthKeyJst } from '@sanpuku/matching-domain';
import { Actor, forbidden, requireRole } from '@sanpuku/platform';
import { unmetDemandScope } from '../access/access.policy';
import { valueOrThrow } from '../common/graphql-errors';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { toAreaSegmentView } from '../read-models/area-segment.model';
import { UnmetDemandReport } from './demand.model';
import { UnmetDemandQuery, validateUnmetDemandQuery } from './demand.validation';
import { AreaSegmentRepository } from '../read-models/area-segment.repository';
import { KnownMunicipalities } from '../read-models/known-municipalities';
import { UnmetDemandRepository } from './unmet-demand.repository';

export type UnmetReason = 'no_eligible_candidate' | 'need_not_covered' | 'referrals_unsuccessful';

/**
 * Unmet demand: requests (per category) no operator could serve. Recorded per request and
 * category (once), read only as aggregates by municipality × category × month with small cells
 * suppressed, next to the municipality's market-viability segment.
 */
@Injectable()
export class UnmetDemandService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: UnmetDemandRepository,
    private readonly segments: AreaSegmentRepository,
    private readonly municipalities: KnownMunicipalities,
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

  /** Records the categories as unmet for this request (a category counts once per request). Returns how many were new. */
  async record(
    m: EntityManager,
    r: { requestId: string; municipalityCode: string; categories: readonly string[]; reason: UnmetReason; at: Date },
  ): Promise<number> {
    if (r.categories.length === 0) return 0;
    return this.repo.record(m, { ...r, categories: [...new Set(r.categories)], month: monthKeyJst(r.at) });
  }

  async report(actor: Actor | null, input: Partial<UnmetDemandQuery>): Promise<UnmetDemandReport> {
    const a = requireRole(actor);
    const q = valueOrThrow(validateUnmetDemandQuery(input));
    const scope = unmetDemandScope(a, q.municipalityCode);
    if ('allowed' in scope) throw forbidden(scope.en, scope.ja);
    if (q.municipalityCode) await this.municipalities.assertKnown(this.ds, q.municipalityCode);
    const muni = scope.kind === 'municipality' ? scope.municipalityCode : null;
    const records = await this.repo.cellKeys({ municipalityCode: muni, category: q.category, fromMonth: q.fromMonth, toMonth: q.toMonth });
    const agg = aggregateUnmetDemand(records, { minCellCount: this.settings.unmetMinCellCount });
    const segRows = await this.segments.ofMany([...new Set(agg.cells.map((c) => c.municipalityCode))]);
    const segments = segRows.map(toAreaSegmentView);
    const segmentOf = new Map(segments.map((s) => [s.municipalityCode, s.segment]));
    return {
      minCellCount: agg.minCellCount,
      cells: agg.cells.map((c) => ({
        municipalityCode: c.municipalityCode,
        category: c.category,
        month: c.month,
        suppressed: c.suppressed,
        count: c.suppressed ? null : c.count,
        marketSegment: segmentOf.get(c.municipalityCode) ?? null,
      })),
      segments,
    };
  }
}
