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
import { assertKnownMunicipality } from '../read-models/known-municipality';

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
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

  /** Records the categories as unmet for this request (a category counts once per request). Returns how many were new. */
  async record(
    m: EntityManager,
    r: { requestId: string; municipalityCode: string; categories: readonly string[]; reason: UnmetReason; at: Date },
  ): Promise<number> {
    if (r.categories.length === 0) return 0;
    const rows: unknown[] = await m.query(
      `INSERT INTO unmet_demand_record (request_id, municipality_code, category, month, reason, recorded_at)
       SELECT $1, $2, c, $4, $5, $6 FROM unnest($3::text[]) AS c
       ON CONFLICT (request_id, category) DO NOTHING RETURNING id`,
      [r.requestId, r.municipalityCode, [...new Set(r.categories)], monthKeyJst(r.at), r.reason, r.at],
    );
    return rows.length;
  }

  async report(actor: Actor | null, input: Partial<UnmetDemandQuery>): Promise<UnmetDemandReport> {
    const a = requireRole(actor);
    const q = valueOrThrow(validateUnmetDemandQuery(input));
    const scope = unmetDemandScope(a, q.municipalityCode);
    if ('allowed' in scope) throw forbidden(scope.en, scope.ja);
    if (q.municipalityCode) await assertKnownMunicipality(this.ds, q.municipalityCode);
    const muni = scope.kind === 'municipality' ? scope.municipalityCode : null;
    // Only the cell keys leave the database: no request id, no person.
    const records: { municipalityCode: string; category: string; month: string }[] = await this.ds.query(
      `SELECT municipality_code AS "municipalityCode", category, month FROM unmet_demand_record
        WHERE ($1::text IS NULL OR municipality_code = $1) AND ($2::text IS NULL OR category = $2)
          AND ($3::text IS NULL OR month >= $3) AND ($4::text IS NULL OR month <= $4)`,
      [muni, q.category, q.fromMonth, q.toMonth],
    );
    const agg = aggregateUnmetDemand(records, { minCellCount: this.settings.unmetMinCellCount });
    const codes = [...new Set(agg.cells.map((c) => c.municipalityCode))];
    const segRows: Parameters<typeof toAreaSegmentView>[0][] = codes.length
      ? await this.ds.query(`SELECT * FROM area_segment_read_model WHERE municipality_code = ANY($1::text[]) ORDER BY municipality_code`, [codes])
      : [];
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
