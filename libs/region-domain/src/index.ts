/**
 * @sanpuku/region-domain — pure market-viability classification (docs/domain.md §4).
 * No NestJS, no database, no I/O. See README.md for the algorithm and the decisions.
 */

// Classification (main entry points)
export { classify, ClassificationSession } from './classification/classification.session';
export type { SessionTimings } from './classification/classification.session';
export type * from './classification/classification.types';

// Policy
export {
  SEED_DEFAULT_POLICY,
  policyRef,
  validatePolicy,
  assertValidPolicy,
  InvalidPolicyError,
} from './policy/classification.policy';
export type { ClassificationPolicy } from './policy/classification.policy';

// Rules
export { densityTier, populationDensity, DENSITY_TIER_LABELS } from './rules/density-tier.rule';
export type { DensityTier } from './rules/density-tier.rule';
export { decideSegment } from './rules/segment.rule';
export type { Segment, SegmentReason } from './rules/segment.rule';
export { RECOMMENDED_MODELS, recommendedModelFor } from './rules/recommended-model.catalogue';
export type { RecommendedModel } from './rules/recommended-model.catalogue';
export { atLeast, THRESHOLD_RELATIVE_TOLERANCE } from './rules/threshold.compare';

// Units and figures
export { selectClassificationUnits } from './units/classification-units.selector';
export type { UnitSelection } from './units/classification-units.selector';
export { apportionElderly } from './apportion/elderly.apportion';
export type {
  ApportionmentResult,
  ApportionWarning,
  BlockElderlyFigures,
  UnitElderlyFigures,
} from './apportion/elderly.apportion';

// Geodesy and spatial index
export { WGS84, GRS80, MEAN_EARTH_RADIUS_M } from './geodesic/ellipsoid.constants';
export type { Ellipsoid } from './geodesic/ellipsoid.constants';
export { geodesicInverse, geodesicDistance, GeodesicConvergenceError } from './geodesic/geodesic.inverse';
export type { GeodesicInverseResult } from './geodesic/geodesic.inverse';
export { geodesicDirect } from './geodesic/geodesic.direct';
export type { GeodesicDirectResult } from './geodesic/geodesic.direct';
export { haversineDistance, sphereDirect } from './geodesic/sphere.distance';
export {
  ELLIPSOID_WGS84_MODEL,
  SPHERE_MEAN_RADIUS_MODEL,
  BOUNDARY_TOLERANCE_M,
  describeDistanceModel,
  exactDistanceFunction,
} from './geodesic/distance.model';
export type { DistanceModel } from './geodesic/distance.model';
export { RadiusPredicate, GUARD_BAND_M, MAX_SUPPORTED_RADIUS_M } from './geodesic/radius.predicate';
export { LatBandIndex } from './spatial/lat-band.index';

// Codes and coordinates (for importers)
export {
  normalizeCodeText,
  lgCheckDigit,
  toLgCode6,
  isValidJisCode5,
  isValidLgCode6,
  parseMunicipalityCode,
} from './codes/jis-code.validator';
export type { MunicipalityCodeParseResult } from './codes/jis-code.validator';
export { JAPAN_BOUNDS, isInJapanBounds } from './codes/coordinate.bounds';

// Town-block name search
export {
  normaliseTownBlockName,
  kanjiNumeralToArabic,
  TOWN_BLOCK_QUERY_MAX_LENGTH,
  TOWN_BLOCK_PAGE_MAX,
} from './search/town-block-name.normalise';
export { sufficiencyPercent } from './rules/sufficiency-percent';

// Municipal boundaries (国土数値情報 N03) and their simplification for drawing
export { parseBoundaryFeatures, mergeBoundariesByCode, boundingBox } from './boundaries/n03.features';
export type {
  BoundaryFeature,
  BoundaryParseResult,
  BoundaryProblem,
  BoundaryProblemCode,
  MergedBoundary,
  MultiPolygonCoords,
  PolygonCoords,
  Position,
  Ring,
} from './boundaries/n03.features';
export {
  douglasPeucker,
  simplifyRing,
  quantiseRing,
  simplifyMultiPolygon,
  positionCount,
  PREFECTURE_SIMPLIFICATION,
  JAPAN_SIMPLIFICATION,
} from './boundaries/boundary.simplify';
export type { Simplification } from './boundaries/boundary.simplify';
