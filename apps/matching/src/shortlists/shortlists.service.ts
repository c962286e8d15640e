import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  buildShortlist,
  emptyExposureState,
  type ExposureState,
  type FilterOutcome,
  type HelpRequestFacts,
  type MatchingConfig,
  type OfferingReadModel,
  resolveMatchingConfig,
  type ScorePart,
} from '@sanpuku/matching-domain';
import { conflict, getLogger } from '@sanpuku/platform';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { UnmetDemandService } from '../demand/unmet-demand.service';
import { capacityWords, coverageWords, en, ja, priceUnitWords } from '../common/labels';
import { mapStoredSnapshot, type OfferingDisplay, rotationScopeKey } from './offering-snapshot.mapper';
import { FilterOutcomeView, ScorePartView, Shortlist, ShortlistEntry } from './shortlist.model';

export const DISCLAIMER = {
  ja: '掲載は中立的な基準によるもので、広告・有料の順位付けはありません。サービスの品質を保証するものではありません。',
  en: 'Listed by neutral criteria, with no paid ranking. The platform does not guarantee the quality of the services.',
};

interface StoredExplanation {
  criteriaMet: FilterOutcome[];
  notes: FilterOutcome[];
  scoreParts: ScorePart[];
}

interface EntryRow {
  position: number;
  offering_id: string;
  organization_id: string;
  score: number;
  band_id: string;
  offering: OfferingDisplay;
  placement: { rule: string; ja: string; en: string };
  explanation: StoredExplanation;
}

interface ShortlistRow {
  id: string;
  request_id: string;
  round: number;
  rotation_scope: string;
  scope_revision: number;
  generated_at: Date;
  distance_model: string;
  config: MatchingConfig;
  /** title and organizationName: stored since excluded candidates are shown by name (older rows: from the read model). */
  excluded: { offeringId: string; organizationId: string; title?: string; organizationName?: string; failed: FilterOutcome[] }[];
  uncovered_needs: string[];
}

const outcomeView = (o: FilterOutcome): FilterOutcomeView => ({
  filter: o.filter,
  filterLabelJa: ja('MatchingFilter', o.filter),
  filterLabelEn: en('MatchingFilter', o.filter),
  code: o.code,
  passed: o.passed,
  effect: o.effect,
  needsConfirmation: o.needsConfirmation,
  ja: o.ja,
  en: o.en,
});

const partView = (p: ScorePart): ScorePartView => ({
  part: p.part,
  partLabelJa: ja('ScorePart', p.part),
  partLabelEn: en('ScorePart', p.part),
  weight: p.weight,
  value: p.value,
  points: p.points,
  maxPoints: p.maxPoints,
  ja: p.ja,
  en: p.en,
});

/** `b2` → 第2得点帯 / Score band 2 (band ids are `b` + rank, highest first). */
function bandWords(bandId: string): { bandLabelJa: string; bandLabelEn: string } {
  const rank = /^b(\d+)$/.exec(bandId)?.[1];
  return rank ? { bandLabelJa: `第${rank}得点帯`, bandLabelEn: `Score band ${rank}` } : { bandLabelJa: '得点帯', bandLabelEn: 'Score band' };
}

export function toEntryView(e: EntryRow): ShortlistEntry {
  return {
    position: e.position,
    offeringId: e.offering_id,
    organizationId: e.organization_id,
    title: e.offering.title,
    organizationName: e.offering.organizationName,
    categories: [...e.offering.categories],
    coverage: e.offering.coverage,
    coverageLabelJa: coverageWords(e.offering.coverage).ja,
    coverageLabelEn: coverageWords(e.offering.coverage).en,
    priceYen: e.offering.priceYen,
    priceUnit: e.offering.priceUnit,
    priceUnitLabelJa: priceUnitWords(e.offering.priceUnit).ja,
    priceUnitLabelEn: priceUnitWords(e.offering.priceUnit).en,
    capacity: e.offering.capacity,
    capacityLabelJa: capacityWords(e.offering.capacity).ja,
    capacityLabelEn: capacityWords(e.offering.capacity).en,
    score: e.score,
    bandId: e.band_id,
    ...bandWords(e.band_id),
    placementRule: e.placement.rule,
    placementRuleLabelJa: ja('PlacementRule', e.placement.rule),
    placementRuleLabelEn: en('PlacementRule', e.placement.rule),
    placementJa: e.placement.ja,
    placementEn: e.placement.en,
    criteriaMet: e.explanation.criteriaMet.map(outcomeView),
    notes: e.explanation.notes.map(outcomeView),
    scoreParts: e.explanation.scoreParts.map(partView),
  };
}

