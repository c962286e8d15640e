import type { GeoPoint } from './request.types';
import type { CareLevel } from './senior-profile.types';

/** 介護保険適用 (covered) vs 介護保険適用外 (not covered). */
export type InsuranceCoverage = 'covered' | 'not_covered';
export type PriceUnit = 'per_hour' | 'per_visit' | 'per_month' | 'free';
export type CapacityStatus = 'available' | 'waitlist' | 'full';

/**
 * GeoJSON Polygon (RFC 7946): rings of [lng, lat] positions; the first ring is the outer
 * boundary, any further rings are holes. Each ring is closed (first position = last).
 */
export interface GeoJsonPolygon {
  readonly type: 'Polygon';
  readonly coordinates: ReadonlyArray<ReadonlyArray<readonly number[]>>;
}

export type ServiceArea =
  /** Listed municipalities, by 5-digit JIS code. */
  | { readonly kind: 'municipalities'; readonly codes: readonly string[] }
  /** Circle around a centre; `radiusM` in metres, boundary included. */
  | { readonly kind: 'radius'; readonly lat: number; readonly lng: number; readonly radiusM: number }
  /** Arbitrary area, holes allowed; boundary included. */
  | { readonly kind: 'polygon'; readonly geometry: GeoJsonPolygon };

/**
 * The matching service's read model of a published offering (built from catalogue events).
 * A business listing: no personal data.
 */
export interface OfferingReadModel {
  readonly id: string;
  readonly organizationId: string;
  /** Taxonomy category codes the offering serves. */
  readonly categories: readonly string[];
  readonly coverage: InsuranceCoverage;
  /** Price in yen per `priceUnit` (0 when free). */
  readonly priceYen: number;
  readonly priceUnit: PriceUnit;
  /**
   * Care levels the offering accepts; empty = no care-level requirement. Independently of this
   * list, a `covered` offering is only available to certified seniors (要支援/要介護).
   */
  readonly eligibleCareLevels: readonly CareLevel[];
  /** Inclusive age limits in whole years; absent/null = no limit. */
  readonly minAge?: number | null;
  readonly maxAge?: number | null;
  /** Days of week served, 0 = Sunday … 6 = Saturday; empty = not fixed (by arrangement). */
  readonly days: readonly number[];
  /** BCP-47 primary subtags; empty = Japanese only. */
  readonly languages: readonly string[];
  readonly capacity: CapacityStatus;
  /** ISO-8601 instant the operator last confirmed `capacity`. */
  readonly capacityConfirmedAt: string;
  readonly serviceArea: ServiceArea;
  /** Where the service starts from (office, kitchen); null for area-wide/remote services. */
  readonly base: GeoPoint | null;
}
