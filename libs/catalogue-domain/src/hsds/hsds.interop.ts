/**
 * HSDS 3.0 as other publishers write it: document shapes, what our model does not hold (kept and
 * written back), other taxonomies' terms, other countries' phone numbers.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collections of the exchange document (HsdsCatalogueDocument) plus `service_at_locations`, which others publish. */
export const HSDS_DOCUMENT_COLLECTIONS = ['organizations', 'services', 'locations', 'taxonomies', 'taxonomy_terms', 'service_at_locations'] as const;
export type HsdsDocumentCollection = (typeof HSDS_DOCUMENT_COLLECTIONS)[number];

/** The shape a document came in (see normalizeHsdsDocument). */
export type HsdsDocumentShape = 'collections' | 'list' | 'organization' | 'service' | 'location' | 'service_at_location' | 'taxonomy' | 'taxonomy_term' | 'unknown';

const COLLECTION_OF: Record<Exclude<HsdsDocumentShape, 'collections' | 'list' | 'unknown'>, HsdsDocumentCollection> = {
  organization: 'organizations',
  service: 'services',
  location: 'locations',
  service_at_location: 'service_at_locations',
  taxonomy: 'taxonomies',
  taxonomy_term: 'taxonomy_terms',
};

/** Paging fields of the HSDS API's list responses (`/services` …): not data, dropped on import. */
export const HSDS_PAGING_FIELDS = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'] as const;

/**
 * Which HSDS object a bare object is, by the fields only that object has (the official schemas'
 * required fields and distinctive properties): `location_type` → location; `status` → service;
 * a `service`/`location` object or `service_id` + `location_id` without `name` → service_at_location;
 * `code`, `taxonomy`, `taxonomy_id`, `taxonomy_detail`, `parent_id` or `term_uri` → taxonomy_term;
 * only id/name/description/uri/version → taxonomy; `name` + `description` → organization.
 */
export function hsdsObjectKind(o: unknown): HsdsDocumentShape {
  if (!isRecord(o) || typeof o.id !== 'string') return 'unknown';
  if ('location_type' in o) return 'location';
  if ('status' in o && 'name' in o) return 'service';
  if (!('name' in o) && (isRecord(o.service) || isRecord(o.location) || ('service_id' in o && 'location_id' in o))) return 'service_at_location';
  if (['code', 'taxonomy', 'taxonomy_id', 'taxonomy_detail', 'parent_id', 'term_uri'].some((k) => k in o)) return 'taxonomy_term';
  if (typeof o.name === 'string' && typeof o.description === 'string') {
    return Object.keys(o).every((k) => ['id', 'name', 'description', 'uri', 'version', 'metadata'].includes(k)) ? 'taxonomy' : 'organization';
  }
  return 'unknown';
}

export interface NormalizedHsdsDocument {
  shape: HsdsDocumentShape;
  /** The document in the collection shape. */
  doc: Record<string, unknown>;
  /** Turns a JSON Pointer into `doc` back into one into the document as sent. */
  toSource: (pointer: string) => string;
}

/**
 * Accepts the shapes HSDS 3.0 publishers write: the collection document (ours), a bare object
 * (`service_full.json`, `organization_full.json`, `location.json`, `taxonomy.json`…) and an API
 * list page (`{ total_items, …, contents: [...] }`). Returns the collection shape and a pointer
 * translator, or null when the value is none of them.
 */
export function normalizeHsdsDocument(doc: unknown): NormalizedHsdsDocument | null {
  if (!isRecord(doc)) return null;
  // A bare object can hold collections too (a service's `service_at_locations`, an organization's
  // `services`); only a document without an id of its own is the collection shape.
  if (typeof doc.id !== 'string' && HSDS_DOCUMENT_COLLECTIONS.some((c) => c in doc)) return { shape: 'collections', doc, toSource: (p) => p };
  if (Array.isArray(doc.contents)) {
    const out: Record<string, unknown[]> = {};
    const back = new Map<string, string>();
    doc.contents.forEach((item, i) => {
      const kind = hsdsObjectKind(item);
      const collection = kind in COLLECTION_OF ? COLLECTION_OF[kind as keyof typeof COLLECTION_OF] : 'services';
      const list = (out[collection] ??= []);
      back.set(`/${collection}/${list.length}`, `/contents/${i}`);
      list.push(item);
    });
    return {
      shape: 'list',
      doc: out,
      toSource: (p) => {
        const m = /^(\/[a-z_]+\/\d+)(.*)$/.exec(p);
        const hit = m ? back.get(m[1]) : undefined;
        return hit !== undefined && m ? hit + m[2] : p;
      },
    };
  }
  const kind = hsdsObjectKind(doc);
  if (kind === 'unknown' || kind === 'collections' || kind === 'list') return null;
  const collection = COLLECTION_OF[kind];
  const prefix = `/${collection}/0`;
  return { shape: kind, doc: { [collection]: [doc] }, toSource: (p) => (p === prefix || p.startsWith(`${prefix}/`) ? p.slice(prefix.length) : p) };
}

