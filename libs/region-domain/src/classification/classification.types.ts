import { DistanceModel } from '../geodesic/distance.model';
import { DensityTier } from '../rules/density-tier.rule';
import { RecommendedModel } from '../rules/recommended-model.catalogue';
import { Segment, SegmentReason } from '../rules/segment.rule';

/* ------------------------------------------------------------------ inputs */

/** Kinds of unit in the municipality master. */
export type UnitType = 'municipality' | 'tokyo_special_ward' | 'designated_city' | 'designated_city_ward';

/** Designated cities (政令指定都市) are classified either as one city or as their wards. */
export type ClassificationLevel = 'city' | 'wards';

export interface MunicipalityInput {
  /** 5-digit JIS municipality code (市区町村コード). */
  readonly code: string;
  readonly name?: string | null;
  readonly unitType: UnitType;
  /** For `designated_city_ward`: the 5-digit code of its city. */
  readonly parentCode?: string | null;
  /** Residents (persons, ≥ 0). */
  readonly population: number;
  /** Area (km², > 0). */
  readonly areaKm2: number;
  /** Residents aged 75+; apportioned to blocks that have no count of their own. */
  readonly pop75Plus?: number | null;
  /** Residents aged 75+ certified care level 3 or higher (要介護3以上); estimated when absent. */
  readonly care3Plus?: number | null;
}

/** A town block (町丁字 / 大字・町丁目) with its representative point (代表地点). */
export interface TownBlockInput {
  /** Unique id (e.g. the 12-digit 大字町丁目コード). */
  readonly id: string;
  /** 5-digit code of the smallest unit it belongs to (the ward, in designated cities). */
  readonly municipalityCode: string;
  readonly name?: string | null;
  /** Degrees (JGD2000/JGD2011 ≈ WGS84). */
  readonly lat: number;
  readonly lng: number;
  /** Residents aged 75+ in this block, when the census small-area table provides it. */
  readonly pop75Plus?: number | null;
  /** Of them, certified care level 3+; rarely known per block. */
  readonly care3Plus?: number | null;
}

/** A shopping resource (買い物拠点): a point with a category. */
export interface ResourceInput {
  /** Unique id; what-if removals refer to it. */
  readonly id: string;
  /** e.g. 'supermarket' | 'convenience' | 'drugstore'; the policy lists which count. */
  readonly category: string;
  readonly lat: number;
  readonly lng: number;
  readonly name?: string | null;
}

export interface ClassificationInput {
  readonly municipalities: readonly MunicipalityInput[];
  readonly blocks: readonly TownBlockInput[];
  readonly resources: readonly ResourceInput[];
  /** Default 'city'. */
  readonly level?: ClassificationLevel;
}

/* ------------------------------------------------------------- diagnostics */

export type DiagnosticCode =
  | 'duplicate_municipality'
  | 'invalid_municipality_code'
  | 'invalid_population'
  | 'invalid_area'
  | 'ward_without_parent_city'
  | 'designated_city_without_wards'
  | 'blocks_of_invalid_municipality'
  | 'block_unknown_municipality'
  | 'block_in_city_classified_by_wards'
  | 'block_invalid_location'
  | 'duplicate_block'
  | 'resource_invalid_location'
  | 'duplicate_resource'
  | 'resource_category_not_counted'
  | 'resource_not_found'
  | 'missing_75plus'
  | 'block_75plus_exceeds_municipality'
  | 'block_care3plus_exceeds_municipality'
  | 'care3plus_exceeds_75plus'
  | 'no_town_blocks';

export interface Diagnostic {
  /** error: input was dropped; warning: a figure was clamped or is missing; info: FYI. */
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly municipalityCode?: string;
  readonly blockId?: string;
  readonly resourceId?: string;
}

/* ----------------------------------------------------------------- results */

/** How the 75+ figures of a municipality's blocks were obtained. */
export type Pop75Method =
  /** every block had its own count */
  | 'block_counts'
  /** no block had a count: the municipality's 75+ split equally over its blocks */
  | 'apportioned_equally'
  /** some blocks had counts: the rest of the municipality's 75+ split equally over the others */
  | 'remainder_apportioned_equally'
  /** no municipality figure to apportion: blocks without a count were given 0 */
  | 'missing'
  /** the unit has no town blocks: nothing to apportion to */
  | 'no_blocks';

/** How the care-level-3+ figures of a municipality's blocks were obtained. */
export type Care3Method =
  /** every block had its own count */
  | 'block_counts'
  /** the municipality's care3+ (minus any block counts) split by each block's share of 75+ */
  | 'apportioned_by_75plus_share'
  /** no municipality figure: policy.care3PlusRatioOf75Plus × the block's 75+ */
  | 'ratio_of_75plus'
  /** the unit has no town blocks: nothing to apportion to */
  | 'no_blocks';

export interface EstimationInfo {
  /** True when any figure below is not a direct count. */
  readonly estimated: boolean;
  readonly pop75Method: Pop75Method;
  readonly care3Method: Care3Method;
  /** Blocks with at least one estimated figure. */
  readonly estimatedBlockCount: number;
}

export type SufficiencyUndefinedReason =
  /** The unit has no town blocks to measure. */
  | 'no_town_blocks'
  /** The unit's blocks hold no at-home elderly (0/0). */
  | 'no_at_home_elderly';

