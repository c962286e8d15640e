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
import { OfferingReadModelRepository } from '../read-models/offering-read-model.repository';
import { mapStoredSnapshot, type OfferingDisplay, rotationScopeKey } from './offering-snapshot.mapper';
import { EntryRow, NewEntry, NewShortlist, ShortlistRepository, ShortlistRow } from './shortlist.repository';
import { FilterOutcomeView, ScorePartView, Shortlist, ShortlistEntry } from './shortlist.model';

export const DISCLAIMER = {
  ja: '掲載は中立的な基準によるもので、広告・有料の順位付けはありません。サービスの品質を保証するものではありません。',
  en: 'Listed by neutral criteria, with no paid ranking. The platform does not guarantee the quality of the services.',
};

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

type ShortlistResult = ReturnType<typeof buildShortlist>;

/** A round computed by `prepare`, not stored yet. */
export interface PreparedShortlist {
  readonly requestId: string;
  readonly facts: HelpRequestFacts;
  readonly now: Date;
  readonly scope: string;
  readonly round: number;
  readonly candidates: readonly { offering: OfferingReadModel; display: OfferingDisplay }[];
  /** The rotation revision the result was computed against, and whether its row existed. */
  readonly basis: { revision: number; stored: boolean };
  readonly result: ShortlistResult;
  readonly hasCandidates: boolean;
  readonly uncoveredNeeds: readonly string[];
}

export interface GeneratedShortlist {
  readonly shortlistId: string;
  readonly entries: number;
  /** False: no eligible candidate at all (the request is unmet). */
  readonly hasCandidates: boolean;
  readonly uncoveredNeeds: readonly string[];
  /** The stored shortlist as `latest` would read it back, without reading it. */
  readonly view: () => Promise<Shortlist>;
}

/**
 * The shortlist row `ShortlistRepository.latest` reads back for what `saveRound` wrote. Its jsonb
 * parts are plain data (no dates), so the objects written are what is read back; only absent and
 * undefined differ, and GraphQL answers both as null.
 */
function asStoredShortlist(s: NewShortlist): ShortlistRow {
  return {
    id: s.id,
    request_id: s.requestId,
    round: s.round,
    rotation_scope: s.rotationScope,
    scope_revision: s.scopeRevision,
    generated_at: s.generatedAt,
    distance_model: s.distanceModel,
    config: s.config as MatchingConfig,
    excluded: s.excluded as ShortlistRow['excluded'],
    uncovered_needs: [...s.uncoveredNeeds],
  };
}

/**
 * Shortlists: hard filters, transparent scoring and fair rotation from the matching domain, over
 * the offering read model. A round is computed against the rotation state of the request's scope
 * as last committed; the row is locked only at the end (`store`), the round computed again if the
 * state moved on, and written back with a revision check in the same statement as the exposure
 * records, so two concurrent shortlists of one scope are serialised and cannot both give the same
 * operator the top.
 */
@Injectable()
export class ShortlistsService {
  private readonly log = getLogger('shortlists');
  private readonly config: MatchingConfig;

  constructor(
    private readonly ds: DataSource,
    private readonly repo: ShortlistRepository,
    private readonly offerings: OfferingReadModelRepository,
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
    const rows = await this.offerings.publishedServing(m, facts.needs, facts.municipalityCode);
    const out: { offering: OfferingReadModel; display: OfferingDisplay }[] = [];
    for (const r of rows) {
      const mapped = mapStoredSnapshot(r.offering_id, r.snapshot);
      if (mapped.ok) out.push({ offering: mapped.offering, display: mapped.display });
      else this.log.warn({ offeringId: r.offering_id, issues: mapped.issues }, 'offering snapshot skipped: not a valid offering');
    }
    return out;
  }

  /**
   * Builds and stores the next shortlist of a request inside the caller's transaction, and records
   * what it left unmet. The request's status follows from the result (the caller, who owns the
   * request, sets it: `hasCandidates`).
   */
  async generate(m: EntityManager, requestId: string, facts: HelpRequestFacts, now: Date): Promise<GeneratedShortlist> {
    return this.store(m, await this.prepare(m, requestId, facts, now));
  }

  /**
   * The next round computed against the rotation state as last committed, reading and locking
   * nothing. Whether it has candidates and which needs it leaves uncovered do not depend on the
   * rotation, so the caller may act on them before `store`. `firstRound`: the request is being
   * filed in this transaction, so it has no shortlist yet.
   */
  async prepare(m: EntityManager, requestId: string, facts: HelpRequestFacts, now: Date, opts: { firstRound?: boolean } = {}): Promise<PreparedShortlist> {
    const scope = rotationScopeKey(facts.municipalityCode, facts.needs);
    const candidates = await this.candidates(m, facts);
    const seen = await this.repo.peekRotation(m, scope);
    const round = opts.firstRound ? 1 : await this.repo.nextRound(m, requestId);
    const basis = seen ?? { state: emptyExposureState(), revision: 0 };
    const p: Omit<PreparedShortlist, 'result' | 'hasCandidates' | 'uncoveredNeeds'> = {
      requestId,
      facts,
      now,
      scope,
      round,
      candidates,
      basis: { revision: basis.revision, stored: seen !== null },
    };
    const result = this.build(p, basis.state);
    return { ...p, result, hasCandidates: result.entries.length > 0, uncoveredNeeds: result.uncoveredNeeds };
  }

