/**
 * An offering as stored: the record the services work with, and its mapping to and from the
 * `offering` table (pure; the SQL is in offering.repository.ts).
 */
import type { ListingStatus, Offering } from '@sanpuku/catalogue-domain';
import type { OfferingExtras } from './offering.draft';
import { searchColumnsOf } from './offering.search-columns';

export interface OfferingRecord {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationAlternateName: string | null;
  status: ListingStatus;
  /** Version of the last event published about this offering (0 = none yet). */
  version: number;
  offering: Offering;
  extras: OfferingExtras;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
}

/** Columns written on insert/update, in the order of offeringRowValues. */
export const OFFERING_COLUMNS = [
  'id',
  'organization_id',
  'status',
  'version',
  'document',
  'title_en',
  'description_en',
  'price_includes',
  'eligibility_notes',
  'served_municipalities',
  'title_sort',
  'categories',
  'coverage',
  'price_yen',
  'price_unit',
  'no_certification',
  'care_levels',
  'min_age',
  'max_age',
  'days',
  'capacity_status',
  'capacity_confirmed_at',
  'details_confirmed_at',
  'languages',
  'area_kind',
  'min_lat',
  'max_lat',
  'min_lng',
  'max_lng',
  'base_lat',
  'base_lng',
  'search_tokens',
  'created_at',
  'updated_at',
  'submitted_at',
  'published_at',
] as const;

/** SQL casts per column, for parameter lists ($n::type). */
export const OFFERING_COLUMN_TYPES: Record<(typeof OFFERING_COLUMNS)[number], string> = {
  id: 'uuid',
  organization_id: 'uuid',
  status: 'text',
  version: 'int',
  document: 'jsonb',
  title_en: 'text',
  description_en: 'text',
  price_includes: 'text',
  eligibility_notes: 'text',
  served_municipalities: 'text[]',
  title_sort: 'text',
  categories: 'text[]',
  coverage: 'text',
  price_yen: 'int',
  price_unit: 'text',
  no_certification: 'boolean',
  care_levels: 'text[]',
  min_age: 'smallint',
  max_age: 'smallint',
  days: 'int[]',
  capacity_status: 'text',
  capacity_confirmed_at: 'timestamptz',
  details_confirmed_at: 'timestamptz',
  languages: 'text[]',
  area_kind: 'text',
  min_lat: 'float8',
  max_lat: 'float8',
  min_lng: 'float8',
  max_lng: 'float8',
  base_lat: 'float8',
  base_lng: 'float8',
  search_tokens: 'text[]',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  submitted_at: 'timestamptz',
  published_at: 'timestamptz',
};

export function offeringRowValues(r: OfferingRecord): unknown[] {
  const c = searchColumnsOf(r.offering, r.extras, { name: r.organizationName, alternateName: r.organizationAlternateName });
  return [
    r.id,
    r.organizationId,
    r.status,
    r.version,
    JSON.stringify(r.offering),
    r.extras.titleEn,
    r.extras.descriptionEn,
    r.extras.priceIncludes,
    r.extras.eligibilityNotes,
    c.servedMunicipalities,
    c.titleSort,
    c.categories,
    c.coverage,
    c.priceYen,
    c.priceUnit,
    c.noCertification,
    c.careLevels,
    c.minAge,
    c.maxAge,
    c.days,
    c.capacityStatus,
    c.capacityConfirmedAt,
    c.detailsConfirmedAt,
    c.languages,
    c.areaKind,
    c.bbox?.minLat ?? null,
    c.bbox?.maxLat ?? null,
    c.bbox?.minLng ?? null,
    c.bbox?.maxLng ?? null,
    c.baseLat,
    c.baseLng,
    c.searchTokens,
    r.createdAt,
    r.updatedAt,
    r.submittedAt,
    r.publishedAt,
  ];
}

/** The SELECT list (offering `o` joined with organization `org`) that offeringFromRow reads. */
export const OFFERING_SELECT = `o.id, o.organization_id, o.status, o.version, o.document, o.title_en, o.description_en, o.price_includes,
  o.eligibility_notes, o.served_municipalities, o.created_at, o.updated_at, o.submitted_at, o.published_at,
  org.name AS organization_name, org.alternate_name AS organization_alternate_name`;

export function offeringFromRow(row: Record<string, any>): OfferingRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    organizationAlternateName: row.organization_alternate_name ?? null,
    status: row.status,
    version: row.version,
    offering: row.document as Offering,
    extras: {
      titleEn: row.title_en,
      descriptionEn: row.description_en,
      priceIncludes: row.price_includes,
      eligibilityNotes: row.eligibility_notes,
      servedMunicipalityCodes: row.served_municipalities,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
  };
}
