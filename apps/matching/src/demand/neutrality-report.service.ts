import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { buildNeutralityReport, eligibilityFromExposureLog, type ExposureLogRecord } from '@sanpuku/matching-domain';
import { Actor, forbidden, requireRole } from '@sanpuku/platform';
import { canSeeNeutralityReport } from '../access/access.policy';
import { valueOrThrow } from '../common/graphql-errors';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { NeutralityReport } from './demand.model';
import { validateNeutralityQuery } from './demand.validation';
import { KnownMunicipalities } from '../read-models/known-municipalities';
import { OfferingReadModelRepository } from '../read-models/offering-read-model.repository';
import { ShortlistRepository } from '../shortlists/shortlist.repository';

/**
 * Each operator's share of top-position exposure against its share of eligibility, for one
 * municipality and period, from the exposure log every shortlist appends to (read through the
 * shortlists' repository; operator names from the offering read model's). Every shortlist
 * lists every eligible offering, so the same log gives the eligibility counts.
 */
@Injectable()
export class NeutralityReportService {
  constructor(
    private readonly ds: DataSource,
    private readonly shortlists: ShortlistRepository,
    private readonly offerings: OfferingReadModelRepository,
    private readonly municipalities: KnownMunicipalities,
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

  async report(actor: Actor | null, input: { municipalityCode: string; from: Date; to: Date }): Promise<NeutralityReport> {
    const a = requireRole(actor);
    const q = valueOrThrow(validateNeutralityQuery(input));
    const d = canSeeNeutralityReport(a, q.municipalityCode);
    if (!d.allowed) throw forbidden(d.en, d.ja);
    await this.municipalities.assertKnown(this.ds, q.municipalityCode);
    const rows = await this.shortlists.exposuresIn(this.ds, q.municipalityCode, q.from, q.to);
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
    const nameOf = await this.offerings.organizationNames(report.operators.map((o) => o.organizationId), this.ds);
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
