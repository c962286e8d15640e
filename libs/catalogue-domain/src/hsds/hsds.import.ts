import type { z } from 'zod';
import { validateCorporateNumber } from '../corporate-number/corporate-number';
import type { CareLevel, LatLng, ScheduleSlot, ServiceArea } from '../model/offering.model';
import type { Offering } from '../model/offering.model';
import type { Organization } from '../model/organization.model';
import { normalizeJapanesePhone, validateOffering } from '../offering-validation/offering-validation';
import { validateOrganization } from '../organization/organization-validation';
import { fieldError, type FieldError } from '../shared/field-error';
import { categoryCodesOf, type ServiceTaxonomy, type TaxonomyTerm } from '../taxonomy/taxonomy.model';
import { exportOneOrganization, exportOneService, JP_CORPORATE_NUMBER_SCHEME, RADIUS_EXTENT_MARKER, type CatalogueSnapshot } from './hsds.export';
import {
  e164,
  emptyInterop,
  extraOf,
  mapForeignTerm,
  normalizeHsdsDocument,
  organizationIdOf,
  type HsdsHeldRecord,
  type HsdsInterop,
  type HsdsTermMapping,
} from './hsds.interop';
import { HSDS_ERROR_MESSAGES, type HsdsErrorCode } from './hsds.messages';
import { HSDS_STRUCTURE, checkHsdsStructure } from './hsds.structure';
import { HSDS_COLLECTION_SCHEMAS, type HsdsSchemaName } from './hsds.types';
import { ATTR, ATTR_TERMS, PRICE_UNIT_LABELS_JA, SANPUKU_ATTRIBUTE_TAXONOMY, SANPUKU_ATTRIBUTE_TAXONOMY_ID } from './sanpuku-attribute-taxonomy';

/**
 * An external JSON-Schema validator (e.g. ajv with the files in ./schema). Called once per
 * top-level item with the name of its schema file; returns problems with `instancePath` a JSON
 * Pointer relative to the item (ajv ≥ 8 `instancePath`, or ajv 6 `dataPath` with jsonPointers).
 */
export type HsdsJsonSchemaValidator = (schema: HsdsSchemaName, instance: unknown) => Array<{ instancePath: string; message: string }>;

export interface HsdsImportOptions {
  /** Also validate each item against the official JSON schemas (this library ships no validator). */
  jsonSchemaValidator?: HsdsJsonSchemaValidator;
  /** Which taxonomy holds the service categories; by default the only one that is not Sanpuku's attribute taxonomy. */
  categoryTaxonomyId?: string;
  /** Category codes offerings may use; default: the leaf terms of the imported category taxonomy. */
  categoryCodes?: ReadonlySet<string>;
  knownMunicipalityCodes?: ReadonlySet<string>;
  /** Organizations already in the catalogue: a service may refer to them without carrying them. */
  knownOrganizationIds?: ReadonlySet<string>;
  /** Our service taxonomy as it is now: the category taxonomy of documents that carry none. */
  serviceTaxonomy?: ServiceTaxonomy;
  /** Objects already kept as written by the caller (rows of tabular tables that nest nowhere). */
  extraHeld?: HsdsHeldRecord[];
  /** Other taxonomies' terms → our category codes (see HsdsTermMapping). */
  termMapping?: HsdsTermMapping;
}

/**
 * `warnings`: what was imported differently from how it was written (a term of another taxonomy
 * with no mapping kept as an attribute, another publisher's service kept as sent instead of
 * listed, a price in another currency) — each with its JSON Pointer into the document as sent.
 */
export type HsdsImportResult =
  | { ok: true; value: CatalogueSnapshot; interop: HsdsInterop; warnings: FieldError[] }
  | { ok: false; errors: FieldError[]; warnings: FieldError[] };

const NO_TAXONOMY: ServiceTaxonomy = { id: '', name: '', description: '', version: '', terms: [] };