export interface GeneratedShortlist {
  readonly shortlistId: string;
  readonly entries: number;
  readonly uncoveredNeeds: readonly string[];
}

/**
 * Shortlists: hard filters, transparent scoring and fair rotation from the matching domain, over
 * the offering read model. The rotation state of the request's scope is read under a row lock and
 * written back with a revision check in the same transaction as the exposure records, so two
 * concurrent shortlists of one scope are serialised and cannot both give the same operator the top.
 */
@Injectable()
export class ShortlistsService {
  private readonly log = getLogger('shortlists');
  private readonly config: MatchingConfig;

  constructor(
    private readonly ds: DataSource,
    private readonly unmet: UnmetDemandService,
    @Inject(MATCHING_SETTINGS) settings: MatchingSettings,
  ) {
    this.config = resolveMatchingConfig({
      rotation: { bandWidth: settings.rotationBandWidth, topPositions: settings.rotationTopPositions },
      filters: { languageIsHardFilter: settings.languageIsHardFilter },
    });
  }

  /**
   * Candidates from the read model: published offerings serving at least one need, whose area is
   * not a municipality list without this municipality (radius and polygon areas are checked by
   * the domain's filters). Snapshots the contract or the domain rejects are skipped and logged by id.
   */
  async candidates(m: EntityManager | DataSource, facts: HelpRequestFacts): Promise<{ offering: OfferingReadModel; display: OfferingDisplay }[]> {
    const rows: { offering_id: string; snapshot: unknown }[] = await m.query(
      `SELECT offering_id, snapshot FROM offering_read_model
        WHERE status = 'published' AND snapshot IS NOT NULL AND categories && $1::text[]
          AND (snapshot->'serviceArea'->>'kind' <> 'municipalities' OR snapshot->'serviceArea'->'codes' @> jsonb_build_array($2::text))
        ORDER BY offering_id`,
      [facts.needs, facts.municipalityCode],
    );
    const out: { offering: OfferingReadModel; display: OfferingDisplay }[] = [];
    for (const r of rows) {
      const mapped = mapStoredSnapshot(r.offering_id, r.snapshot);
      if (mapped.ok) out.push({ offering: mapped.offering, display: mapped.display });
      else this.log.warn({ offeringId: r.offering_id, issues: mapped.issues }, 'offering snapshot skipped: not a valid offering');
    }
    return out;
  }

