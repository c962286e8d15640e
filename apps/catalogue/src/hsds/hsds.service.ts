import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  assessSubmissionReadiness,
  categoryCodesOf,
  createListing,
  exportCatalogueToHsds,
  exportCatalogueToHsdsTabular,
  HSDS_ERROR_MESSAGES,
  importCatalogueFromHsds,
  importCatalogueFromHsdsTabular,
  importCatalogueFromHsdsTabularJson,
  isHsdsTabularJson,
  normalizeHsdsDocument,
  readHsdsTabularFiles,
  type CatalogueSnapshot,
  type FieldError,
  type HsdsExtra,
  type HsdsHeldRecord,
  type HsdsImportOptions,
  type HsdsImportResult,
  type HsdsInterop,
  type HsdsTabularFile,
  type Offering,
  type Organization,
} from '@sanpuku/catalogue-domain';
import { hsdsJsonSchemaValidator } from '@sanpuku/catalogue-domain/hsds-json-schema';
import { Actor, badInput, forbidden, repoRoot, requireRole, UnitOfWork } from '@sanpuku/platform';
import { missingDisclosureAsFieldError } from '../common/catalogue.errors';
import { CATALOGUE_SETTINGS, CatalogueSettings } from '../config/catalogue.settings';
import { ListingHistoryRepository } from '../listing/listing-history.repository';
import { withServed } from '../offerings/offering.draft';
import { OfferingEventWriter } from '../offerings/offering.events';
import { OfferingRecord } from '../offerings/offering.row';
import { OfferingRepository } from '../offerings/offering.repository';
import { organizationFromRow, OrganizationsService } from '../organizations/organizations.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { loadHsdsTermMapping } from './hsds-taxonomy-mapping';

/** The vendored official schemas, read from the source tree: the build output does not carry the JSON files. */
const HSDS_SCHEMA_DIR = join(repoRoot(), 'libs/catalogue-domain/src/hsds/schema');

export interface HsdsImportOutcome {
  ok: boolean;
  organizations: number;
  offerings: number;
  offeringIds: string[];
  status: 'draft' | 'published' | null;
  /** HSDS objects kept as written (not listings), written back on export. */
  kept: number;
  errors: FieldError[];
  warnings: FieldError[];
}

/** Where an object of the input is, as a JSON Pointer into the operation's arguments. */
type Locate = (collection: string, id: string) => string;