type Structure<N extends keyof typeof HSDS_STRUCTURE> = z.infer<(typeof HSDS_STRUCTURE)[N]>;
type HService = Structure<'service'>;
type HAttribute = Structure<'attribute'>;
type HTerm = Structure<'taxonomy_term'>;
type HLocation = Structure<'location'>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Maps JSON Pointers of the model (offering/organization) to JSON Pointers of the HSDS document. */
class SourceMap {
  private readonly map = new Map<string, string>();
  constructor(private readonly fallback: string) {}
  set(modelPath: string, hsdsPath: string): void {
    this.map.set(modelPath, hsdsPath);
  }
  /** The HSDS pointer registered for the longest registered prefix of modelPath (or the fallback). */
  translate(modelPath: string): string {
    let p = modelPath;
    for (;;) {
      const hit = this.map.get(p);
      if (hit !== undefined) return hit;
      if (p === '') return this.fallback;
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }
}

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

type ParsedTime = { ok: true; hhmm: string } | { ok: false; code: 'hsds_time_invalid' | 'hsds_timezone_unsupported' };

/** HH:MM[:SS][offset] → HH:MM in JST. No offset = JST (or the schedule's `timezone`, which must be 9). */
function parseHsdsTime(value: string): ParsedTime {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(value.trim());
  if (!m) return { ok: false, code: 'hsds_time_invalid' };
  const [, h, min, sec, offset] = m;
  if (sec !== undefined && Number(sec) !== 0) return { ok: false, code: 'hsds_time_invalid' };
  if (offset !== undefined && !/^\+09(:?00)?$/.test(offset)) return { ok: false, code: 'hsds_timezone_unsupported' };
  return { ok: true, hhmm: `${h.padStart(2, '0')}:${min}` };
}

const ATTR_TERM_BY_CODE = new Map(SANPUKU_ATTRIBUTE_TAXONOMY.terms.map((t) => [t.code, t]));
const familyLabels = (family: string) => {
  const t = ATTR_TERM_BY_CODE.get(family);
  return { labelJa: t?.labelJa ?? family, labelEn: t?.labelEn ?? family };
};
const termLabels = (code: string) => {
  const t = ATTR_TERM_BY_CODE.get(code);
  return { labelJa: t?.labelJa ?? code, labelEn: t?.labelEn ?? code };
};

interface ResolvedTerm {
  taxonomyId: string | undefined;
  code: string | undefined;
}

class Importer {
  readonly errors: FieldError[] = [];
  private readonly termsById = new Map<string, HTerm>();
  private readonly locationsById = new Map<string, { path: string; value: HLocation }>();
  private readonly organizationIds = new Set<string>();
  private categoryTaxonomyId: string | undefined;

  constructor(private readonly options: HsdsImportOptions) {}

