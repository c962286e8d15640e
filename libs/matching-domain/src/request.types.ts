import type { AgeBand, CareLevel } from './senior-profile.types';

/** WGS84 decimal degrees. */
export interface GeoPoint {
  readonly lat: number;
  readonly lng: number;
}

export type CoveragePreference = 'covered' | 'not_covered' | 'any';

export interface HelpRequestPreferences {
  /** 'covered' = 介護保険適用 only, 'not_covered' = 介護保険適用外 only, 'any' = either. */
  readonly coverage: CoveragePreference;
  /**
   * Maximum yen the senior will pay per unit the offering charges by (per hour, per visit or
   * per month: the offering's own `priceUnit`). Soft: it only affects the score, never filters.
   */
  readonly budgetYen?: number | null;
  /** Days of week the senior wants service on: 0 = Sunday … 6 = Saturday (JS `getDay`). */
  readonly preferredDays?: readonly number[] | null;
  /** Preferred language, BCP-47 primary subtag such as 'ja', 'en', 'pt', 'zh', 'vi'. */
  readonly language?: string | null;
}

/**
 * The matchable facts of one help request. No name, address or notes: only what the filters
 * and scoring need.
 */
export interface HelpRequestFacts {
  readonly careLevel: CareLevel;
  readonly ageBand: AgeBand;
  /** 5-digit JIS municipality code (市区町村コード) of the senior's residence. */
  readonly municipalityCode: string;
  /** The senior's location (e.g. town-block representative point); null if not known. */
  readonly location: GeoPoint | null;
  /** Taxonomy category codes, e.g. ['meal_delivery', 'monitoring_emergency']. At least one. */
  readonly needs: readonly string[];
  readonly preferences: HelpRequestPreferences;
}