const E = {
  json: { ja: '文書がJSONとして読めません。', en: 'The document is not JSON: {detail}' },
  notYours: { ja: '自社以外の事業者は取り込めません。', en: 'An operator may import only its own organization.' },
  exists: { ja: 'このIDの掲載はすでにあります（取り込みは新規のみ。既存の掲載は編集してください）。', en: 'An offering with this id already exists (import adds new offerings; edit existing ones).' },
  corporate: { ja: 'この法人番号は別の事業者に登録済みです。', en: 'This corporate number belongs to another organization here.' },
  heldNotYours: { ja: '同じIDの記録が他の事業者のものとして保持されています。', en: 'A record with this id is kept for another organization.' },
};
const err = (path: string, code: string, m: { ja: string; en: string }, detail = ''): FieldError => ({
  path,
  code,
  messageJa: m.ja.replace('{detail}', detail),
  messageEn: m.en.replace('{detail}', detail),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const failed = (errors: FieldError[], warnings: FieldError[] = []): HsdsImportOutcome => ({
  ok: false,
  organizations: 0,
  offerings: 0,
  offeringIds: [],
  status: null,
  kept: 0,
  errors,
  warnings,
});

class Rejected extends Error {
  constructor(readonly errors: FieldError[]) {
    super('rejected');
  }
}

/**
 * HSDS 3.0 exchange (Open Referral), through the domain's mapping, as JSON (`import`/`export`) and
 * as the tabular CSV package (`importCsv`/`exportCsv`). Documents of other publishers come in too
 * (bare objects, API list pages): what the model does not hold is stored beside it
 * (`hsds_extra`, `hsds_held_record`) and written back; see apps/catalogue/README.md, HSDS.
 *
 * Export: organizations, services (with schedules, cost options, service areas, languages,
 * contacts, attributes), locations, taxonomies and taxonomy terms, as JSON text, in id order
 * (deterministic). Everyone gets the published listings; an administrator may include every
 * listing, an operator its own.
 *
 * Import (decision): an operator imports its own organization's offerings; an administrator
 * imports any, and its document's taxonomy is applied (terms added or relabelled by code).
 * The document is validated against the official JSON schemas (ajv) and the domain rules;
 * every problem comes back with its JSON Pointer and nothing is written unless the whole
 * document is accepted, in one transaction. Imported offerings arrive as DRAFTS — they still need
 * municipal review — unless an administrator asks to keep them published (`keepPublished`, for
 * moving a catalogue that was already reviewed elsewhere): then each must be complete, is
 * published at once with a history entry naming the administrator ("import"), and its
 * `catalogue.offering.published` event is written. Import adds offerings; an id that already
 * exists is an error (edit it instead). Organizations are added or updated (HSDS fields only).
 * Catalogue-only fields (English texts, what the price includes, other eligibility conditions,
 * declared served municipalities of radius/polygon areas) are not part of HSDS.
 */
@Injectable()
export class HsdsService {
  constructor(
    private readonly ds: DataSource,
    private readonly tx: UnitOfWork,
    private readonly taxonomy: TaxonomyService,
    private readonly organizations: OrganizationsService,
    private readonly offerings: OfferingRepository,
    private readonly events: OfferingEventWriter,
    private readonly history: ListingHistoryRepository,
    @Inject(CATALOGUE_SETTINGS) private readonly settings: CatalogueSettings,
  ) {}

  async export(actor: Actor | null, o: { includeUnpublished: boolean; organizationId: string | null }): Promise<string> {
    const { snapshot, interop } = await this.gather(actor, o);
    return JSON.stringify(exportCatalogueToHsds(snapshot, { interop }));
  }

  /** The same catalogue as the HSDS tabular package (one CSV file per table). */
  async exportCsv(actor: Actor | null, o: { includeUnpublished: boolean; organizationId: string | null }): Promise<HsdsTabularFile[]> {
    const { snapshot, interop } = await this.gather(actor, o);
    return exportCatalogueToHsdsTabular(snapshot, { interop });
  }

  private async gather(
    actor: Actor | null,
    o: { includeUnpublished: boolean; organizationId: string | null },
  ): Promise<{ snapshot: CatalogueSnapshot; interop: Pick<HsdsInterop, 'organizationExtras' | 'offeringExtras' | 'held'> }> {
    let orgFilter = o.organizationId;
    if (orgFilter !== null && !UUID.test(orgFilter)) {
      throw badInput('/organizationId', 'An organization is identified by its id as the API returns it.', '事業者はAPIが返すIDで指定してください。', 'uuid_invalid');
    }
    if (o.includeUnpublished) {
      const a = requireRole(actor, 'admin', 'operator');
      if (a.role === 'operator') {
        if (orgFilter && orgFilter !== a.organizationId) throw forbidden("an operator may export only its own organization's unpublished listings", '未掲載の掲載は自社分のみ出力できます');
        orgFilter = a.organizationId!;
      }
    }
    return this.ds.transaction('REPEATABLE READ', async (m) => {
      const conditions: string[] = [];
      const params: unknown[] = [];
      if (!o.includeUnpublished) conditions.push(`o.status = 'published'`);
      if (orgFilter) {
        params.push(orgFilter);
        conditions.push(`o.organization_id = $${params.length}::uuid`);
      }
      const records = await this.offerings.list(conditions.join(' AND ') || 'true', params, m);
      const orgIds = new Set(records.map((r) => r.organizationId));
      if (orgFilter) orgIds.add(orgFilter);
      const allOrgs = o.includeUnpublished && !orgFilter && actor?.role === 'admin';
      const orgRows: Record<string, any>[] = await m.query(
        allOrgs ? `SELECT * FROM organization ORDER BY id` : `SELECT * FROM organization WHERE id = ANY($1::uuid[]) ORDER BY id`,
        allOrgs ? [] : [[...orgIds]],
      );
      const organizations: Organization[] = orgRows.map(organizationFromRow);
      const organizationExtras: Record<string, HsdsExtra> = {};
      for (const r of orgRows) if (r.hsds_extra) organizationExtras[r.id] = r.hsds_extra;
      const offeringExtras: Record<string, HsdsExtra> = {};
      const extraRows: Array<{ id: string; hsds_extra: HsdsExtra }> = await m.query(
        `SELECT id, hsds_extra FROM offering WHERE id = ANY($1::uuid[]) AND hsds_extra IS NOT NULL`,
        [records.map((r) => r.id)],
      );
      for (const r of extraRows) offeringExtras[r.id] = r.hsds_extra;
      // Objects kept as written are not reviewed listings: only in an export of unpublished data (admin: all; operator: its own).
      let held: HsdsHeldRecord[] = [];
      if (o.includeUnpublished) {
        const rows: Array<{ collection: string; id: string; organization_id: string | null; object: Record<string, unknown> }> = await m.query(
          orgFilter
            ? `SELECT collection, id, organization_id, object FROM hsds_held_record WHERE organization_id = $1 ORDER BY collection, id`
            : `SELECT collection, id, organization_id, object FROM hsds_held_record ORDER BY collection, id`,
          orgFilter ? [orgFilter] : [],
        );
        held = rows.map((r) => ({ collection: r.collection, id: r.id, organizationId: r.organization_id, object: r.object }));
      }
      return {
        snapshot: { taxonomy: await this.taxonomy.serviceTaxonomy(m), organizations, offerings: records.map((r) => r.offering) },
        interop: { organizationExtras, offeringExtras, held },
      };
    });
  }

  async import(actor: Actor | null, text: string, keepPublished: boolean): Promise<HsdsImportOutcome> {
    const a = this.importer(actor, keepPublished);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      return failed([err('', 'hsds_json_invalid', E.json, (e as Error).message)]);
    }
    if (isHsdsTabularJson(doc)) {
      // The tabular package written as JSON (examples/tabular.json): rows by file name.
      const tables = doc;
      const rowOf = (table: string, match: (r: Record<string, unknown>) => boolean) => {
        const rows = (tables[`${table}.csv`] ?? []) as Array<Record<string, unknown>>;
        const r = rows.findIndex((x) => x !== null && typeof x === 'object' && match(x));
        return r >= 0 ? `/${table}.csv/${r}` : '';
      };
      const tableOf = (collection: string) => (collection === 'service_at_locations' ? 'service_at_location' : collection);
      return this.importWith(
        a,
        keepPublished,
        (tables['services.csv'] ?? []) as unknown[],
        (options) => importCatalogueFromHsdsTabularJson(tables, options),
        (collection, id) => rowOf(tableOf(collection), (x) => x.id === id),
        (taxonomyId, code) => `${rowOf('taxonomy_terms', (x) => x.code === code && x.taxonomy_id === taxonomyId)}/code`,
      );
    }
    const norm = normalizeHsdsDocument(doc);
    const locate: Locate = (collection, id) => {
      const list = norm?.doc[collection];
      const i = Array.isArray(list) ? list.findIndex((x) => (x as { id?: unknown } | null)?.id === id) : -1;
      return i < 0 || !norm ? '' : norm.toSource(`/${collection}/${i}`);
    };
    const termPath = (taxonomyId: string, code: string) => {
      const list = Array.isArray(norm?.doc.taxonomy_terms) ? (norm.doc.taxonomy_terms as Array<{ code?: unknown; taxonomy_id?: unknown } | null>) : [];
      const i = list.findIndex((t) => t?.code === code && t?.taxonomy_id === taxonomyId);
      return norm && i >= 0 ? `${norm.toSource(`/taxonomy_terms/${i}`)}/code` : '/taxonomy_terms';
    };
    const services = Array.isArray(norm?.doc.services) ? (norm.doc.services as unknown[]) : [];
    return this.importWith(a, keepPublished, services, (options) => importCatalogueFromHsds(doc, options), locate, termPath);
  }

  /** The HSDS tabular package (CSV files), all or nothing, like `import`. Problems point at `/files/<i>/rows/<r>/<column>`. */
  async importCsv(actor: Actor | null, files: HsdsTabularFile[], keepPublished: boolean): Promise<HsdsImportOutcome> {
    const a = this.importer(actor, keepPublished);
    const read = readHsdsTabularFiles(files);
    const locate: Locate = (collection, id) => {
      if (!read.ok) return '/files';
      const table = read.tables.get(collection === 'service_at_locations' ? 'service_at_location' : collection);
      const r = table ? table.rows.findIndex((x) => x.id === id) : -1;
      return table && r >= 0 ? `${table.source}/rows/${r}` : '/files';
    };
    const termPath = (taxonomyId: string, code: string) => {
      const table = read.ok ? read.tables.get('taxonomy_terms') : undefined;
      const r = table ? table.rows.findIndex((t) => t.code === code && t.taxonomy_id === taxonomyId) : -1;
      return table && r >= 0 ? `${table.source}/rows/${r}/code` : '/files';
    };
    const services = read.ok ? (read.tables.get('services')?.rows ?? []) : [];
    return this.importWith(a, keepPublished, services, (options) => importCatalogueFromHsdsTabular(files, options), locate, termPath);
  }

  private importer(actor: Actor | null, keepPublished: boolean): Actor {
    const a = requireRole(actor, 'admin', 'operator');
    if (keepPublished && a.role !== 'admin') throw forbidden('only an administrator may import listings as published', '掲載中のまま取り込めるのは管理者のみです');
    return a;
  }

  private async importWith(
    a: Actor,
    keepPublished: boolean,
    services: unknown[],
    run: (options: HsdsImportOptions) => HsdsImportResult,
    locate: Locate,
    termPath: (taxonomyId: string, code: string) => string,
  ): Promise<HsdsImportOutcome> {
    const referenced = services.map((s) => (s as { organization_id?: unknown } | null)?.organization_id).filter((x): x is string => typeof x === 'string' && UUID.test(x));
    const known: Array<{ id: string }> = referenced.length ? await this.ds.query(`SELECT id::text FROM organization WHERE id = ANY($1::uuid[])`, [referenced]) : [];
    const result = run({
      jsonSchemaValidator: hsdsJsonSchemaValidator(HSDS_SCHEMA_DIR),
      serviceTaxonomy: await this.taxonomy.serviceTaxonomy(),
      termMapping: loadHsdsTermMapping(),
      knownOrganizationIds: new Set(known.map((k) => k.id)),
      ...(a.role === 'operator' ? { categoryCodes: await this.taxonomy.activeCodes() } : {}),
    });
    if (!result.ok) return failed(result.errors, result.warnings);
    const warnings = result.warnings;
    const { value: snapshot, interop } = result;
    const held = interop.held.map((h) => ({ ...h, organizationId: h.organizationId ?? (a.role === 'operator' ? a.organizationId! : null) }));

    const errors: FieldError[] = [];
    if (a.role === 'operator') {
      for (const org of snapshot.organizations) if (org.id !== a.organizationId) errors.push(err(`${locate('organizations', org.id)}/id`, 'hsds_organization_not_yours', E.notYours));
      for (const off of snapshot.offerings)
        if (off.organizationId !== a.organizationId) errors.push(err(`${locate('services', off.id)}/organization_id`, 'hsds_organization_not_yours', E.notYours));
      for (const h of held) if (h.organizationId !== a.organizationId) errors.push(err(locate(h.collection, h.id), 'hsds_organization_not_yours', E.notYours));
      if (held.length) {
        const taken: Array<{ collection: string; id: string }> = await this.ds.query(
          `SELECT collection, id FROM hsds_held_record h JOIN unnest($1::text[], $2::text[]) AS x(c, i) ON h.collection = x.c AND h.id = x.i
            WHERE h.organization_id IS DISTINCT FROM $3`,
          [held.map((h) => h.collection), held.map((h) => h.id), a.organizationId],
        );
        for (const t of taken) errors.push(err(locate(t.collection, t.id), 'hsds_held_not_yours', E.heldNotYours));
      }
      if (snapshot.organizations.length + snapshot.offerings.length + held.length === 0)
        errors.push(err('', 'hsds_nothing_to_import', HSDS_ERROR_MESSAGES.hsds_nothing_to_import));
    }
    const existing = await this.offerings.byIds(snapshot.offerings.map((x) => x.id));
    for (const x of existing) errors.push(err(`${locate('services', x.id)}/id`, 'hsds_offering_exists', E.exists));
    for (const org of snapshot.organizations) {
      if ((await this.organizations.corporateNumberConflicts(this.ds, org.corporateNumber, org.id, '')).length)
        errors.push(err(`${locate('organizations', org.id)}/organization_identifiers`, 'corporate_number_taken', E.corporate));
    }
    if (keepPublished) {
      const codes = categoryCodesOf(snapshot.taxonomy);
      for (const off of snapshot.offerings) {
        const readiness = assessSubmissionReadiness(off, { categoryCodes: codes });
        for (const m of readiness.missingDisclosure) errors.push({ ...missingDisclosureAsFieldError(m), path: locate('services', off.id) });
      }
    }
    if (errors.length) return failed(errors, warnings);

    const status = keepPublished ? 'published' : 'draft';
    const now = this.settings.now();
    try {
      await this.tx.run(async (m) => {
        if (a.role === 'admin' && interop.taxonomyFromDocument) {
          const problems = await this.taxonomy.upsertImported(m, snapshot.taxonomy);
          if (problems.length) {
            throw new Rejected(problems.map((p) => ({ ...p.error, path: termPath(snapshot.taxonomy.id, p.code) })));
          }
        }
        await this.organizations.upsertImported(m, snapshot.organizations, a.sub);
        for (const org of snapshot.organizations)
          await m.query(`UPDATE organization SET hsds_extra = $2 WHERE id = $1`, [org.id, interop.organizationExtras[org.id] ?? null]);
        for (const off of snapshot.offerings) {
          await this.insertImported(m, a, off, status, now);
          if (interop.offeringExtras[off.id]) await m.query(`UPDATE offering SET hsds_extra = $2 WHERE id = $1`, [off.id, interop.offeringExtras[off.id]]);
        }
        for (const h of held)
          await m.query(
            `INSERT INTO hsds_held_record (collection, id, organization_id, object, imported_at, imported_by) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (collection, id) DO UPDATE SET organization_id = EXCLUDED.organization_id, object = EXCLUDED.object,
               imported_at = EXCLUDED.imported_at, imported_by = EXCLUDED.imported_by`,
            [h.collection, h.id, h.organizationId, h.object, now, a.sub],
          );
      });
    } catch (e) {
      if (e instanceof Rejected) return failed(e.errors, warnings);
      throw e;
    }
    return {
      ok: true,
      organizations: snapshot.organizations.length,
      offerings: snapshot.offerings.length,
      offeringIds: snapshot.offerings.map((o) => o.id),
      status: snapshot.offerings.length ? status : null,
      kept: held.length,
      errors: [],
      warnings,
    };
  }

  private async insertImported(m: EntityManager, a: Actor, off: Offering, status: 'draft' | 'published', now: Date): Promise<void> {
    const [org] = await m.query(`SELECT name, alternate_name FROM organization WHERE id = $1`, [off.organizationId]);
    const record: OfferingRecord = {
      id: off.id,
      organizationId: off.organizationId,
      organizationName: org.name,
      organizationAlternateName: org.alternate_name,
      status,
      version: 0,
      offering: off,
      extras: withServed(off, { titleEn: null, descriptionEn: null, priceIncludes: null, eligibilityNotes: null, servedMunicipalityCodes: [] }),
      createdAt: now,
      updatedAt: now,
      submittedAt: null,
      publishedAt: status === 'published' ? now : null,
    };
    await this.offerings.insert(m, record);
    if (a.role === 'operator') {
      const { entry } = createListing({ listingId: off.id, organizationId: off.organizationId }, { id: a.sub, role: 'operator', organizationId: a.organizationId! }, now);
      await this.history.appendDomain(m, off.id, { ...entry, note: 'HSDS import' }, { name: a.name, municipalityCode: null });
    } else {
      await this.history.append(m, off.id, {
        at: now,
        actorId: a.sub,
        actorName: a.name,
        role: 'admin',
        municipalityCode: null,
        action: 'import',
        from: null,
        to: status,
        reasons: [],
        changedReviewedFields: [],
        note: status === 'published' ? 'HSDS import kept published by an administrator / 管理者が掲載中のまま取り込み' : 'HSDS import',
      });
    }
    if (status === 'published') await this.events.emit(m, record, 'published');
  }
}