  private build(p: Pick<PreparedShortlist, 'facts' | 'candidates' | 'round' | 'requestId' | 'now'>, state: ExposureState): ShortlistResult {
    return buildShortlist({
      request: p.facts,
      offerings: p.candidates.map((c) => c.offering),
      exposureState: state,
      rotationKey: p.round === 1 ? p.requestId : `${p.requestId}#${p.round}`,
      now: p.now,
      config: this.config,
    });
  }

  /**
   * Stores a prepared round. The rotation row is locked last, right before the one statement that
   * writes the rotation and the shortlist, so filings of one area and needs wait for each other
   * only for that statement and the commit: rounds of one scope stay serialised (no operator gets
   * the top twice from one rotation state), and when another round committed since `prepare`
   * this one is computed again against the locked state (pure, no I/O), exactly as if it had
   * waited for the lock first.
   */
  async store(m: EntityManager, p: PreparedShortlist): Promise<GeneratedShortlist> {
    // Unmet demand does not depend on the rotation: recorded before the lock is taken.
    await this.unmet.record(m, {
      requestId: p.requestId,
      municipalityCode: p.facts.municipalityCode,
      categories: p.result.entries.length === 0 ? p.facts.needs : p.result.uncoveredNeeds,
      reason: p.result.entries.length === 0 ? 'no_eligible_candidate' : 'need_not_covered',
      at: p.now,
    });
    const locked = await this.repo.lockRotation(m, p.scope, p.facts.municipalityCode, emptyExposureState(), p.basis.stored);
    const result = locked.revision === p.basis.revision ? p.result : this.build(p, locked.state);
    const display = new Map(p.candidates.map((c) => [c.offering.id, c.display]));
    const next = result.nextExposureState;
    const shortlistId = randomUUID();
    const shortlist: NewShortlist = {
      id: shortlistId,
      requestId: p.requestId,
      round: p.round,
      rotationKey: result.rotationKey,
      rotationScope: p.scope,
      scopeRevision: next.revision,
      generatedAt: p.now,
      distanceModel: result.model.distanceModel,
      config: result.model.config,
      bands: result.bands,
      excluded: result.excluded.map((x) => ({ ...x, title: display.get(x.offeringId)?.title ?? '', organizationName: display.get(x.offeringId)?.organizationName ?? '' })),
      uncoveredNeeds: result.uncoveredNeeds,
    };
    const entries: NewEntry[] = result.entries.map((e) => ({
      position: e.position,
      offering_id: e.offeringId,
      organization_id: e.organizationId,
      score: e.score,
      band_id: e.bandId,
      offering: display.get(e.offeringId),
      placement: e.placement,
      explanation: e.explanation,
    }));
    const saved = await this.repo.saveRound(
      m,
      { scope: p.scope, next, previousRevision: locked.revision },
      shortlist,
      entries,
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
    );
    if (!saved) {
      throw conflict(
        'ROTATION_CONFLICT',
        'another shortlist for the same area and needs was made at the same time; try again',
        '同じ地域・分野の候補一覧が同時に作成されたため、もう一度お試しください',
        { rotationScope: p.scope },
      );
    }
    return {
      shortlistId,
      entries: result.entries.length,
      hasCandidates: result.entries.length > 0,
      uncoveredNeeds: result.uncoveredNeeds,
      view: () => this.toView(this.ds, asStoredShortlist(shortlist), entries as EntryRow[]),
    };
  }

  /** The latest shortlist of a request (the caller has checked access). */
  async latest(requestId: string, m: EntityManager | DataSource = this.ds): Promise<Shortlist | null> {
    const found = await this.repo.latest(requestId, m);
    if (!found) return null;
    return this.toView(m, found.shortlist, found.entries);
  }

  private async toView(m: EntityManager | DataSource, s: ShortlistRow, entries: EntryRow[]): Promise<Shortlist> {
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
    const known = missing.length ? await this.offerings.names(m, missing) : new Map<string, { title: string; organizationName: string }>();
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
    return this.repo.entryFor(m, requestId, offeringId);
  }

  /**
   * Entries of the latest shortlist not referred yet (in shortlist order): the next candidates.
   * `referred`: the offerings the request was already referred to (the referrals feature knows).
   */
  async nextCandidates(requestId: string, referred: readonly string[], limit: number, m: EntityManager | DataSource = this.ds): Promise<ShortlistEntry[]> {
    return (await this.repo.latestEntriesExcept(m, requestId, referred, limit)).map(toEntryView);
  }

  /** The offerings on the request's latest shortlist, in order. */
  latestOfferingIds(m: EntityManager, requestId: string): Promise<string[]> {
    return this.repo.latestOfferingIds(m, requestId);
  }

  /** How the latest shortlist stands (entries, uncovered needs), or null before the first. */
  latestCounts(requestId: string): Promise<{ entries: number; uncovered: number } | null> {
    return this.repo.latestCounts(requestId);
  }

  /** Of `requestIds`, those whose latest shortlist left one of `categories` uncovered. */
  leavingUncovered(m: EntityManager, requestIds: readonly string[], categories: readonly string[]): Promise<Set<string>> {
    return this.repo.leavingUncovered(m, requestIds, categories);
  }
}