  /** The same problem can surface once per expanded slot (a schedule covering five days): report it once. */
  private uniqueErrors(): FieldError[] {
    const seen = new Set<string>();
    return this.errors.filter((e) => {
      const key = `${e.path}\u0000${e.code}\u0000${e.messageJa}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  error(path: string, code: HsdsErrorCode, params?: Record<string, unknown>): void {
    this.errors.push(fieldError(path, code, HSDS_ERROR_MESSAGES[code], params));
  }

  readonly warnings: FieldError[] = [];
  private readonly interop: HsdsInterop = emptyInterop();
  private taxonomyDocs = new Map<string, Structure<'taxonomy'>>();
  private serviceTaxonomy: ServiceTaxonomy | undefined;

  warn(path: string, code: HsdsErrorCode, params?: Record<string, unknown>): void {
    this.warnings.push(fieldError(path, code, HSDS_ERROR_MESSAGES[code], params));
  }

  private termOf(a: HAttribute): HTerm | undefined {
    const id = a.taxonomy_term_id ?? a.taxonomy_term?.id;
    return id === undefined ? undefined : (this.termsById.get(id) ?? (a.taxonomy_term?.id === id ? a.taxonomy_term : undefined));
  }

  /** A service written with Sanpuku's attribute facts is a listing; another publisher's is kept as sent. */
  private isListing(svc: HService): boolean {
    return (svc.attributes ?? []).some((a) => this.termOf(a)?.taxonomy_id === SANPUKU_ATTRIBUTE_TAXONOMY_ID);
  }

  run(input: unknown): HsdsImportResult {
    if (!isRecord(input)) {
      this.error('', 'hsds_document_invalid');
      return { ok: false, errors: this.errors, warnings: [] };
    }
    const norm = normalizeHsdsDocument(input);
    if (!norm) {
      this.error('', 'hsds_nothing_to_import');
      return { ok: false, errors: this.errors, warnings: [] };
    }
    const result = this.runCollections(norm.doc);
    const translate = (list: FieldError[]) => list.map((e) => ({ ...e, path: norm.toSource(e.path) }));
    return result.ok
      ? { ...result, warnings: translate(this.uniqueOf(this.warnings)) }
      : { ok: false, errors: translate(result.errors), warnings: translate(this.uniqueOf(this.warnings)) };
  }

  private runCollections(doc: Record<string, unknown>): HsdsImportResult {
    if (doc.version !== undefined && !(typeof doc.version === 'string' && /^3(\.\d+)*$/.test(doc.version)))
      this.error('/version', 'hsds_version_unsupported', { value: String(doc.version) });

    this.interop.held.push(...(this.options.extraHeld ?? []));
    const items = {
      organizations: this.collection(doc, 'organizations'),
      services: this.collection(doc, 'services'),
      locations: this.collection(doc, 'locations'),
      taxonomies: this.collection(doc, 'taxonomies'),
      taxonomy_terms: this.collection(doc, 'taxonomy_terms'),
      service_at_locations: this.collection(doc, 'service_at_locations'),
    };

    for (const { value } of items.taxonomy_terms) this.termsById.set(value.id, value);
    for (const { path, value } of items.locations) this.locationsById.set(value.id, { path, value });
    for (const { value } of items.organizations) this.organizationIds.add(value.id);
    for (const { value } of items.taxonomies) this.taxonomyDocs.set(value.id, value);

    const listings = items.services.filter((s) => this.isListing(s.value));
    const held = (collection: string, raw: unknown) => {
      const object = raw as Record<string, unknown>;
      this.interop.held.push({ collection, id: String(object.id), organizationId: organizationIdOf(object), object });
    };
    for (const s of items.services) {
      if (listings.includes(s)) continue;
      held('services', s.raw);
      this.warn(s.path, 'hsds_service_held');
      (s.value.cost_options ?? []).forEach((co, k) => {
        if (co.currency !== undefined && co.currency.toUpperCase() !== 'JPY') this.warn(`${s.path}/cost_options/${k}/currency`, 'hsds_currency_unsupported');
      });
    }

    const taxonomy = this.importTaxonomy(items.taxonomies, items.taxonomy_terms, listings.length > 0);
    for (const t of items.taxonomies)
      if (t.value.id !== SANPUKU_ATTRIBUTE_TAXONOMY_ID && t.value.id !== this.categoryTaxonomyId) held('taxonomies', t.raw);
    for (const t of items.taxonomy_terms)
      if (t.value.taxonomy_id !== SANPUKU_ATTRIBUTE_TAXONOMY_ID && (t.value.taxonomy_id === undefined || t.value.taxonomy_id !== this.categoryTaxonomyId))
        held('taxonomy_terms', t.raw);
    for (const sal of items.service_at_locations) held('service_at_locations', sal.raw);
    const usedLocations = new Set(listings.flatMap((s) => (s.value.service_at_locations ?? []).map((x) => x.location_id)));
    for (const l of items.locations) if (!usedLocations.has(l.value.id)) held('locations', l.raw);

    const organizations = items.organizations.map(({ path, value, raw }) => this.importOrganization(path, value, raw as Record<string, unknown>));
    const categoryCodes = this.options.categoryCodes ?? (taxonomy ? categoryCodesOf(taxonomy) : new Set<string>());
    const offerings = listings.map(({ path, value, raw }) => this.importService(path, value, categoryCodes, raw as Record<string, unknown>, taxonomy));

    if (this.errors.length > 0 || (listings.length > 0 && !taxonomy)) return { ok: false, errors: this.uniqueErrors(), warnings: [] };
    const value = {
      taxonomy: taxonomy ?? this.serviceTaxonomy ?? NO_TAXONOMY,
      organizations: organizations.filter((o): o is Organization => o !== null),
      offerings: offerings.filter((o): o is Offering => o !== null),
    };
    if (value.organizations.length + value.offerings.length + this.interop.held.length === 0 && !this.interop.taxonomyFromDocument) {
      this.error('', 'hsds_nothing_to_import');
      return { ok: false, errors: this.errors, warnings: [] };
    }
    return { ok: true, value, interop: this.interop, warnings: [] };
  }

  private uniqueOf(list: FieldError[]): FieldError[] {
    const seen = new Set<string>();
    return list.filter((e) => {
      const key = `${e.path}\u0000${e.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** Structurally valid items of one collection (others reported), with their JSON Pointers; duplicate ids reported. */
  private collection<K extends keyof typeof HSDS_COLLECTION_SCHEMAS>(
    doc: Record<string, unknown>,
    key: K,
  ): Array<{ path: string; value: Structure<(typeof HSDS_COLLECTION_SCHEMAS)[K]>; raw: unknown }> {
    const raw = doc[key];
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      this.error(`/${key}`, 'hsds_type', { expected: 'array', received: typeof raw });
      return [];
    }
    const schema = HSDS_COLLECTION_SCHEMAS[key];
    const out: Array<{ path: string; value: Structure<(typeof HSDS_COLLECTION_SCHEMAS)[K]>; raw: unknown }> = [];
    const seen = new Set<string>();
    raw.forEach((item, i) => {
      const path = `/${key}/${i}`;
      const reported = new Set<string>();
      if (this.options.jsonSchemaValidator) {
        for (const e of this.options.jsonSchemaValidator(schema, item)) {
          const p = path + e.instancePath;
          reported.add(p);
          this.errors.push(fieldError(p, 'hsds_schema', HSDS_ERROR_MESSAGES.hsds_schema, { detail: e.message }));
        }
      }
      const r = checkHsdsStructure(schema, item, path);
      if (!r.ok) {
        for (const e of r.errors) if (!reported.has(e.path)) this.errors.push(e);
        return;
      }
      const value = r.value as Structure<(typeof HSDS_COLLECTION_SCHEMAS)[K]>;
      if (seen.has(value.id)) this.error(`${path}/id`, 'hsds_duplicate_id', { value: value.id });
      seen.add(value.id);
      out.push({ path, value, raw: item });
    });
    return out;
  }

  private importTaxonomy(
    taxonomies: Array<{ path: string; value: Structure<'taxonomy'> }>,
    terms: Array<{ path: string; value: HTerm }>,
    needed: boolean,
  ): ServiceTaxonomy | null {
    let chosen: { path: string; value: Structure<'taxonomy'> } | undefined;
    const fallback = this.options.serviceTaxonomy;
    this.serviceTaxonomy = fallback;
    const ownerId = this.options.categoryTaxonomyId ?? fallback?.id;
    const writtenBySanpuku = needed || taxonomies.some((t) => t.value.id === SANPUKU_ATTRIBUTE_TAXONOMY_ID);
    if (this.options.categoryTaxonomyId) {
      chosen = taxonomies.find((t) => t.value.id === this.options.categoryTaxonomyId);
      if (!chosen && needed) this.error('/taxonomies', 'hsds_reference_unknown', { value: this.options.categoryTaxonomyId });
    } else if (ownerId !== undefined && taxonomies.some((t) => t.value.id === ownerId)) {
      chosen = taxonomies.find((t) => t.value.id === ownerId);
    } else if (writtenBySanpuku) {
      const candidates = taxonomies.filter((t) => t.value.id !== SANPUKU_ATTRIBUTE_TAXONOMY_ID);
      if (candidates.length > 1) this.error('/taxonomies', 'hsds_category_taxonomy_ambiguous');
      else chosen = candidates[0];
    }
    if (!chosen) {
      // No category taxonomy in the document: listings use ours as it is now.
      if (!needed) return null;
      if (!fallback) {
        this.error('/taxonomies', 'hsds_category_taxonomy_missing');
        return null;
      }
      this.categoryTaxonomyId = fallback.id;
      return fallback;
    }
    this.interop.taxonomyFromDocument = true;
    const tax = chosen.value;
    this.categoryTaxonomyId = tax.id;
    const own = terms.filter((t) => t.value.taxonomy_id === tax.id);
    const codeById = new Map(own.map((t) => [t.value.id, t.value.code]));
    const seenCodes = new Set<string>();
    const modelTerms: TaxonomyTerm[] = [];
    for (const { path, value } of own) {
      if (value.code === undefined || value.code.trim() === '') {
        this.error(`${path}/code`, 'hsds_required', { field: 'code' });
        continue;
      }
      if (seenCodes.has(value.code)) this.error(`${path}/code`, 'hsds_duplicate_id', { value: value.code });
      seenCodes.add(value.code);
      let parentCode: string | null = null;
      if (value.parent_id !== undefined) {
        const pc = codeById.get(value.parent_id);
        if (pc === undefined) this.error(`${path}/parent_id`, 'hsds_reference_unknown', { value: value.parent_id });
        else parentCode = pc ?? null;
      }
      modelTerms.push({ code: value.code, parentCode, labelJa: value.name, labelEn: value.description });
    }
    return { id: tax.id, name: tax.name, description: tax.description, version: tax.version ?? '', terms: modelTerms };
  }

  private importOrganization(path: string, org: Structure<'organization'>, raw: Record<string, unknown>): Organization | null {
    const sm = new SourceMap(path);
    sm.set('/id', `${path}/id`);
    sm.set('/name', `${path}/name`);
    sm.set('/alternateName', `${path}/alternate_name`);
    sm.set('/description', `${path}/description`);
    sm.set('/website', `${path}/website`);
    sm.set('/email', `${path}/email`);
    sm.set('/phone', `${path}/phones/0/number`);
    let corporateNumber: string | null = null;
    (org.organization_identifiers ?? []).forEach((oi, j) => {
      if ((oi.identifier_scheme ?? '').toUpperCase() !== JP_CORPORATE_NUMBER_SCHEME || corporateNumber !== null) return;
      corporateNumber = oi.identifier;
      sm.set('/corporateNumber', `${path}/organization_identifiers/${j}/identifier`);
    });
    const r = validateOrganization({
      id: org.id,
      name: org.name,
      alternateName: org.alternate_name ?? null,
      description: org.description,
      corporateNumber,
      website: org.website ?? null,
      email: org.email ?? null,
      phone: this.organizationPhone(org.phones?.[0]?.number),
    });
    if (Array.isArray(raw.services) && raw.services.length > 0) this.warn(`${path}/services`, 'hsds_nested_services_kept');
    if (r.ok) {
      const extra = extraOf(raw, exportOneOrganization(r.value) as unknown as Record<string, unknown>);
      if (extra) this.interop.organizationExtras[r.value.id] = extra;
      return r.value;
    }
    for (const e of r.errors) this.errors.push({ ...e, path: sm.translate(e.path) });
    return null;
  }

  /**
   * Our model keeps one Japanese number per organization; a number of another country (E.164 once
   * spaces, brackets and quotes are removed) is accepted and kept with the rest of `phones`.
   */
  private organizationPhone(number: string | undefined): string | null {
    if (number === undefined) return null;
    if (normalizeJapanesePhone(number) === null && e164(number) !== null) return null;
    return number;
  }

  private foreignTermKeys(term: HTerm): string[] {
    const detail = isRecord((term as Record<string, unknown>).taxonomy_detail) ? ((term as Record<string, unknown>).taxonomy_detail as Record<string, unknown>) : {};
    const doc = term.taxonomy_id !== undefined ? this.taxonomyDocs.get(term.taxonomy_id) : undefined;
    return [term.taxonomy_id, term.taxonomy, detail.id, detail.name, detail.uri, doc?.name, doc?.uri].filter((x): x is string => typeof x === 'string');
  }

  private resolveTerm(attr: HAttribute, attrPath: string): ResolvedTerm | null {
    const id = attr.taxonomy_term_id ?? attr.taxonomy_term?.id;
    if (id === undefined) {
      this.error(`${attrPath}/taxonomy_term_id`, 'hsds_required', { field: 'taxonomy_term_id' });
      return null;
    }
    const term = this.termsById.get(id) ?? (attr.taxonomy_term?.id === id ? attr.taxonomy_term : undefined);
    if (!term) {
      this.error(`${attrPath}/taxonomy_term_id`, 'hsds_reference_unknown', { value: id });
      return null;
    }
    return { taxonomyId: term.taxonomy_id, code: term.code };
  }

  /** Sanpuku attribute terms of a list of attributes, with their paths. */
  private sanpukuAttributes(attrs: HAttribute[] | undefined, base: string): Array<{ code: string; value: string | undefined; path: string }> {
    const out: Array<{ code: string; value: string | undefined; path: string }> = [];
    (attrs ?? []).forEach((a, j) => {
      const path = `${base}/attributes/${j}`;
      const t = this.resolveTerm(a, path);
      if (t && t.taxonomyId === SANPUKU_ATTRIBUTE_TAXONOMY_ID && t.code) out.push({ code: t.code, value: a.value, path });
    });
    return out;
  }

  private importService(
    sp: string,
    svc: HService,
    categoryCodes: ReadonlySet<string>,
    raw: Record<string, unknown>,
    taxonomy: ServiceTaxonomy | null,
  ): Offering | null {
    const sm = new SourceMap(sp);
    const suppressed = new Set<string>();
    const before = this.errors.length;
    const fail = (path: string, code: HsdsErrorCode, params: Record<string, unknown> | undefined, modelPath?: string) => {
      this.error(path, code, params);
      if (modelPath !== undefined) suppressed.add(modelPath);
    };
    for (const [m, h] of [
      ['/id', 'id'],
      ['/organizationId', 'organization_id'],
      ['/name', 'name'],
      ['/description', 'description'],
      ['/detailsConfirmedAt', 'assured_date'],
      ['/eligibility/minAge', 'minimum_age'],
      ['/eligibility/maxAge', 'maximum_age'],
      ['/disclosure/staffQualifications', 'accreditations'],
      ['/categories', 'attributes'],
      ['/coverage', 'attributes'],
      ['/eligibility', 'attributes'],
      ['/capacity', 'attributes'],
      ['/disclosure', 'attributes'],
      ['/disclosure/complaintDesk', 'contacts'],
      ['/schedule', 'schedules'],
      ['/price', 'cost_options'],
      ['/otherCosts', 'cost_options'],
      ['/languages', 'languages'],
      ['/serviceArea', 'service_areas'],
      ['/base', 'service_at_locations'],
    ] as const)
      sm.set(m, `${sp}/${h}`);

    if (svc.status !== 'active') fail(`${sp}/status`, 'hsds_service_status_unsupported', { value: svc.status });
    if (svc.organization_id !== undefined && !this.organizationIds.has(svc.organization_id) && !this.options.knownOrganizationIds?.has(svc.organization_id))
      fail(`${sp}/organization_id`, 'hsds_reference_unknown', { value: svc.organization_id }, '/organizationId');

    // --- attributes: categories and Sanpuku facts
    const categories: string[] = [];
    const foreignAttributes: unknown[] = [];
    const facts = new Map<string, Array<{ code: string; value: string | undefined; path: string }>>();
    (svc.attributes ?? []).forEach((a, j) => {
      const path = `${sp}/attributes/${j}`;
      const t = this.resolveTerm(a, path);
      if (!t) return;
      if (t.code !== undefined && t.taxonomyId !== undefined && t.taxonomyId === this.categoryTaxonomyId) {
        sm.set(`/categories/${categories.length}`, `${path}/taxonomy_term_id`);
        categories.push(t.code);
      } else if (t.taxonomyId !== SANPUKU_ATTRIBUTE_TAXONOMY_ID) {
        // A term of another taxonomy: our categories through the mapping, and kept as sent either way.
        foreignAttributes.push((raw.attributes as unknown[] | undefined)?.[j] ?? a);
        const term = this.termOf(a)!;
        const mapped = mapForeignTerm(this.options.termMapping, { taxonomyKeys: this.foreignTermKeys(term), code: term.code, name: term.name });
        if (mapped === null) this.warn(path, 'hsds_term_unmapped');
        else
          for (const code of mapped)
            if (!categories.includes(code)) {
              sm.set(`/categories/${categories.length}`, `${path}/taxonomy_term_id`);
              categories.push(code);
            }
      } else if (t.code === undefined) return;
      else if (t.taxonomyId === SANPUKU_ATTRIBUTE_TAXONOMY_ID) {
        const family = t.code.split('.')[0];
        facts.set(family, [...(facts.get(family) ?? []), { code: t.code, value: a.value, path }]);
      }
    });
    const single = (family: string, modelPath: string) => {
      const list = facts.get(family) ?? [];
      if (list.length === 0) {
        fail(`${sp}/attributes`, 'hsds_attribute_missing', familyLabels(family), modelPath);
        return undefined;
      }
      const distinct = new Set(list.map((f) => `${f.code}|${f.value ?? ''}`));
      if (distinct.size > 1) {
        fail(list[1].path, 'hsds_attribute_conflict', familyLabels(family), modelPath);
        return undefined;
      }
      return list[0];
    };

    const cov = single(ATTR.coverage, '/coverage');
    let coverage: string | undefined;
    if (cov) {
      coverage = cov.code === ATTR_TERMS.covered ? 'covered' : cov.code === ATTR_TERMS.notCovered ? 'not_covered' : cov.code;
      sm.set('/coverage', `${cov.path}/taxonomy_term_id`);
    }

    let careLevels: 'none_required' | string[] | undefined;
    const levels = facts.get(ATTR.careLevel) ?? [];
    if (levels.length === 0) fail(`${sp}/attributes`, 'hsds_attribute_missing', familyLabels(ATTR.careLevel), '/eligibility/careLevels');
    else if (levels.some((l) => l.code === ATTR_TERMS.careLevelNoneRequired)) {
      if (levels.length > 1)
        fail(levels[1].path, 'hsds_attribute_conflict', familyLabels(ATTR.careLevel), '/eligibility/careLevels');
      else {
        careLevels = 'none_required';
        sm.set('/eligibility/careLevels', `${levels[0].path}/taxonomy_term_id`);
      }
    } else {
      careLevels = levels.map((l, k) => {
        sm.set(`/eligibility/careLevels/${k}`, `${l.path}/taxonomy_term_id`);
        return l.code.slice(ATTR.careLevel.length + 1);
      });
    }

    const cap = single(ATTR.capacity, '/capacity');
    let capacity: { status: string; confirmedAt: string | undefined } | undefined;
    if (cap) {
      capacity = { status: cap.code.slice(ATTR.capacity.length + 1), confirmedAt: cap.value };
      sm.set('/capacity', cap.path);
      sm.set('/capacity/status', `${cap.path}/taxonomy_term_id`);
      sm.set('/capacity/confirmedAt', `${cap.path}/value`);
    }

    // --- disclosure
    const disclosureFacts = new Map((facts.get(ATTR.disclosure) ?? []).map((f) => [f.code, f]));
    const booleanFact = (code: string, modelPath: string): boolean | undefined => {
      const f = disclosureFacts.get(code);
      if (!f) return undefined;
      sm.set(modelPath, `${f.path}/value`);
      if (f.value === 'true' || f.value === 'false') return f.value === 'true';
      fail(`${f.path}/value`, 'hsds_attribute_value_invalid', { ...termLabels(code), value: f.value ?? '' }, modelPath);
      return undefined;
    };
    const textFact = (code: string, modelPath: string): string | undefined => {
      const f = disclosureFacts.get(code);
      if (f) sm.set(modelPath, `${f.path}/value`);
      return f?.value;
    };
    let liabilityInsurance: unknown = null;
    const enrolled = booleanFact(ATTR_TERMS.liabilityEnrolled, '/disclosure/liabilityInsurance');
    if (enrolled === true)
      liabilityInsurance = {
        enrolled: true,
        insurer: textFact(ATTR_TERMS.liabilityInsurer, '/disclosure/liabilityInsurance/insurer'),
        coverageSummary: textFact(ATTR_TERMS.liabilityCoverage, '/disclosure/liabilityInsurance/coverageSummary') ?? null,
      };
    else if (enrolled === false) liabilityInsurance = { enrolled: false };
    let effectClaim: unknown = null;
    const claimed = booleanFact(ATTR_TERMS.effectClaimed, '/disclosure/effectClaim');
    if (claimed === true)
      effectClaim = {
        claimed: true,
        claim: textFact(ATTR_TERMS.effectClaim, '/disclosure/effectClaim/claim'),
        evidence: textFact(ATTR_TERMS.effectEvidence, '/disclosure/effectClaim/evidence') ?? null,
        evidenceUrl: textFact(ATTR_TERMS.effectEvidenceUrl, '/disclosure/effectClaim/evidenceUrl') ?? null,
      };
    else if (claimed === false) effectClaim = { claimed: false };

    let complaintDesk: unknown = null;
    for (const [c, contact] of (svc.contacts ?? []).entries()) {
      const cp = `${sp}/contacts/${c}`;
      if (!this.sanpukuAttributes(contact.attributes, cp).some((a) => a.code === ATTR_TERMS.complaintDesk)) continue;
      complaintDesk = { name: contact.name, phone: contact.phones?.[0]?.number ?? null, email: contact.email ?? null };
      sm.set('/disclosure/complaintDesk', cp);
      sm.set('/disclosure/complaintDesk/name', `${cp}/name`);
      sm.set('/disclosure/complaintDesk/phone', `${cp}/phones/0/number`);
      sm.set('/disclosure/complaintDesk/email', `${cp}/email`);
      break;
    }

    // --- cost options
    const costOptions = svc.cost_options ?? [];
    if (costOptions.length === 0) fail(`${sp}/cost_options`, 'hsds_cost_options_missing', undefined, '/price');
    let price: unknown;
    const otherCosts: unknown[] = [];
    costOptions.forEach((co, k) => {
      const cp = `${sp}/cost_options/${k}`;
      const modelBase = k === 0 ? '/price' : `/otherCosts/${k - 1}`;
      sm.set(modelBase, cp);
      sm.set(`${modelBase}/amountYen`, `${cp}/amount`);
      if (k > 0) sm.set(`${modelBase}/label`, `${cp}/option`);
      if (co.currency !== undefined && co.currency.toUpperCase() !== 'JPY')
        fail(`${cp}/currency`, 'hsds_currency_unsupported', { value: co.currency }, modelBase);
      let unit: string | undefined;
      const unitAttr = this.sanpukuAttributes(co.attributes, cp).find((a) => a.code.startsWith(`${ATTR.priceUnit}.`));
      if (unitAttr) {
        unit = unitAttr.code.slice(ATTR.priceUnit.length + 1);
        sm.set(`${modelBase}/unit`, `${unitAttr.path}/taxonomy_term_id`);
      } else {
        const d = (co.amount_description ?? '').trim();
        unit = (Object.entries(PRICE_UNIT_LABELS_JA).find(([code, label]) => d === label || d === code) ?? [])[0];
        sm.set(`${modelBase}/unit`, `${cp}/amount_description`);
        if (unit === undefined) fail(`${cp}/amount_description`, 'hsds_price_unit_unknown', undefined, `${modelBase}/unit`);
      }
      if (k === 0) price = { amountYen: co.amount, unit };
      else otherCosts.push({ label: co.option, amountYen: co.amount, unit });
    });

    // --- schedules
    const slots: ScheduleSlot[] = [];
    (svc.schedules ?? []).forEach((s, j) => {
      const p = `${sp}/schedules/${j}`;
      const problems = this.errors.length;
      if (s.freq !== undefined && s.freq !== 'WEEKLY') this.error(`${p}/freq`, 'hsds_schedule_unsupported', { detail: `FREQ=${s.freq}` });
      if (s.interval !== undefined && s.interval !== 1)
        this.error(`${p}/interval`, 'hsds_schedule_unsupported', { detail: `INTERVAL=${s.interval}` });
      for (const f of ['byweekno', 'bymonthday', 'byyearday'] as const)
        if (s[f] !== undefined) this.error(`${p}/${f}`, 'hsds_schedule_unsupported', { detail: f.toUpperCase() });
      if (s.timezone !== undefined && s.timezone !== 9) this.error(`${p}/timezone`, 'hsds_timezone_unsupported', { value: s.timezone });
      const days: number[] = [];
      if (s.byday === undefined) this.error(`${p}/byday`, 'hsds_schedule_unsupported', { detail: 'no BYDAY' });
      else
        for (const token of s.byday.split(',').map((x) => x.trim().toUpperCase())) {
          const d = DAY_CODES.indexOf(token);
          if (d < 0) this.error(`${p}/byday`, 'hsds_schedule_unsupported', { detail: `BYDAY ${token}` });
          else days.push(d);
        }
      const times = (['opens_at', 'closes_at'] as const).map((f) => {
        const v = s[f];
        if (v === undefined) {
          this.error(`${p}/${f}`, 'hsds_required', { field: f });
          return undefined;
        }
        const t = parseHsdsTime(v);
        if (!t.ok) {
          this.error(`${p}/${f}`, t.code, { value: v });
          return undefined;
        }
        return t.hhmm;
      });
      if (this.errors.length > problems || times[0] === undefined || times[1] === undefined) return;
      for (const day of days) {
        const idx = slots.length;
        sm.set(`/schedule/${idx}`, p);
        sm.set(`/schedule/${idx}/day`, `${p}/byday`);
        sm.set(`/schedule/${idx}/opensAt`, `${p}/opens_at`);
        sm.set(`/schedule/${idx}/closesAt`, `${p}/closes_at`);
        slots.push({ day: day as ScheduleSlot['day'], opensAt: times[0], closesAt: times[1] });
      }
    });

    // --- languages
    const languages: string[] = [];
    (svc.languages ?? []).forEach((l, j) => {
      const p = `${sp}/languages/${j}`;
      if (l.code === undefined || l.code.trim() === '') {
        this.error(`${p}/code`, 'hsds_required', { field: 'code' });
        return;
      }
      const noted = /^BCP 47: (\S+)$/.exec(l.note ?? '');
      const tag = noted && noted[1].split('-')[0].toLowerCase() === l.code.toLowerCase() ? noted[1] : l.code;
      sm.set(`/languages/${languages.length}`, noted ? `${p}/note` : `${p}/code`);
      languages.push(tag);
    });

    // --- service area
    const codes: Array<{ code: string; path: string }> = [];
    const geo: Array<{ area: unknown; path: string }> = [];
    let areaProblem = false;
    (svc.service_areas ?? []).forEach((a, j) => {
      const p = `${sp}/service_areas/${j}`;
      const found = this.sanpukuAttributes(a.attributes, p).filter((x) => x.code === ATTR_TERMS.jisMunicipality);
      if (found.length > 0) {
        for (const f of found) codes.push({ code: f.value ?? '', path: `${f.path}/value` });
        return;
      }
      if (a.extent !== undefined && (a.extent_type ?? '').toLowerCase() === 'geojson') {
        const area = this.parseExtent(a.extent, `${p}/extent`);
        if (area) geo.push({ area, path: `${p}/extent` });
        else areaProblem = true;
        return;
      }
      this.error(p, 'hsds_service_area_unsupported');
      areaProblem = true;
    });
    let serviceArea: unknown;
    if (geo.length > 1 || (geo.length === 1 && codes.length > 0)) fail(`${sp}/service_areas`, 'hsds_service_area_multiple', undefined, '/serviceArea');
    else if (geo.length === 1) {
      serviceArea = geo[0].area;
      sm.set('/serviceArea', geo[0].path);
    } else if (codes.length > 0) {
      serviceArea = { kind: 'municipalities', codes: codes.map((c) => c.code) };
      codes.forEach((c, k) => sm.set(`/serviceArea/codes/${k}`, c.path));
    }
    if (areaProblem) suppressed.add('/serviceArea');

    // --- base location
    let base: LatLng | null = null;
    for (const [k, sal] of (svc.service_at_locations ?? []).entries()) {
      const p = `${sp}/service_at_locations/${k}`;
      let loc: { path: string; value: HLocation } | undefined;
      if (sal.location) loc = { path: `${p}/location`, value: sal.location };
      else if (sal.location_id !== undefined) {
        loc = this.locationsById.get(sal.location_id);
        if (!loc) this.error(`${p}/location_id`, 'hsds_reference_unknown', { value: sal.location_id });
      }
      if (loc && typeof loc.value.latitude === 'number' && typeof loc.value.longitude === 'number') {
        base = { lat: loc.value.latitude, lng: loc.value.longitude };
        sm.set('/base', loc.path);
        sm.set('/base/lat', `${loc.path}/latitude`);
        sm.set('/base/lng', `${loc.path}/longitude`);
        break;
      }
    }

    // Date-only assured_date (as in the HSDS example) is read as midnight Japan time.
    const assured = svc.assured_date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(svc.assured_date) ? `${svc.assured_date}T00:00:00+09:00` : svc.assured_date;

    const draft = {
      id: svc.id,
      organizationId: svc.organization_id,
      name: svc.name,
      description: svc.description ?? null,
      categories,
      price,
      otherCosts,
      coverage,
      eligibility: { careLevels: careLevels as 'none_required' | CareLevel[] | undefined, minAge: svc.minimum_age ?? null, maxAge: svc.maximum_age ?? null },
      schedule: slots,
      capacity,
      detailsConfirmedAt: assured,
      languages,
      serviceArea,
      base,
      disclosure: {
        staffQualifications: svc.accreditations ?? null,
        liabilityInsurance,
        complaintDesk,
        cancellationTerms: textFact(ATTR_TERMS.cancellationTerms, '/disclosure/cancellationTerms') ?? null,
        effectClaim,
      },
    };

    const result = validateOffering(draft, { categoryCodes, knownMunicipalityCodes: this.options.knownMunicipalityCodes });
    if (!result.ok) {
      const isSuppressed = (p: string) => [...suppressed].some((s) => p === s || p.startsWith(`${s}/`));
      for (const e of result.errors) if (!isSuppressed(e.path)) this.errors.push({ ...e, path: sm.translate(e.path) });
      return null;
    }
    if (this.errors.length !== before) return null;
    if (taxonomy) {
      const extra = extraOf(raw, exportOneService(result.value, taxonomy) as unknown as Record<string, unknown>, { attributes: foreignAttributes });
      if (extra) this.interop.offeringExtras[result.value.id] = extra;
    }
    return result.value;
  }

  /** A GeoJSON extent: a Feature whose properties mark a Sanpuku radius, or a Polygon (bare or in a Feature). */
  private parseExtent(extent: string, path: string): ServiceArea | null {
    let json: unknown;
    try {
      json = JSON.parse(extent);
    } catch {
      this.error(path, 'hsds_extent_invalid', { detail: 'not JSON' });
      return null;
    }
    const feature = isRecord(json) && json.type === 'Feature' ? json : null;
    const geometry = feature ? feature.geometry : json;
    const props = feature && isRecord(feature.properties) ? feature.properties : {};
    if (props[RADIUS_EXTENT_MARKER] === 'radius') {
      const c = props.center;
      const r = props.radius_m;
      if (!Array.isArray(c) || c.length !== 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number' || typeof r !== 'number') {
        this.error(path, 'hsds_extent_invalid', { detail: 'center/radius_m' });
        return null;
      }
      return { kind: 'radius', base: { lat: c[1], lng: c[0] }, radiusM: r };
    }
    if (isRecord(geometry) && geometry.type === 'Polygon') {
      return { kind: 'polygon', geometry: { type: 'Polygon', coordinates: geometry.coordinates as number[][][] } };
    }
    this.error(path, 'hsds_extent_invalid', { detail: `geometry type ${isRecord(geometry) ? String(geometry.type) : typeof geometry}` });
    return null;
  }
}

/**
 * Imports an HSDS 3.0 document (as written by exportCatalogueToHsds, or a third party's with the
 * same collections) into the catalogue model. Returns the snapshot, or EVERY problem found, each
 * with a JSON Pointer into the document (e.g. `/services/2/cost_options/0/amount`): structural
 * HSDS problems (and the optional JSON-Schema validator's), references, Sanpuku attributes, and
 * the offering/organization validation errors mapped back to the HSDS field they came from.
 */
export function importCatalogueFromHsds(doc: unknown, options: HsdsImportOptions = {}): HsdsImportResult {
  return new Importer(options).run(doc);
}
