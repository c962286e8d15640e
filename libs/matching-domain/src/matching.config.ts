import { MatchingInputError } from './input.errors';

/**
 * Relative weights of the score parts. They are normalised (divided by their sum), so only
 * their ratios matter; a part with weight 0 is still computed and shown but adds nothing.
 */
export interface ScoreWeights {
  readonly distance: number;
  readonly needsCoverage: number;
  readonly price: number;
  readonly freshness: number;
}

export interface ScoringConfig {
  readonly weights: ScoreWeights;
  readonly distance: {
    /** value = 0.5 ^ (distanceM / halfValueDistanceM): halves every this many metres. */
    readonly halfValueDistanceM: number;
    /** Value (0..1) used when the offering has no base point or the senior no location. */
    readonly unknownValue: number;
  };
  readonly price: {
    /**
     * Within budget (or free, or no budget given) = 1. Over budget the value falls linearly
     * and reaches 0 at budget × (1 + this ratio).
     */
    readonly zeroValueAtOverBudgetRatio: number;
  };
  readonly freshness: {
    /** value = max(0, 1 − daysSinceConfirmed / staleAfterDays); stale from this age on. */
    readonly staleAfterDays: number;
  };
}

export interface RotationConfig {
  /**
   * Score points (0–100 scale). A band starts at the best remaining candidate (its leader) and
   * holds every remaining candidate scoring ≥ leader − bandWidth. 0 = only exact ties rotate.
   */
  readonly bandWidth: number;
  /** How many top positions count as exposure (and are balanced by rotation). */
  readonly topPositions: number;
}

export interface FilterConfig {
  /** false (default): language is shown as information only; true: it excludes. */
  readonly languageIsHardFilter: boolean;
}

export interface MatchingConfig {
  readonly scoring: ScoringConfig;
  readonly rotation: RotationConfig;
  readonly filters: FilterConfig;
}

export type MatchingConfigOverrides = {
  readonly scoring?: {
    readonly weights?: Partial<ScoreWeights>;
    readonly distance?: Partial<ScoringConfig['distance']>;
    readonly price?: Partial<ScoringConfig['price']>;
    readonly freshness?: Partial<ScoringConfig['freshness']>;
  };
  readonly rotation?: Partial<RotationConfig>;
  readonly filters?: Partial<FilterConfig>;
};

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.values(o as Record<string, unknown>).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

export const DEFAULT_MATCHING_CONFIG: MatchingConfig = deepFreeze({
  scoring: {
    weights: { distance: 0.3, needsCoverage: 0.4, price: 0.15, freshness: 0.15 },
    distance: { halfValueDistanceM: 2000, unknownValue: 0.5 },
    price: { zeroValueAtOverBudgetRatio: 0.5 },
    freshness: { staleAfterDays: 30 },
  },
  rotation: { bandWidth: 5, topPositions: 3 },
  filters: { languageIsHardFilter: false },
});

/** Lists what is wrong with a config (empty when valid). */
export function validateMatchingConfig(c: MatchingConfig): string[] {
  const issues: string[] = [];
  const finiteNonNeg = (v: number, name: string) => {
    if (!Number.isFinite(v) || v < 0) issues.push(`${name} must be a finite number ≥ 0`);
  };
  const w = c.scoring.weights;
  finiteNonNeg(w.distance, 'scoring.weights.distance');
  finiteNonNeg(w.needsCoverage, 'scoring.weights.needsCoverage');
  finiteNonNeg(w.price, 'scoring.weights.price');
  finiteNonNeg(w.freshness, 'scoring.weights.freshness');
  if (w.distance + w.needsCoverage + w.price + w.freshness <= 0) issues.push('scoring.weights must not all be 0');
  if (!(c.scoring.distance.halfValueDistanceM > 0) || !Number.isFinite(c.scoring.distance.halfValueDistanceM))
    issues.push('scoring.distance.halfValueDistanceM must be > 0');
  const u = c.scoring.distance.unknownValue;
  if (!Number.isFinite(u) || u < 0 || u > 1) issues.push('scoring.distance.unknownValue must be within 0..1');
  const r = c.scoring.price.zeroValueAtOverBudgetRatio;
  if (!(r > 0) || !Number.isFinite(r)) issues.push('scoring.price.zeroValueAtOverBudgetRatio must be > 0');
  const s = c.scoring.freshness.staleAfterDays;
  if (!(s > 0) || !Number.isFinite(s)) issues.push('scoring.freshness.staleAfterDays must be > 0');
  finiteNonNeg(c.rotation.bandWidth, 'rotation.bandWidth');
  if (!Number.isInteger(c.rotation.topPositions) || c.rotation.topPositions < 1)
    issues.push('rotation.topPositions must be an integer ≥ 1');
  if (typeof c.filters.languageIsHardFilter !== 'boolean') issues.push('filters.languageIsHardFilter must be boolean');
  return issues;
}

/** Defaults overlaid with the given overrides; validated, frozen. Throws MatchingInputError. */
export function resolveMatchingConfig(overrides: MatchingConfigOverrides = {}): MatchingConfig {
  const d = DEFAULT_MATCHING_CONFIG;
  const o = overrides;
  const merged: MatchingConfig = {
    scoring: {
      weights: { ...d.scoring.weights, ...o.scoring?.weights },
      distance: { ...d.scoring.distance, ...o.scoring?.distance },
      price: { ...d.scoring.price, ...o.scoring?.price },
      freshness: { ...d.scoring.freshness, ...o.scoring?.freshness },
    },
    rotation: { ...d.rotation, ...o.rotation },
    filters: { ...d.filters, ...o.filters },
  };
  const issues = validateMatchingConfig(merged);
  if (issues.length) throw new MatchingInputError('matching config', issues);
  return deepFreeze(merged);
}