/**
 * What an imported object held that our model does not: its other fields, kept as sent and
 * written back on export. `fields`: properties our export does not write (or writes as an empty
 * list); `appended`: elements added to a list our export writes (a service's attributes with terms
 * of other taxonomies).
 */
export interface HsdsExtra {
  fields: Record<string, unknown>;
  appended: Record<string, unknown[]>;
}

const isEmptyExtra = (e: HsdsExtra) => Object.keys(e.fields).length === 0 && Object.keys(e.appended).length === 0;

/** The extra of `original` given what our export writes for the same object (null when nothing is extra). */
export function extraOf(original: Record<string, unknown>, ours: Record<string, unknown>, appended: Record<string, unknown[]> = {}): HsdsExtra | null {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(original)) {
    const mine = ours[k];
    if (mine === undefined || (Array.isArray(mine) && mine.length === 0 && !(Array.isArray(v) && v.length === 0))) fields[k] = v;
  }
  const extra = { fields, appended: Object.fromEntries(Object.entries(appended).filter(([, v]) => v.length > 0)) };
  return isEmptyExtra(extra) ? null : extra;
}

/** Writes an extra back into an exported object (fields our export now writes win; appended elements with an id already present are skipped). */
export function applyExtra<T extends object>(ours: T, extra: HsdsExtra | null | undefined): T {
  if (!extra) return ours;
  const out: Record<string, unknown> = { ...(ours as Record<string, unknown>) };
  for (const [k, v] of Object.entries(extra.fields)) {
    const mine = out[k];
    if (mine === undefined || (Array.isArray(mine) && mine.length === 0)) out[k] = v;
  }
  for (const [k, list] of Object.entries(extra.appended)) {
    const mine = Array.isArray(out[k]) ? (out[k] as unknown[]) : [];
    const ids = new Set(mine.map((x) => (isRecord(x) ? x.id : undefined)));
    out[k] = [...mine, ...list.filter((x) => !(isRecord(x) && ids.has(x.id)))];
  }
  return out as T;
}

/**
 * An HSDS object our model cannot hold as a listing, kept as sent (an other publisher's service,
 * location, taxonomy, term, service_at_location, or a tabular row of another table) and written
 * back on export. `collection` is the document collection, or the tabular table name (`phones`,
 * `funding`…) for rows of tables that have no document collection.
 */
export interface HsdsHeldRecord {
  collection: string;
  id: string;
  /** The organization it belongs to, when it says (`organization_id`, or a nested `organization`). */
  organizationId: string | null;
  object: Record<string, unknown>;
}

export function organizationIdOf(o: Record<string, unknown>): string | null {
  if (typeof o.organization_id === 'string') return o.organization_id;
  if (isRecord(o.organization) && typeof o.organization.id === 'string') return o.organization.id;
  return null;
}

/** What an import keeps besides the snapshot. */
export interface HsdsInterop {
  /** Extras by organization id and by offering id. */
  organizationExtras: Record<string, HsdsExtra>;
  offeringExtras: Record<string, HsdsExtra>;
  held: HsdsHeldRecord[];
  /** True when the document carried the category taxonomy (an admin's import applies it). */
  taxonomyFromDocument: boolean;
}

export const emptyInterop = (): HsdsInterop => ({ organizationExtras: {}, offeringExtras: {}, held: [], taxonomyFromDocument: false });

/**
 * One line of the mapping from other taxonomies' terms to our category codes. `taxonomy` matches
 * the term's taxonomy by id, name or uri (the term's `taxonomy_id`, `taxonomy`, `taxonomy_detail`
 * or the document's taxonomy object), case-insensitively; `code` matches the term's code, or
 * `name` its name, when `code` is not given.
 */
export interface HsdsTermMappingEntry {
  taxonomy: string;
  code?: string;
  name?: string;
  categories: string[];
  note?: string;
}

export interface HsdsTermMapping {
  entries: HsdsTermMappingEntry[];
}

export interface ForeignTerm {
  taxonomyKeys: string[];
  code: string | undefined;
  name: string | undefined;
}

/** Our category codes for a term of another taxonomy, or null when the mapping has no line for it. */
export function mapForeignTerm(mapping: HsdsTermMapping | undefined, term: ForeignTerm): string[] | null {
  if (!mapping) return null;
  const keys = new Set(term.taxonomyKeys.map((k) => k.trim().toLowerCase()));
  const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
  const hit = mapping.entries.find(
    (e) => keys.has(e.taxonomy.trim().toLowerCase()) && (e.code !== undefined ? same(e.code, term.code) : same(e.name, term.name)),
  );
  return hit ? hit.categories : null;
}

/**
 * A phone number of any country as HSDS publishers write it (spaces, hyphens, dots, brackets,
 * stray quotes as in the official example `"+44 1234 234567"`): its E.164 form, or null.
 */
export function e164(number: string): string | null {
  const digits = number.normalize('NFKC').replace(/["'\s\-.()]/g, '');
  return /^\+[1-9]\d{6,14}$/.test(digits) ? digits : null;
}
