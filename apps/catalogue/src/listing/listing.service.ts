import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ListingSubmissionIncompleteError,
  applyListingAction,
  type ListingAction,
  type FieldError,
  type ListingActor,
  type ReturnReason,
} from '@sanpuku/catalogue-domain';
import { Actor, forbidden, notFound, UnitOfWork } from '@sanpuku/platform';
import { listingActorOf } from '../common/catalogue.actors';
import { mapListingError, submissionIncomplete } from '../common/catalogue.errors';
import { CATALOGUE_SETTINGS, CatalogueSettings } from '../config/catalogue.settings';
import { canViewHistory } from '../offerings/offering.access';
import { submissionExtrasErrors, toInputPath } from '../offerings/offering.draft';
import { OfferingEventWriter } from '../offerings/offering.events';
import { OfferingRecord } from '../offerings/offering.row';
import { OfferingRepository } from '../offerings/offering.repository';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { ListingHistoryRepository, StoredHistoryEntry } from './listing-history.repository';

/**
 * The review workflow: an operator submits (complete disclosures required), a municipal
 * reviewer publishes or returns with reasons, the operator withdraws. Reviewers are the
 * `municipal_staff` of a municipality the offering serves (its municipality list, or for a
 * radius/polygon area the municipalities the operator declared). Each step locks the offering,
 * applies the pure workflow, stores the new state and its history entry, and writes the event
 * (`published`, `withdrawn`) in one transaction.
 */
@Injectable()
export class ListingService {
  constructor(
    private readonly tx: UnitOfWork,
    private readonly store: OfferingRepository,
    private readonly events: OfferingEventWriter,
    private readonly history: ListingHistoryRepository,
    private readonly taxonomy: TaxonomyService,
    @Inject(CATALOGUE_SETTINGS) private readonly settings: CatalogueSettings,
  ) {}

  async submit(actor: Actor | null, id: string): Promise<OfferingRecord> {
    const la = listingActorOf(actor);
    const categoryCodes = await this.taxonomy.activeCodes();
    return this.step(actor!, la, id, (r) => ({ type: 'submit', offering: r.offering, context: { categoryCodes } }), {
      extraSubmissionErrors: (r) => submissionExtrasErrors(r.offering, r.extras),
      effects: async (_before, next) => {
        next.submittedAt = next.updatedAt;
      },
    });
  }

  async publish(actor: Actor | null, id: string): Promise<OfferingRecord> {
    const la = listingActorOf(actor);
    return this.step(actor!, la, id, () => ({ type: 'publish' }), {
      effects: async (_before, next, m) => {
        next.publishedAt = next.updatedAt;
        await this.events.emit(m, next, 'published');
      },
    });
  }

  async return(actor: Actor | null, id: string, reasons: ReturnReason[]): Promise<OfferingRecord> {
    const la = listingActorOf(actor);
    return this.step(actor!, la, id, () => ({ type: 'return', reasons }));
  }

  async withdraw(actor: Actor | null, id: string, note: string | null): Promise<OfferingRecord> {
    const la = listingActorOf(actor);
    return this.step(actor!, la, id, () => ({ type: 'withdraw', note }), {
      effects: async (before, next, m) => {
        if (before.status === 'published') await this.events.emit(m, next, 'withdrawn');
      },
    });
  }

  /** Every recorded step of a listing (its operator, administrators, reviewers of a served municipality). */
  async historyOf(actor: Actor | null, id: string): Promise<StoredHistoryEntry[]> {
    const r = await this.store.find(id);
    if (!r) throw notFound('Offering', '掲載');
    if (!canViewHistory(actor, { status: r.status, organizationId: r.organizationId, servedMunicipalityCodes: r.extras.servedMunicipalityCodes })) {
      throw forbidden('only the operator, its reviewers and administrators see a listing history', '掲載の履歴は事業者・審査担当の自治体・管理者のみ閲覧できます');
    }
    return this.history.list(id);
  }

  /**
   * One workflow step: lock, check the reviewer's municipality, apply the pure workflow, run the
   * step's effects (timestamps, events), save the state and the history entry.
   */
  private step(
    actor: Actor,
    la: ListingActor,
    id: string,
    action: (r: OfferingRecord) => ListingAction,
    opts: {
      extraSubmissionErrors?: (r: OfferingRecord) => FieldError[];
      effects?: (before: OfferingRecord, next: OfferingRecord, m: EntityManager) => Promise<void>;
    } = {},
  ): Promise<OfferingRecord> {
    return this.tx.run(async (m) => {
      const before = await this.store.lock(m, id);
      const act = action(before);
      if ((act.type === 'publish' || act.type === 'return') && la.role === 'municipal_reviewer' && !before.extras.servedMunicipalityCodes.includes(la.municipalityCode)) {
        throw forbidden(
          `this offering does not serve municipality ${la.municipalityCode}, so its staff cannot review it`,
          `この掲載は貴自治体（${la.municipalityCode}）を提供地域に含まないため審査できません`,
        );
      }
      const now = this.settings.now();
      let result: ReturnType<typeof applyListingAction>;
      try {
        result = applyListingAction({ listingId: id, organizationId: before.organizationId, status: before.status, history: [] }, act, la, now);
      } catch (err) {
        if (err instanceof ListingSubmissionIncompleteError && opts.extraSubmissionErrors) {
          throw submissionIncomplete([...err.fieldErrors.map((e) => ({ ...e, path: toInputPath(e.path) })), ...opts.extraSubmissionErrors(before)], err.missingDisclosure);
        }
        mapListingError(err, toInputPath);
      }
      const extra = opts.extraSubmissionErrors?.(before) ?? [];
      if (extra.length) throw submissionIncomplete(extra, []);
      const next: OfferingRecord = { ...before, status: result.listing.status, updatedAt: now };
      await opts.effects?.(before, next, m);
      await this.store.update(m, next);
      await this.history.appendDomain(m, id, result.entry, {
        name: actor.name,
        municipalityCode: la.role === 'municipal_reviewer' ? la.municipalityCode : null,
      });
      return next;
    });
  }
}
