import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { buildNeutralityReport, eligibilityFromExposureLog, type ExposureLogRecord } from '@sanpuku/matching-domain';
import { Actor, forbidden, requireRole } from '@sanpuku/platform';
import { canSeeNeutralityReport } from '../access/access.policy';
import { valueOrThrow } from '../common/graphql-errors';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { NeutralityReport } from './demand.model';
import { validateNeutralityQuery } from './demand.validation';
import { assertKnownMunicipality } from '../read-models/known-municipality';

/**
 * Each operator's share of top-position exposure against its share of eligibility, for one
 * municipality and period, from the exposure log every shortlist appends to. Every shortlist
 * lists every eligible offering, so the same log gives the eligibility counts.
 */
@Injectable()
export class NeutralityReportService {
  constructor(
    private readonly ds: DataSource,
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

  async report(actor: Actor | null, input: { municipalityCode: string; from: Date; to: Date }): Promise<NeutralityReport> {
    const a = requireRole(actor);
    const q = valueOrThrow(validateNeutralityQuery(input));
    const d = canSeeNeutralityReport(a, q.municipalityCode);
    if (!d.allowed) throw forbidden(d.en, d.ja);
    await assertKnownMunicipality(this.ds, q.municipalityCode);
    const rows: { offering_id: string; organization_id: string; position: number; municipality_code: string; shown_at: Date }[] = await this.ds.query(
      `SELECT offering_id, organization_id, position, municipality_code, shown_at FROM exposure_record
        WHERE municipality_code = $1 AND shown_at >= $2 AND shown_at < $3`,
      [q.municipalityCode, q.from, q.to],
    );
    const log: ExposureLogRecord[] = rows.map((r) => ({
      offeringId: r.offering_id,
      organizationId: r.organization_id,
      position: r.position,
      municipalityCode: r.municipality_code,
      at: r.shown_at.toISOString(),
    }));
    const period = { from: q.from, to: q.to };
    const report = buildNeutralityReport({
      exposures: log,
      eligibility: eligibilityFromExposureLog(log, period),
      topPositions: this.settings.rotationTopPositions,
      municipalityCode: q.municipalityCode,
      period,
    });
    const orgIds = report.operators.map((o) => o.organizationId);
    const names: { organization_id: string; name: string }[] = orgIds.length
      ? await this.ds.query(
          `SELECT DISTINCT ON (organization_id) organization_id, snapshot->>'organizationName' AS name
             FROM offering_read_model WHERE organization_id = ANY($1::uuid[]) AND snapshot IS NOT NULL
            ORDER BY organization_id, updated_at DESC`,
          [orgIds],
        )
      : [];
    const nameOf = new Map(names.map((n) => [n.organization_id, n.name]));
    return {
      municipalityCode: q.municipalityCode,
      from: q.from,
      to: q.to,
      topPositions: report.topPositions,
      totalTopExposures: report.totalTopExposures,
      totalEligible: report.totalEligible,
      maxAbsDeviation: report.maxAbsDeviation,
      shortlistPositions: report.recordsInScope,
      operators: report.operators.map((o) => ({ ...o, organizationName: nameOf.get(o.organizationId) ?? null })),
    };
  }
}
