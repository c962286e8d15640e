import { evaluateHardFilters, type FilterOutcome } from './filters.rules';
import { DISTANCE_MODEL } from './geo.distance';
import { assertValidNow, MatchingInputError } from './input.errors';
import { DEFAULT_MATCHING_CONFIG, type MatchingConfig, validateMatchingConfig } from './matching.config';
import type { OfferingReadModel } from './offering.types';
import type { HelpRequestFacts } from './request.types';
import { assertValidHelpRequest, validateOffering } from './request.validation';
import {
  type Band,
  emptyExposureState,
  type ExposureChange,
  type ExposureState,
  type Placement,
  rotateShortlist,
} from './rotation.policy';

export type PlacementReason = Omit<Placement, 'position' | 'offeringId' | 'organizationId' | 'score' | 'bandId'>;
import { type ScorePart, scoreOffering } from './scoring.rules';

export interface ShortlistInput {
  readonly request: HelpRequestFacts;
  /** Every published offering that could be relevant (the service may pre-filter by area/category). */
  readonly offerings: readonly OfferingReadModel[];
  /** Exposure state of this request's rotation scope; null = none yet. */
  readonly exposureState: ExposureState | null;
  /** Drives the tie-break hash; use the request id (reproducible, differs per request). */
  readonly rotationKey: string;
  /** The evaluation time (freshness, timestamps). Never read from the clock inside the lib. */
  readonly now: Date;
  /** Defaults to DEFAULT_MATCHING_CONFIG; build overrides with resolveMatchingConfig(). */
  readonly config?: MatchingConfig;
}

/** Why a candidate is on the list: every criterion met and every score part. */
export interface CandidateExplanation {
  /** Hard-filter outcomes that passed (code + ja/en), in filter order. */
  readonly criteriaMet: readonly FilterOutcome[];
  /** Informational outcomes that did not pass (e.g. language not listed); never exclude. */
  readonly notes: readonly FilterOutcome[];
  readonly scoreParts: readonly ScorePart[];
}

export interface ShortlistEntry {
  /** 1-based. */
  readonly position: number;
  readonly offeringId: string;
  readonly organizationId: string;
  /** 0–100. */
  readonly score: number;
  readonly bandId: string;
  /** How rotation placed it (the rotation's placement without the fields repeated above). */
  readonly placement: PlacementReason;
  readonly explanation: CandidateExplanation;
}

export interface ExcludedOffering {
  readonly offeringId: string;
  readonly organizationId: string;
  /** The hard filters it failed (at least one). */
  readonly failed: readonly FilterOutcome[];
}

/** One line of the exposure log, for every listed position (the neutrality report reads these). */
export interface ShortlistExposureRecord {
  readonly rotationKey: string;
  readonly offeringId: string;
  readonly organizationId: string;
  readonly position: number;
  readonly score: number;
  readonly bandId: string;
  readonly municipalityCode: string;
  /** ISO-8601 = `now`. */
  readonly at: string;
}

export interface ShortlistResult {
  readonly rotationKey: string;
  readonly generatedAt: string;
  readonly municipalityCode: string;
  /** Every offering that passed the hard filters, in display order. */
  readonly entries: readonly ShortlistEntry[];
  readonly bands: readonly Band[];
  /** Offerings that failed a hard filter, with reasons (input order). */
  readonly excluded: readonly ExcludedOffering[];
  /** Requested categories no listed offering covers (unmet demand; all needs when entries is empty). */
  readonly uncoveredNeeds: readonly string[];
  /** Persist this (replacing the input state) in the same transaction as the shortlist. */
  readonly nextExposureState: ExposureState;
  readonly exposureChanges: readonly ExposureChange[];
  readonly exposureRecords: readonly ShortlistExposureRecord[];
  /** What the result was computed with, for the audit trail. */
  readonly model: {
    readonly distanceModel: typeof DISTANCE_MODEL;
    readonly config: MatchingConfig;
  };
}

/**
 * The whole pipeline: hard filters → scoring → bands → fair rotation.
 * Pure: the output depends only on the input (offering input order does not matter).
 */
export function buildShortlist(input: ShortlistInput): ShortlistResult {
  const config = input.config ?? DEFAULT_MATCHING_CONFIG;
  const configIssues = validateMatchingConfig(config);
  if (configIssues.length) throw new MatchingInputError('matching config', configIssues);
  assertValidHelpRequest(input.request);
  assertValidNow(input.now, 'shortlist input');
  const offeringIssues = input.offerings.flatMap(validateOffering);
  const seen = new Set<string>();
  for (const o of input.offerings) {
    if (seen.has(o.id)) offeringIssues.push(`duplicate offering id ${o.id}`);
    seen.add(o.id);
  }
  if (offeringIssues.length) throw new MatchingInputError('offerings', offeringIssues);

  const { request, now, rotationKey } = input;
  const excluded: ExcludedOffering[] = [];
  const survivors = new Map<
    string,
    { offering: OfferingReadModel; score: number; explanation: CandidateExplanation }
  >();
  for (const offering of input.offerings) {
    const evaluation = evaluateHardFilters(request, offering, {
      languageIsHardFilter: config.filters.languageIsHardFilter,
    });
    if (!evaluation.passed) {
      excluded.push({ offeringId: offering.id, organizationId: offering.organizationId, failed: evaluation.failed });
      continue;
    }
    const scored = scoreOffering(request, offering, now, config.scoring);
    survivors.set(offering.id, {
      offering,
      score: scored.score,
      explanation: {
        criteriaMet: evaluation.outcomes.filter((o) => o.passed),
        notes: evaluation.outcomes.filter((o) => !o.passed),
        scoreParts: scored.parts,
      },
    });
  }

  const rotation = rotateShortlist(
    [...survivors.values()].map((s) => ({
      offeringId: s.offering.id,
      organizationId: s.offering.organizationId,
      score: s.score,
    })),
    input.exposureState ?? emptyExposureState(),
    rotationKey,
    config.rotation,
  );

  const at = now.toISOString();
  const entries: ShortlistEntry[] = rotation.placements.map(({ position, offeringId, organizationId, score, bandId, ...placement }) => ({
    position,
    offeringId,
    organizationId,
    score,
    bandId,
    placement,
    explanation: survivors.get(offeringId)!.explanation,
  }));

  const coveredByList = new Set(entries.flatMap((e) => survivors.get(e.offeringId)!.offering.categories));
  const uncoveredNeeds = [...new Set(request.needs)].filter((n) => !coveredByList.has(n));

  return {
    rotationKey,
    generatedAt: at,
    municipalityCode: request.municipalityCode,
    entries,
    bands: rotation.bands,
    excluded,
    uncoveredNeeds,
    nextExposureState: rotation.nextState,
    exposureChanges: rotation.changes,
    exposureRecords: entries.map((e) => ({
      rotationKey,
      offeringId: e.offeringId,
      organizationId: e.organizationId,
      position: e.position,
      score: e.score,
      bandId: e.bandId,
      municipalityCode: request.municipalityCode,
      at,
    })),
    model: { distanceModel: DISTANCE_MODEL, config },
  };
}
