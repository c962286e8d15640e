import { CERTIFIED_CARE_LEVELS } from '@sanpuku/kernel';
/**
 * The catalogue's offering model (what an operator lists). Field names follow the event
 * contract `OfferingSnapshot` in @sanpuku/contracts where both have the field.
 * Coordinates are WGS84/JGD2000 decimal degrees (the two agree to well under a metre).
 */

/** 要支援1–2 and 要介護1–5. */
/** The levels an offering can require: the shared kernel's certified levels. */
export const CARE_LEVELS = CERTIFIED_CARE_LEVELS;
export type CareLevel = (typeof CARE_LEVELS)[number];

/** Headline price units. `free` requires an amount of 0. */
export const PRICE_UNITS = ['per_hour', 'per_visit', 'per_month', 'free'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

/** Units of additional costs (入会金 and the like are `one_time`). */
export const OTHER_COST_UNITS = ['per_hour', 'per_visit', 'per_month', 'one_time'] as const;
export type OtherCostUnit = (typeof OTHER_COST_UNITS)[number];

/** 介護保険適用 / 介護保険適用外. */
export const INSURANCE_COVERAGES = ['covered', 'not_covered'] as const;
export type InsuranceCoverage = (typeof INSURANCE_COVERAGES)[number];

export const CAPACITY_STATUSES = ['available', 'waitlist', 'full'] as const;
export type CapacityStatus = (typeof CAPACITY_STATUSES)[number];

/** 0 = Sunday … 6 = Saturday (as `Date#getDay`). */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface LatLng {
  lat: number;
  lng: number;
}

/** A GeoJSON (RFC 7946) Polygon: positions are `[lng, lat]`; ring 0 is the outer ring, the rest are holes. */
export interface GeoJsonPolygon {
  type: 'Polygon';
  coordinates: number[][][];
}

export type MunicipalitiesServiceArea = { kind: 'municipalities'; codes: string[] };
export type RadiusServiceArea = { kind: 'radius'; base: LatLng; radiusM: number };
export type PolygonServiceArea = { kind: 'polygon'; geometry: GeoJsonPolygon };
export type ServiceArea = MunicipalitiesServiceArea | RadiusServiceArea | PolygonServiceArea;
export type ServiceAreaKind = ServiceArea['kind'];

/** One weekly opening slot in Japan time (JST, UTC+9, no DST). `closesAt` is after `opensAt` on the same day. */
export interface ScheduleSlot {
  day: DayOfWeek;
  /** `HH:MM`, 00:00–23:59. */
  opensAt: string;
  /** `HH:MM`, 00:00–23:59, later than opensAt (split overnight service into two slots). */
  closesAt: string;
}

export interface Eligibility {
  /** `'none_required'`, or the certification levels accepted (at least one). */
  careLevels: 'none_required' | CareLevel[];
  /** Whole years, inclusive; null = no bound. */
  minAge: number | null;
  maxAge: number | null;
}

export interface Price {
  /** Whole yen, tax included (総額表示). */
  amountYen: number;
  unit: PriceUnit;
}

export interface OtherCost {
  /** e.g. 入会金, 交通費. */
  label: string;
  amountYen: number;
  unit: OtherCostUnit;
}

export interface Capacity {
  status: CapacityStatus;
  /** ISO 8601 date-time with offset, when the operator last confirmed the status. */
  confirmedAt: string;
}

export interface ComplaintDesk {
  name: string;
  phone: string | null;
  email: string | null;
}

export type LiabilityInsurance =
  | { enrolled: true; insurer: string; coverageSummary: string | null }
  | { enrolled: false };

export type EffectClaim =
  | { claimed: false }
  | { claimed: true; claim: string; evidence: string | null; evidenceUrl: string | null };

/** The common disclosure items besides price and coverage (see the disclosure module). null = not yet stated. */
export interface OfferingDisclosure {
  staffQualifications: string | null;
  liabilityInsurance: LiabilityInsurance | null;
  complaintDesk: ComplaintDesk | null;
  cancellationTerms: string | null;
  effectClaim: EffectClaim | null;
}

/** A validated offering (the output of `validateOffering`). Free text is Japanese. */
export interface Offering {
  id: string;
  organizationId: string;
  name: string;
  description: string | null;
  /** Taxonomy category codes; the first is the primary category. */
  categories: string[];
  price: Price;
  otherCosts: OtherCost[];
  coverage: InsuranceCoverage;
  eligibility: Eligibility;
  /** Sorted by day, then opensAt (validation sorts it). */
  schedule: ScheduleSlot[];
  capacity: Capacity;
  /** ISO 8601 date-time with offset, when the operator last confirmed the listing's details. */
  detailsConfirmedAt: string;
  /** BCP 47 language tags in canonical case, e.g. `ja`, `en`, `zh-Hant`, `pt-BR`. */
  languages: string[];
  serviceArea: ServiceArea;
  /** The operator's base (事業所) for distance ordering; null when there is none. */
  base: LatLng | null;
  disclosure: OfferingDisclosure;
}

/** Japan's bounding box used to reject misplaced coordinates (lat 20–46, lng 122–154, inclusive). */
export const JAPAN_BOUNDS = { minLat: 20, maxLat: 46, minLng: 122, maxLng: 154 } as const;

export function isWithinJapanBounds(p: LatLng): boolean {
  return (
    p.lat >= JAPAN_BOUNDS.minLat && p.lat <= JAPAN_BOUNDS.maxLat && p.lng >= JAPAN_BOUNDS.minLng && p.lng <= JAPAN_BOUNDS.maxLng
  );
}
