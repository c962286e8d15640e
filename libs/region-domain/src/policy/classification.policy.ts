import { DistanceModel, ELLIPSOID_WGS84_MODEL } from '../geodesic/distance.model';
import { ELLIPSOIDS } from '@sanpuku/kernel';
import { GUARD_BAND_M, MAX_SUPPORTED_RADIUS_M } from '../geodesic/radius.predicate';

/**
 * Everything that decides a classification, named and versioned so a result can be
 * reproduced: a result carries `policyRef` (`<id>@<version>`) and its distance model.
 * Change any value ⇒ new version (or new id).
 */
export interface ClassificationPolicy {
  readonly id: string;
  readonly version: number;
  readonly description: string;
  /** A block is covered when a counted resource lies within this distance of its point (m, inclusive). */
  readonly radiusM: number;
  readonly distanceModel: DistanceModel;
  /** Density tiers (persons/km²); each tier includes its lower bound. */
  readonly densityTiers: {
    /** rural < generalCityMin ≤ general_city < largeCityMin ≤ large_city */
    readonly generalCityMinPerKm2: number;
    readonly largeCityMinPerKm2: number;
  };
  /** Sufficiency thresholds (0–1); each segment includes its lower bound. */
  readonly sufficiencyThresholds: {
    /** A: non-rural and sufficiency ≥ segmentAMin. */
    readonly segmentAMin: number;
    /** B: non-rural and segmentBMin ≤ sufficiency < segmentAMin. Below: C. */
    readonly segmentBMin: number;
  };
  /** Resource categories that count as shopping resources (買い物拠点). */
  readonly resourceCategories: readonly string[];
  /**
   * Used only when a municipality has no care-level-3+ figure: care3+ ≈ ratio × 75+, and the
   * result is marked estimated.
   */
  readonly care3PlusRatioOf75Plus: number;
}

/**
 * The seed's rules (METI deck, 地域ごとの特性): 500 m, density 200 / 2,000 per km², sufficiency
 * 40 % / 80 %, supermarkets, convenience stores and drugstores, measured on the WGS84 ellipsoid
 * like PostGIS `geography`.
 *
 * `care3PlusRatioOf75Plus = 0.10` is NOT from the seed: it is a rough national figure (about
 * 2 million people aged 75+ certified 要介護3–5 against about 19 million aged 75+, 介護保険事業状況報告
 * and 住民基本台帳, 2022) used until a municipality's own figure is supplied.
 */
export const SEED_DEFAULT_POLICY: ClassificationPolicy = deepFreeze({
  id: 'seed-default',
  version: 1,
  description:
    'Seed rules: 500 m walking radius (inclusive) on the WGS84 ellipsoid; density tiers 200/2000 per km²; ' +
    'segments A ≥ 80 %, B ≥ 40 % sufficiency for non-rural municipalities; resources: supermarket, convenience, drugstore.',
  radiusM: 500,
  distanceModel: ELLIPSOID_WGS84_MODEL,
  densityTiers: { generalCityMinPerKm2: 200, largeCityMinPerKm2: 2000 },
  sufficiencyThresholds: { segmentAMin: 0.8, segmentBMin: 0.4 },
  resourceCategories: ['supermarket', 'convenience', 'drugstore'],
  care3PlusRatioOf75Plus: 0.1,
});

/** `<id>@<version>`, the form stored with results and events (e.g. `seed-default@1`). */
export function policyRef(policy: Pick<ClassificationPolicy, 'id' | 'version'>): string {
  return `${policy.id}@${policy.version}`;
}

/** Problems with a policy; empty when valid. */
export function validatePolicy(policy: ClassificationPolicy): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(policy.id ?? '')) problems.push('id must be a non-empty slug ([A-Za-z0-9._-])');
  if (!Number.isInteger(policy.version) || policy.version < 1) problems.push('version must be a positive integer');
  if (!(policy.radiusM > GUARD_BAND_M && policy.radiusM <= MAX_SUPPORTED_RADIUS_M)) {
    problems.push(`radiusM must be in (${GUARD_BAND_M}, ${MAX_SUPPORTED_RADIUS_M}]`);
  }
  const model = policy.distanceModel;
  if (model?.kind === 'ellipsoid') {
    if (!(model.ellipsoid in ELLIPSOIDS)) problems.push(`unknown ellipsoid ${String(model.ellipsoid)}`);
  } else if (model?.kind === 'sphere') {
    if (!(model.radiusM > 6_000_000 && model.radiusM < 6_500_000)) problems.push('sphere radius must be an Earth radius in metres');
  } else {
    problems.push('distanceModel.kind must be "ellipsoid" or "sphere"');
  }
  const { generalCityMinPerKm2: g, largeCityMinPerKm2: l } = policy.densityTiers ?? ({} as never);
  if (!(g > 0 && l > g && Number.isFinite(l))) problems.push('density tiers must satisfy 0 < generalCityMin < largeCityMin');
  const { segmentAMin: a, segmentBMin: b } = policy.sufficiencyThresholds ?? ({} as never);
  if (!(b > 0 && a > b && a <= 1)) problems.push('sufficiency thresholds must satisfy 0 < segmentBMin < segmentAMin ≤ 1');
  if (!Array.isArray(policy.resourceCategories) || policy.resourceCategories.length === 0) {
    problems.push('resourceCategories must list at least one category');
  }
  if (!(policy.care3PlusRatioOf75Plus >= 0 && policy.care3PlusRatioOf75Plus < 1)) {
    problems.push('care3PlusRatioOf75Plus must be in [0, 1)');
  }
  return problems;
}

export class InvalidPolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid classification policy: ${problems.join('; ')}`);
    this.name = 'InvalidPolicyError';
  }
}

export function assertValidPolicy(policy: ClassificationPolicy): void {
  const problems = validatePolicy(policy);
  if (problems.length > 0) throw new InvalidPolicyError(problems);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
