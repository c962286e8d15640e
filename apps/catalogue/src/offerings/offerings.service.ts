import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ListingPermissionError,
  applyListingAction,
  createListing,
  type CapacityStatus,
  type FreshnessPolicy,
  type ListingActor,
} from '@sanpuku/catalogue-domain';
import { Actor, forbidden, notFound, requireRole, UnitOfWork, conflict } from '@sanpuku/platform';
import { listingActorOf, operatorOrganization } from '../common/catalogue.actors';
import { fieldErrorsToGraphQL, mapListingError, submissionIncomplete } from '../common/catalogue.errors';
import { jstIso } from '../common/jst-time';
import { CATALOGUE_SETTINGS, CatalogueSettings } from '../config/catalogue.settings';
import { ListingHistoryRepository } from '../listing/listing-history.repository';
import { OrganizationsService } from '../organizations/organizations.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { canViewOffering } from './offering.access';
import { OfferingInputShape, reviewedView, submissionExtrasErrors, toInputPath, validateOfferingInput } from './offering.draft';
import { OfferingEventWriter, offeringEventData } from './offering.events';
import type { ListingStatus } from './offering.model';
import { OfferingRecord } from './offering.row';
import { OfferingRepository } from './offering.repository';

/**
 * Operators' offerings: create (a draft), edit, capacity and details confirmation, and reads.
 * Every write validates the whole offering (all problems at once, nothing stored half-way),
 * runs the listing workflow for the state change, records the history entry and writes the
 * event in the same transaction:
 * - editing a published listing: `catalogue.offering.updated` when its snapshot changed; if a
 *   reviewed field changed it goes back to review and is hidden, so `catalogue.offering.withdrawn`
 *   (matching stops showing it until a reviewer publishes it again);
 * - a capacity confirmation of a published listing: `catalogue.offering.capacity-changed`.
 */
@Injectable()
export class OfferingsService {
  constructor(
    private readonly ds: DataSource,
    private readonly tx: UnitOfWork,
    private readonly store: OfferingRepository,
    private readonly events: OfferingEventWriter,
    private readonly history: ListingHistoryRepository,
    private readonly organizations: OrganizationsService,
    private readonly taxonomy: TaxonomyService,
    @Inject(CATALOGUE_SETTINGS) private readonly settings: CatalogueSettings,
  ) {}

  get freshnessPolicy(): FreshnessPolicy {
    return { capacityStaleAfterDays: this.settings.capacityStaleAfterDays, detailsStaleAfterDays: this.settings.detailsStaleAfterDays };
  }

  async create(actor: Actor | null, input: OfferingInputShape): Promise<OfferingRecord> {
    const { organizationId } = operatorOrganization(actor);
    const la = listingActorOf(actor);
    const org = await this.organizations.find(organizationId);
    if (!org) throw conflict('ORGANIZATION_NOT_REGISTERED', 'register your organization first', '先に事業者登録をしてください');
    const now = this.settings.now();
    const id = randomUUID();
    const categoryCodes = await this.taxonomy.activeCodes();
    const v = validateOfferingInput(
      input,
      { id, organizationId, currentCapacity: null, detailsConfirmedAt: jstIso(now), now: jstIso(now), defaultComplaintDesk: org.complaintDesk },
      { categoryCodes },
    );
    if (!v.ok) throw fieldErrorsToGraphQL(v.errors);
    let created: ReturnType<typeof createListing>;
    try {
      created = createListing({ listingId: id, organizationId }, la, now);
    } catch (err) {
      mapListingError(err);
    }
    const record: OfferingRecord = {
      id,
      organizationId,
      organizationName: org.name,
      organizationAlternateName: org.alternateName,
      status: 'draft',
      version: 0,
      offering: v.offering,
      extras: v.extras,
      createdAt: now,
      updatedAt: now,
      submittedAt: null,
      publishedAt: null,
    };
    return this.tx.run(async (m) => {
      await this.store.insert(m, record);
      await this.history.appendDomain(m, id, created.entry, { name: actor!.name, municipalityCode: null });
      return record;
    });
  }

