import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  assessSubmissionReadiness,
  categoryCodesOf,
  createListing,
  exportCatalogueToHsds,
  importCatalogueFromHsds,
  type FieldError,
  type Offering,
  type Organization,
} from '@sanpuku/catalogue-domain';
import { Actor, badInput, forbidden, requireRole, Transactions } from '@sanpuku/platform';
import { missingDisclosureAsFieldError } from '../common/catalogue.errors';
import { CATALOGUE_SETTINGS, CatalogueSettings } from '../config/catalogue.settings';
import { ListingHistoryStore } from '../listing/listing-history.store';
import { withServed } from '../offerings/offering.draft';
import { OfferingEventWriter } from '../offerings/offering.events';
import { OfferingRecord } from '../offerings/offering.row';
import { OfferingStore } from '../offerings/offering.store';
import { organizationFromRow, OrganizationsService } from '../organizations/organizations.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { hsdsJsonSchemaValidator } from './hsds-json-schema.validator';

export interface HsdsImportOutcome {
  ok: boolean;
  organizations: number;
  offerings: number;
  offeringIds: string[];
  status: 'draft' | 'published' | null;
  errors: FieldError[];
}

const E = {
  json: { ja: '文書がJSONとして読めません。', en: 'The document is not JSON: {detail}' },
  notYours: { ja: '自社以外の事業者は取り込めません。', en: 'An operator may import only its own organization.' },
  exists: { ja: 'このIDの掲載はすでにあります（取り込みは新規のみ。既存の掲載は編集してください）。', en: 'An offering with this id already exists (import adds new offerings; edit existing ones).' },
  corporate: { ja: 'この法人番号は別の事業者に登録済みです。', en: 'This corporate number belongs to another organization here.' },
};
const err = (path: string, code: string, m: { ja: string; en: string }, detail = ''): FieldError => ({
  path,
  code,
  messageJa: m.ja.replace('{detail}', detail),
  messageEn: m.en.replace('{detail}', detail),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class Rejected extends Error {
  constructor(readonly errors: FieldError[]) {
    super('rejected');
  }
}

/**
 * HSDS 3.0 exchange (Open Referral), through the domain's lossless mapping.
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
    private readonly tx: Transactions,
    private readonly taxonomy: TaxonomyService,
    private readonly organizations: OrganizationsService,
    private readonly offerings: OfferingStore,
    private readonly events: OfferingEventWriter,
    private readonly history: ListingHistoryStore,
    @Inject(CATALOGUE_SETTINGS) private readonly settings: CatalogueSettings,
  ) {}

  async export(actor: Actor | null, o: { includeUnpublished: boolean; organizationId: string | null }): Promise<string> {
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
      const doc = exportCatalogueToHsds({ taxonomy: await this.taxonomy.serviceTaxonomy(m), organizations, offerings: records.map((r) => r.offering) });
      return JSON.stringify(doc);
    });
  }

  async import(actor: Actor | null, text: string, keepPublished: boolean): Promise<HsdsImportOutcome> {
    const a = requireRole(actor, 'admin', 'operator');
    if (keepPublished && a.role !== 'admin') throw forbidden('only an administrator may import listings as published', '掲載中のまま取り込めるのは管理者のみです');
    const fail = (errors: FieldError[]): HsdsImportOutcome => ({ ok: false, organizations: 0, offerings: 0, offeringIds: [], status: null, errors });
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      return fail([err('', 'hsds_json_invalid', E.json, (e as Error).message)]);
    }
    const activeCodes = await this.taxonomy.activeCodes();
    const result = importCatalogueFromHsds(doc, {
      jsonSchemaValidator: hsdsJsonSchemaValidator(),
      ...(a.role === 'operator' ? { categoryCodes: activeCodes } : {}),
    });
    if (!result.ok) return fail(result.errors);
    const snapshot = result.value;
    const d = doc as { services?: Array<{ id?: unknown }>; organizations?: Array<{ id?: unknown }>; taxonomy_terms?: Array<{ code?: unknown; taxonomy_id?: unknown }> };
    const servicePath = (id: string) => `/services/${(d.services ?? []).findIndex((s) => s?.id === id)}`;
    const orgPath = (id: string) => `/organizations/${(d.organizations ?? []).findIndex((s) => s?.id === id)}`;

    const errors: FieldError[] = [];
    if (a.role === 'operator') {
      for (const org of snapshot.organizations) if (org.id !== a.organizationId) errors.push(err(`${orgPath(org.id)}/id`, 'hsds_organization_not_yours', E.notYours));
      for (const off of snapshot.offerings)
        if (off.organizationId !== a.organizationId) errors.push(err(`${servicePath(off.id)}/organization_id`, 'hsds_organization_not_yours', E.notYours));
    }
    const existing = await this.offerings.byIds(snapshot.offerings.map((x) => x.id));
    for (const x of existing) errors.push(err(`${servicePath(x.id)}/id`, 'hsds_offering_exists', E.exists));
    for (const org of snapshot.organizations) {
      if ((await this.organizations.corporateNumberConflicts(this.ds, org.corporateNumber, org.id, '')).length)
        errors.push(err(`${orgPath(org.id)}/organization_identifiers`, 'corporate_number_taken', E.corporate));
    }
    if (keepPublished) {
      const codes = categoryCodesOf(snapshot.taxonomy);
      for (const off of snapshot.offerings) {
        const readiness = assessSubmissionReadiness(off, { categoryCodes: codes });
        for (const m of readiness.missingDisclosure) errors.push({ ...missingDisclosureAsFieldError(m), path: servicePath(off.id) });
      }
    }
    if (errors.length) return fail(errors);

    const status = keepPublished ? 'published' : 'draft';
    const now = this.settings.now();
    try {
      await this.tx.run(async (m) => {
        if (a.role === 'admin') {
          const problems = await this.taxonomy.upsertImported(m, snapshot.taxonomy);
          if (problems.length) {
            const termIndex = (code: string) => (d.taxonomy_terms ?? []).findIndex((t) => t?.code === code && t?.taxonomy_id === snapshot.taxonomy.id);
            throw new Rejected(problems.map((p) => ({ ...p.error, path: `/taxonomy_terms/${termIndex(p.code)}/code` })));
          }
        }
        await this.organizations.upsertImported(m, snapshot.organizations, a.sub);
        for (const off of snapshot.offerings) await this.insertImported(m, a, off, status, now);
      });
    } catch (e) {
      if (e instanceof Rejected) return fail(e.errors);
      throw e;
    }
    return {
      ok: true,
      organizations: snapshot.organizations.length,
      offerings: snapshot.offerings.length,
      offeringIds: snapshot.offerings.map((o) => o.id),
      status,
      errors: [],
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
