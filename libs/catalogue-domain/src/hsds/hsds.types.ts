/**
 * The HSDS 3.0 objects Sanpuku writes (a subset of the fields of the official schemas in
 * ./schema, openreferral/specification tag v3.0). Optional fields are omitted, never null
 * (the schemas type them as plain strings/numbers).
 */

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code?: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy?: string;
  language?: string;
  taxonomy_id?: string;
  term_uri?: string;
}

export interface HsdsAttribute {
  id: string;
  link_id?: string;
  taxonomy_term_id?: string;
  link_type?: string;
  link_entity?: string;
  value?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
}

export interface HsdsPhone {
  id: string;
  organization_id?: string;
  contact_id?: string;
  service_id?: string;
  location_id?: string;
  number: string;
  type?: string;
  description?: string;
}

export interface HsdsOrganizationIdentifier {
  id: string;
  organization_id?: string;
  identifier_scheme?: string;
  identifier_type: string;
  identifier: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email?: string;
  website?: string;
  phones?: HsdsPhone[];
  organization_identifiers?: HsdsOrganizationIdentifier[];
}

export interface HsdsSchedule {
  id: string;
  service_id?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  timezone?: number;
  description?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  until?: string;
  count?: number;
  wkst?: string;
  byweekno?: string;
  bymonthday?: string;
  byyearday?: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id?: string;
  name?: string;
  description?: string;
  extent?: string;
  extent_type?: string;
  uri?: string;
  attributes?: HsdsAttribute[];
}

export interface HsdsCostOption {
  id: string;
  service_id?: string;
  option?: string;
  currency?: string;
  amount?: number;
  amount_description?: string;
  valid_from?: string;
  valid_to?: string;
  attributes?: HsdsAttribute[];
}

export interface HsdsLanguage {
  id: string;
  service_id?: string;
  name?: string;
  code?: string;
  note?: string;
}

export interface HsdsContact {
  id: string;
  service_id?: string;
  name?: string;
  title?: string;
  department?: string;
  email?: string;
  phones?: HsdsPhone[];
  attributes?: HsdsAttribute[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id?: string;
  location_id?: string;
  description?: string;
  location?: HsdsLocation;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  organization_id?: string;
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
}

export type HsdsServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  status: HsdsServiceStatus;
  fees_description?: string;
  accreditations?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  schedules?: HsdsSchedule[];
  service_areas?: HsdsServiceArea[];
  cost_options?: HsdsCostOption[];
  languages?: HsdsLanguage[];
  contacts?: HsdsContact[];
  service_at_locations?: HsdsServiceAtLocation[];
  attributes?: HsdsAttribute[];
}

/**
 * The exchange document: one JSON object whose collections hold HSDS 3.0 objects, each valid
 * against its schema (organization.json, service.json, location.json, taxonomy.json,
 * taxonomy_term.json). HSDS 3.0 defines the objects and an API (/organizations, /services,
 * /taxonomies, /taxonomy_terms) but no single-file bundle; the collection names follow those
 * endpoints, and `version` follows the API's `/` response.
 */
export interface HsdsCatalogueDocument {
  version: '3.0';
  organizations: HsdsOrganization[];
  services: HsdsService[];
  locations: HsdsLocation[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
  /** Only when the catalogue keeps other publishers' service_at_location objects (written back as sent). */
  service_at_locations?: HsdsServiceAtLocation[];
}

/** Names of the official schema files (in ./schema) a top-level item is validated against. */
export type HsdsSchemaName = 'organization' | 'service' | 'location' | 'taxonomy' | 'taxonomy_term' | 'service_at_location';

export const HSDS_COLLECTION_SCHEMAS = {
  organizations: 'organization',
  services: 'service',
  locations: 'location',
  taxonomies: 'taxonomy',
  taxonomy_terms: 'taxonomy_term',
  service_at_locations: 'service_at_location',
} as const satisfies Record<Exclude<keyof HsdsCatalogueDocument, 'version'>, HsdsSchemaName>;
