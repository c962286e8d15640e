// @sanpuku/matching-domain: pure eligibility, scoring, fair rotation, referral lifecycle and
// demand/neutrality aggregation. No Nest, no DB, no I/O, no clock, no randomness.

export {
  AGE_BANDS,
  AGE_BAND_LABELS,
  AGE_BAND_RANGES,
  CARE_LEVELS,
  CARE_LEVEL_LABELS,
  isAgeBand,
  isCareLevel,
  isCertified,
} from './senior-profile.types';
export type { AgeBand, AgeRange, Bilingual, CareLevel, CertifiedCareLevel } from './senior-profile.types';
export type { CoveragePreference, GeoPoint, HelpRequestFacts, HelpRequestPreferences } from './request.types';
export type {
  CapacityStatus,
  GeoJsonPolygon,
  InsuranceCoverage,
  OfferingReadModel,
  PriceUnit,
  ServiceArea,
} from './offering.types';

export { MatchingInputError, monthKeyJst } from './input.errors';
export { validateHelpRequest, validateOffering } from './request.validation';

export {
  DEFAULT_MATCHING_CONFIG,
  resolveMatchingConfig,
  validateMatchingConfig,
} from './matching.config';
export type {
  FilterConfig,
  MatchingConfig,
  MatchingConfigOverrides,
  RotationConfig,
  ScoreWeights,
  ScoringConfig,
} from './matching.config';

export { DISTANCE_MODEL, geodesicDistanceM } from './geo.distance';

export { COVERAGE_LABELS, FILTER_REASON_CODES, filterReasonMessage, PRICE_UNIT_LABELS } from './reason.messages';
export type { FilterReasonCode } from './reason.messages';
export { evaluateHardFilters, HARD_FILTERS, languageName } from './filters.rules';
export type {
  FilterDetailValue,
  FilterOutcome,
  HardFilterEvaluation,
  HardFilterName,
  HardFilterOptions,
} from './filters.rules';

export { SCORE_PARTS, scoreOffering } from './scoring.rules';
export type { OfferingScore, ScoreDetailValue, ScorePart, ScorePartName } from './scoring.rules';

export { rotationTieBreakHash } from './stable-hash.util';
export { emptyExposureState, formBands, rotateShortlist } from './rotation.policy';
export type {
  Band,
  ExposureChange,
  ExposureCounter,
  ExposureState,
  Placement,
  PlacementRule,
  RotationCandidate,
  RotationResult,
} from './rotation.policy';

export { buildShortlist } from './shortlist.pipeline';
export type {
  CandidateExplanation,
  ExcludedOffering,
  ShortlistEntry,
  ShortlistExposureRecord,
  ShortlistInput,
  ShortlistResult,
} from './shortlist.pipeline';

export { buildNeutralityReport, eligibilityFromExposureLog } from './neutrality-report.aggregate';
export type {
  EligibilityCount,
  ExposureLogRecord,
  NeutralityReport,
  NeutralityReportInput,
  OperatorNeutralityRow,
} from './neutrality-report.aggregate';

export { aggregateUnmetDemand } from './unmet-demand.aggregate';
export type {
  UnmetDemandAggregate,
  UnmetDemandCell,
  UnmetDemandOptions,
  UnmetDemandRecord,
} from './unmet-demand.aggregate';

export {
  REFERRAL_ACTIONS,
  REFERRAL_ACTION_LABELS,
  REFERRAL_ROLE_LABELS,
  REFERRAL_STATUSES,
  REFERRAL_STATUS_LABELS,
  TERMINAL_REFERRAL_STATUSES,
} from './referral.types';
export type {
  HoldableStatus,
  ReferralAction,
  ReferralActor,
  ReferralActorRole,
  ReferralHistoryEntry,
  ReferralState,
  ReferralStatus,
  ReferralTransitionResult,
} from './referral.types';
export {
  InvalidReferralTransitionError,
  ReferralActorNotPermittedError,
  ReferralReasonError,
  ReferralTransitionError,
} from './referral.errors';
export type { ReferralErrorCode } from './referral.errors';
export {
  allowedReferralActions,
  applyReferralAction,
  createReferralDraft,
  EXPIRY_REASON_CODE,
  expireIfDue,
  REASON_CODE_PATTERN,
  REFERRAL_REASON_CODES,
  isReferralReasonCode,
  REFERRAL_TRANSITIONS,
  responseDueAt,
} from './referral.state-machine';
export type {
  ExpiryCheck,
  ReferralCommand,
  ReferralExpiryConfig,
  ReferralTransitionRule,
} from './referral.state-machine';
export { inSentence, words, wordsOf } from './words';
export { japanDateTime, japanDay } from './japan-time';

// The vocabulary of consent and of help requests that several matching features share.
export * from './consent.vocabulary';
export * from './help-request.vocabulary';