export interface MunicipalityClassification {
  readonly code: string;
  readonly name: string | null;
  readonly unitType: UnitType;
  readonly population: number;
  readonly areaKm2: number;
  /** population / areaKm2 (persons per km²). */
  readonly densityPerKm2: number;
  readonly tier: DensityTier;
  readonly blockCount: number;
  /** Blocks with at least one counted resource within the radius. */
  readonly coveredBlockCount: number;
  /** Σ over blocks of the 75+ figures used (may be fractional when apportioned). */
  readonly pop75Plus: number;
  readonly care3Plus: number;
  /** 在宅高齢者: Σ over blocks of (75+ − care3+). */
  readonly atHomeElderly: number;
  /** At-home elderly of covered blocks. */
  readonly coveredAtHomeElderly: number;
  /** coveredAtHomeElderly / atHomeElderly in [0, 1]; null when undefined (see reason). */
  readonly sufficiency: number | null;
  readonly sufficiencyUndefinedReason: SufficiencyUndefinedReason | null;
  readonly segment: Segment;
  readonly segmentReason: SegmentReason;
  readonly recommendedModel: RecommendedModel;
  readonly estimation: EstimationInfo;
}

/** What makes a result reproducible. */
export interface ClassificationProvenance {
  readonly policyId: string;
  readonly policyVersion: number;
  /** `<id>@<version>`. */
  readonly policyRef: string;
  readonly distanceModel: DistanceModel;
  /** e.g. `ellipsoid:WGS84`, `sphere:6371008.8`. */
  readonly distanceModelRef: string;
  readonly radiusM: number;
  readonly resourceCategories: readonly string[];
  readonly level: ClassificationLevel;
}

export interface ClassificationStats {
  readonly unitCount: number;
  readonly blockCount: number;
  readonly coveredBlockCount: number;
  /** Resources of counted categories with valid locations. */
  readonly countedResourceCount: number;
  readonly ignoredResourceCount: number;
  /** Block–resource pairs that needed the exact geodesic (inside the 2 cm guard band). */
  readonly exactDistanceEvaluations: number;
}

export interface ClassificationRun extends ClassificationProvenance {
  /** One entry per classification unit, in input order. */
  readonly municipalities: readonly MunicipalityClassification[];
  readonly diagnostics: readonly Diagnostic[];
  readonly stats: ClassificationStats;
}

/** GeoJSON (RFC 7946) types used by explanations. Coordinates are [lng, lat]. */
export interface PointFeature<P> {
  readonly type: 'Feature';
  readonly id: string;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: P;
}
export interface FeatureCollection<P> {
  readonly type: 'FeatureCollection';
  readonly features: readonly PointFeature<P>[];
}

export interface UncoveredBlockProperties {
  readonly blockId: string;
  readonly name: string | null;
  readonly pop75Plus: number;
  readonly care3Plus: number;
  readonly atHomeElderly: number;
  /** True when this block's 75+ or care3+ figure is estimated. */
  readonly estimated: boolean;
}

export interface MunicipalityExplanation extends MunicipalityClassification {
  readonly provenance: ClassificationProvenance;
  /** Thresholds that applied, for display. */
  readonly thresholds: {
    readonly generalCityMinPerKm2: number;
    readonly largeCityMinPerKm2: number;
    readonly segmentAMin: number;
    readonly segmentBMin: number;
  };
  /** Plain-language account of how the figures were obtained, in Japanese (no codes, ids or ISO dates). */
  readonly notesJa: readonly string[];
  /** The same sentences in English. */
  readonly notesEn: readonly string[];
  /** Blocks with no counted resource within the radius. */
  readonly uncoveredBlocks: FeatureCollection<UncoveredBlockProperties>;
}

/* ---------------------------------------------------------------- what-if */

export interface ResourceChange {
  /** Resources to add (ids must be new). Uncounted categories are ignored with a diagnostic. */
  readonly add?: readonly ResourceInput[];
  /** Ids of counted resources to remove. */
  readonly remove?: readonly string[];
}

export interface BlockCoverageChange {
  readonly blockId: string;
  readonly municipalityCode: string;
  readonly name: string | null;
  readonly lat: number;
  readonly lng: number;
  readonly atHomeElderly: number;
  /** Counted resources within the radius, before and after. */
  readonly resourcesWithinBefore: number;
  readonly resourcesWithinAfter: number;
  readonly coveredBefore: boolean;
  readonly coveredAfter: boolean;
}

export interface MunicipalityState {
  readonly coveredBlockCount: number;
  readonly coveredAtHomeElderly: number;
  readonly sufficiency: number | null;
  readonly segment: Segment;
  readonly segmentReason: SegmentReason;
}

export interface MunicipalityWhatIf {
  readonly code: string;
  readonly name: string | null;
  readonly atHomeElderly: number;
  readonly before: MunicipalityState;
  readonly after: MunicipalityState;
  readonly segmentChanged: boolean;
}

export interface WhatIfResult extends ClassificationProvenance {
  /** Blocks whose covered/uncovered status flips. */
  readonly changedBlocks: readonly BlockCoverageChange[];
  /** Municipalities containing a changed block (others are unaffected). */
  readonly municipalities: readonly MunicipalityWhatIf[];
  /** Blocks whose resource count changed (including those that did not flip). */
  readonly touchedBlockCount: number;
  readonly diagnostics: readonly Diagnostic[];
}