  async update(actor: Actor | null, id: string, input: OfferingInputShape): Promise<OfferingRecord> {
    const la = listingActorOf(actor);
    const categoryCodes = await this.taxonomy.activeCodes();
    const now = this.settings.now();
    return this.tx.run(async (m) => {
      const before = await this.store.lock(m, id);
      assertOwnOrganization(la, before);
      const v = validateOfferingInput(
        input,
        {
          id,
          organizationId: before.organizationId,
          currentCapacity: before.offering.capacity,
          detailsConfirmedAt: jstIso(now),
          now: jstIso(now),
          defaultComplaintDesk: null,
        },
        { categoryCodes },
      );
      if (!v.ok) throw fieldErrorsToGraphQL(v.errors);
      let step: ReturnType<typeof applyListingAction>;
      try {
        step = applyListingAction(
          { listingId: id, organizationId: before.organizationId, status: before.status, history: [] },
          { type: 'edit', before: reviewedView(before.offering, before.extras), after: reviewedView(v.offering, v.extras), context: { categoryCodes } },
          la,
          now,
        );
      } catch (err) {
        mapListingError(err, toInputPath);
      }
      const to = step.listing.status;
      if (to === 'submitted') {
        const extra = submissionExtrasErrors(v.offering, v.extras);
        if (extra.length) throw submissionIncomplete(extra, []);
      }
      const after: OfferingRecord = {
        ...before,
        status: to,
        offering: v.offering,
        extras: v.extras,
        updatedAt: now,
        submittedAt: to === 'submitted' ? now : before.submittedAt,
      };
      await this.store.update(m, after);
      await this.history.appendDomain(m, id, step.entry, { name: actor!.name, municipalityCode: null });
      if (before.status === 'published' && to === 'published' && snapshotChanged(before, after)) await this.events.emit(m, after, 'updated');
      if (before.status === 'published' && to === 'submitted') await this.events.emit(m, after, 'withdrawn');
      return after;
    });
  }

  /** The operator confirms the capacity status now (in any state; no review needed). */
  async confirmCapacity(actor: Actor | null, id: string, status: CapacityStatus): Promise<OfferingRecord> {
    const { organizationId } = operatorOrganization(actor);
    const now = this.settings.now();
    return this.tx.run(async (m) => {
      const r = await this.store.lock(m, id);
      if (r.organizationId !== organizationId) throw forbidden("an operator may only change its own organization's offerings", '他の事業者の掲載は変更できません');
      const next: OfferingRecord = { ...r, offering: { ...r.offering, capacity: { status, confirmedAt: jstIso(now) } }, updatedAt: now };
      await this.store.update(m, next);
      if (next.status === 'published') await this.events.emit(m, next, 'capacity-changed');
      return next;
    });
  }

  /** The operator confirms that the listing's details are still correct (freshness of details). */
  async confirmDetails(actor: Actor | null, id: string): Promise<OfferingRecord> {
    const { organizationId } = operatorOrganization(actor);
    const now = this.settings.now();
    return this.tx.run(async (m) => {
      const r = await this.store.lock(m, id);
      if (r.organizationId !== organizationId) throw forbidden("an operator may only change its own organization's offerings", '他の事業者の掲載は変更できません');
      const next: OfferingRecord = { ...r, offering: { ...r.offering, detailsConfirmedAt: jstIso(now) }, updatedAt: now };
      await this.store.update(m, next);
      return next;
    });
  }

  /** An offering the caller may see; NOT_FOUND otherwise (existence of others' drafts is not revealed). */
  async get(actor: Actor | null, id: string): Promise<OfferingRecord> {
    const r = await this.store.find(id);
    if (!r || !canViewOffering(actor, { status: r.status, organizationId: r.organizationId, servedMunicipalityCodes: r.extras.servedMunicipalityCodes })) {
      throw notFound('Offering', '掲載');
    }
    return r;
  }

  /** The calling operator's offerings, optionally in one state. */
  async mine(actor: Actor | null, status: ListingStatus | null): Promise<OfferingRecord[]> {
    const { organizationId } = operatorOrganization(actor);
    return status ? this.store.list(`o.organization_id = $1 AND o.status = $2`, [organizationId, status]) : this.store.list(`o.organization_id = $1`, [organizationId]);
  }

  /** Submitted listings that serve the caller's municipality, oldest submission first (municipal staff). */
  async reviewQueue(actor: Actor | null): Promise<OfferingRecord[]> {
    const a = requireRole(actor, 'municipal_staff');
    const rows = await this.ds.query(
      `SELECT id FROM offering WHERE status = 'submitted' AND served_municipalities @> ARRAY[$1::text] ORDER BY submitted_at, id`,
      [a.municipalityCode],
    );
    return this.store.byIds(rows.map((r: { id: string }) => r.id));
  }
}

/** Role and organization are checked before the input is looked at. */
function assertOwnOrganization(la: ListingActor, r: OfferingRecord): void {
  if (la.role !== 'operator') mapListingError(new ListingPermissionError(la.role, 'edit', 'role'));
  if (la.organizationId !== r.organizationId) mapListingError(new ListingPermissionError('operator', 'edit', 'other_organization'));
}

/** Whether matching's snapshot of the offering would change (the version aside). */
function snapshotChanged(before: OfferingRecord, after: OfferingRecord): boolean {
  return JSON.stringify(offeringEventData('updated', before, 0).data) !== JSON.stringify(offeringEventData('updated', after, 0).data);
}