  /** Builds and stores the next shortlist of a request inside the caller's transaction. */
  async generate(m: EntityManager, requestId: string, facts: HelpRequestFacts, now: Date): Promise<GeneratedShortlist> {
    const scope = rotationScopeKey(facts.municipalityCode, facts.needs);
    await m.query(
      `INSERT INTO rotation_state (scope_key, municipality_code, state, revision) VALUES ($1, $2, $3, 0) ON CONFLICT (scope_key) DO NOTHING`,
      [scope, facts.municipalityCode, JSON.stringify(emptyExposureState())],
    );
    const [locked]: { state: ExposureState; revision: number }[] = await m.query(
      `SELECT state, revision FROM rotation_state WHERE scope_key = $1 FOR UPDATE`,
      [scope],
    );
    const candidates = await this.candidates(m, facts);
    const display = new Map(candidates.map((c) => [c.offering.id, c.display]));
    const [{ round }]: { round: number }[] = await m.query(
      `SELECT coalesce(max(round), 0)::int + 1 AS round FROM shortlist WHERE request_id = $1`,
      [requestId],
    );
    const result = buildShortlist({
      request: facts,
      offerings: candidates.map((c) => c.offering),
      exposureState: locked.state,
      rotationKey: round === 1 ? requestId : `${requestId}#${round}`,
      now,
      config: this.config,
    });
    const next = result.nextExposureState;
    const [, updated]: [unknown, number] = await m.query(
      `UPDATE rotation_state SET state = $2, revision = $3, updated_at = now() WHERE scope_key = $1 AND revision = $4`,
      [scope, JSON.stringify(next), next.revision, locked.revision],
    );
    if (updated !== 1) {
      throw conflict(
        'ROTATION_CONFLICT',
        'another shortlist for the same area and needs was made at the same time; try again',
        '同じ地域・分野の候補一覧が同時に作成されたため、もう一度お試しください',
        { rotationScope: scope },
      );
    }

    const shortlistId = randomUUID();
    await m.query(
      `INSERT INTO shortlist (id, request_id, round, rotation_key, rotation_scope, scope_revision, generated_at, distance_model, config, bands, excluded, uncovered_needs)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        shortlistId,
        requestId,
        round,
        result.rotationKey,
        scope,
        next.revision,
        now,
        result.model.distanceModel,
        JSON.stringify(result.model.config),
        JSON.stringify(result.bands),
        JSON.stringify(
          result.excluded.map((x) => ({ ...x, title: display.get(x.offeringId)?.title ?? '', organizationName: display.get(x.offeringId)?.organizationName ?? '' })),
        ),
        result.uncoveredNeeds,
      ],
    );
    if (result.entries.length > 0) {
      await m.query(
        `INSERT INTO shortlist_entry (shortlist_id, position, offering_id, organization_id, score, band_id, offering, placement, explanation)
         SELECT $1, x.position, x.offering_id, x.organization_id, x.score, x.band_id, x.offering, x.placement, x.explanation
           FROM jsonb_to_recordset($2::jsonb) AS x(position int, offering_id uuid, organization_id uuid, score float8, band_id text,
                                                   offering jsonb, placement jsonb, explanation jsonb)`,
        [
          shortlistId,
          JSON.stringify(
            result.entries.map((e) => ({
              position: e.position,
              offering_id: e.offeringId,
              organization_id: e.organizationId,
              score: e.score,
              band_id: e.bandId,
              offering: display.get(e.offeringId),
              placement: e.placement,
              explanation: e.explanation,
            })),
          ),
        ],
      );
      await m.query(
        `INSERT INTO exposure_record (shortlist_id, rotation_key, offering_id, organization_id, position, score, band_id, municipality_code, shown_at)
         SELECT $1, x.rotation_key, x.offering_id, x.organization_id, x.position, x.score, x.band_id, x.municipality_code, x.shown_at
           FROM jsonb_to_recordset($2::jsonb) AS x(rotation_key text, offering_id uuid, organization_id uuid, position int, score float8,
                                                   band_id text, municipality_code text, shown_at timestamptz)`,
        [
          shortlistId,
          JSON.stringify(
            result.exposureRecords.map((x) => ({
              rotation_key: x.rotationKey,
              offering_id: x.offeringId,
              organization_id: x.organizationId,
              position: x.position,
              score: x.score,
              band_id: x.bandId,
              municipality_code: x.municipalityCode,
              shown_at: x.at,
            })),
          ),
        ],
      );
    }

    // Unmet demand: no eligible candidate at all, or requested categories nobody listed covers.
    await this.unmet.record(m, {
      requestId,
      municipalityCode: facts.municipalityCode,
      categories: result.entries.length === 0 ? facts.needs : result.uncoveredNeeds,
      reason: result.entries.length === 0 ? 'no_eligible_candidate' : 'need_not_covered',
      at: now,
    });
    await m.query(
      `UPDATE help_request SET status = $2, updated_at = now() WHERE id = $1 AND status <> 'fulfilled'`,
      [requestId, result.entries.length === 0 ? 'unmet' : 'open'],
    );
    return { shortlistId, entries: result.entries.length, uncoveredNeeds: result.uncoveredNeeds };
  }

  /** The latest shortlist of a request (the caller has checked access). */
  async latest(requestId: string, m: EntityManager | DataSource = this.ds): Promise<Shortlist | null> {
    const [s]: ShortlistRow[] = await m.query(`SELECT * FROM shortlist WHERE request_id = $1 ORDER BY round DESC LIMIT 1`, [requestId]);
    if (!s) return null;
    const entries: EntryRow[] = await m.query(`SELECT * FROM shortlist_entry WHERE shortlist_id = $1 ORDER BY position`, [s.id]);
    return {
      id: s.id,
      requestId: s.request_id,
      round: s.round,
      generatedAt: s.generated_at,
      rotationScope: s.rotation_scope,
      scopeRevision: s.scope_revision,
      distanceModel: s.distance_model,
      distanceModelLabelJa: ja('DistanceModel', s.distance_model),
      distanceModelLabelEn: en('DistanceModel', s.distance_model),
      bandWidth: s.config.rotation.bandWidth,
      topPositions: s.config.rotation.topPositions,
      entries: entries.map(toEntryView),
      excluded: await this.excludedViews(m, s.excluded),
      uncoveredNeeds: s.uncovered_needs,
      disclaimerJa: DISCLAIMER.ja,
      disclaimerEn: DISCLAIMER.en,
    };
  }

  /** Excluded candidates by name: the stored title and operator, or (rows stored before they were) the read model's. */
  private async excludedViews(m: EntityManager | DataSource, excluded: ShortlistRow['excluded']): Promise<Shortlist['excluded']> {
    const missing = excluded.filter((x) => !x.title).map((x) => x.offeringId);
    const known = new Map<string, { title: string; organizationName: string }>();
    if (missing.length) {
      const rows: { offering_id: string; title: string | null; organization_name: string | null }[] = await m.query(
        `SELECT offering_id, snapshot->>'title' AS title, snapshot->>'organizationName' AS organization_name FROM offering_read_model WHERE offering_id = ANY($1::uuid[])`,
        [missing],
      );
      for (const r of rows) known.set(r.offering_id, { title: r.title ?? '', organizationName: r.organization_name ?? '' });
    }
    return excluded.map((x) => ({
      offeringId: x.offeringId,
      organizationId: x.organizationId,
      title: x.title || known.get(x.offeringId)?.title || '（掲載終了）',
      organizationName: x.organizationName || known.get(x.offeringId)?.organizationName || '（掲載終了）',
      failed: x.failed.map(outcomeView),
    }));
  }

  /** The entry of an offering on the request's latest shortlist that lists it. */
  async entryFor(m: EntityManager, requestId: string, offeringId: string): Promise<(EntryRow & { shortlist_id: string }) | null> {
    const rows: (EntryRow & { shortlist_id: string })[] = await m.query(
      `SELECT e.* FROM shortlist_entry e JOIN shortlist s ON s.id = e.shortlist_id
        WHERE s.request_id = $1 AND e.offering_id = $2 ORDER BY s.round DESC LIMIT 1`,
      [requestId, offeringId],
    );
    return rows[0] ?? null;
  }

  /** Entries of the latest shortlist not referred yet (in shortlist order): the next candidates. */
  async nextCandidates(requestId: string, limit: number, m: EntityManager | DataSource = this.ds): Promise<ShortlistEntry[]> {
    const rows: EntryRow[] = await m.query(
      `SELECT e.* FROM shortlist_entry e
        WHERE e.shortlist_id = (SELECT id FROM shortlist WHERE request_id = $1 ORDER BY round DESC LIMIT 1)
          AND NOT EXISTS (SELECT 1 FROM referral f WHERE f.request_id = $1 AND f.offering_id = e.offering_id)
        ORDER BY e.position LIMIT $2`,
      [requestId, limit],
    );
    return rows.map(toEntryView);
  }
}
