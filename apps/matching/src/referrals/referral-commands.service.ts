import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReferralStatusChangedV1 } from '@sanpuku/contracts';
import {
  applyReferralAction,
  createReferralDraft,
  type DisclosureItem,
  expireIfDue,
  inSentence,
  REFERRAL_STATUS_LABELS,
  type ReferralAction,
  type ReferralTransitionResult,
} from '@sanpuku/matching-domain';
import { Actor, badInput, conflict, notFound, OutboxWriter, requireRole, UnitOfWork } from '@sanpuku/platform';
import type { ReferralParty } from '../access/access.policy';
import { mapDomainError, valueOrThrow } from '../common/graphql-errors';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { ConsentRepository, consentFacts, ConsentRow, NewProvision } from '../consent/consent.repository';
import { findCoveringConsent } from '../consent/consent.policy';
import { ConsentWithdrawalHooks } from '../consent/consent.service';
import { HelpRequestRepository, RequestRow } from '../requests/help-request.repository';
import { RequestAccess } from '../requests/request-access';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { Referral } from './referral.model';
import { CreateReferralInput } from './referral.input';
import { buildPseudonymousSummary } from './referral-disclosure.policy';
import { ReferralFollowUp } from './referral-follow-up.service';
import { HistoryActor, ReferralRepository, ReferralRow, stateOf } from './referral.repository';
import { validateCreateReferral } from './referral.validation';
import { ReferralViews, summaryFactsOf } from './referral-views.service';

/** What a consent must cover for the referral to be sent or its details disclosed at `now`. */
function coverageNeeded(row: ReferralRow, request: RequestRow, now: Date) {
  return { seniorId: request.senior_id, organizationId: row.organization_id, offeringCategories: row.offering.categories, items: row.disclosed_items as DisclosureItem[], at: now };
}

/** A provision of the senior's data to the referral's operator under a consent, as the record keeps it (APPI Art. 29). */
function provisionOf(a: Actor, row: ReferralRow, request: RequestRow, consentId: string, stage: NewProvision['stage'], items: readonly string[], at: Date): NewProvision {
  return { referralId: row.id, requestId: request.id, seniorId: request.senior_id, consentId, organizationId: row.organization_id, offeringId: row.offering_id, stage, items, at, byUserId: a.sub };
}

/** Operator/requester actions exposed through GraphQL ('expire' only happens in the sweep). */
export type ReferralCommandAction = Exclude<ReferralAction, 'expire'>;

const SYSTEM: HistoryActor = { userId: 'referral-expiry', role: 'system' };

/**
 * The referral lifecycle (HL7 SDOH referral task statuses as reference) around the domain's state
 * machine. Every transition, in one transaction: the new state (version-checked), an entry in the
 * referral's history (who, when, why), and a `matching.referral.status-changed` event (ids only)
 * in the outbox — once relayed, that event is also what notifies live subscribers on every
 * instance (ReferralUpdatesBus). What follows for the request (next candidates, unmet demand, a
 * fulfilled request) is ReferralFollowUp's. Sending needs a consent that covers the senior, the operator and the data items; acceptance discloses those
 * items and records the provision and the operator's confirmation of provenance.
 */
@Injectable()
export class ReferralCommands implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly repo: ReferralRepository,
    private readonly access: RequestAccess,
    private readonly requestRepo: HelpRequestRepository,
    private readonly shortlists: ShortlistsService,
    private readonly consents: ConsentRepository,
    private readonly withdrawalHooks: ConsentWithdrawalHooks,
    private readonly followUp: ReferralFollowUp,
    private readonly views: ReferralViews,
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

  onModuleInit(): void {
    this.withdrawalHooks.register((m, consent, actor, at) => this.cancelWaitingUnder(m, consent, actor, at));
  }

  /** Creates a referral to an offering on the request's shortlist, and sends it unless `send` is false. */
  async create(actor: Actor | null, input: CreateReferralInput): Promise<Referral> {
    const a = requireRole(actor, 'family', 'care_manager', 'municipal_staff', 'admin');
    const d = valueOrThrow(validateCreateReferral(input));
    const now = new Date();
    const id = randomUUID();
    await this.uow.run(async (m) => {
      const request = await this.access.visibleIn(m, a, d.requestId, { lock: true });
      this.access.refuseIfErased(request);
      const entry = await this.shortlists.entryFor(m, request.id, d.offeringId);
      if (!entry) {
        throw badInput('/input/offeringId', "the chosen offering is not on this request's shortlist", '選ばれたサービスはこの依頼の候補一覧にありません', 'not_on_shortlist');
      }
      const open = await this.repo.openTo(m, request.id, d.offeringId);
      if (open) {
        throw conflict('REFERRAL_EXISTS', `a referral to this offering already exists and is ${inSentence(REFERRAL_STATUS_LABELS[open.status as 'draft'].en)}`, `このサービスへの紹介は既にあり、「${REFERRAL_STATUS_LABELS[open.status as 'draft'].ja}」です`, {
          referralId: open.id,
          currentStatus: open.status,
        });
      }
      const created = createReferralDraft(id, { role: 'requester', id: a.sub }, now);
      await this.repo.insertDraft(m, {
        id,
        requestId: request.id,
        shortlistId: entry.shortlist_id,
        offeringId: d.offeringId,
        organizationId: entry.organization_id,
        offering: entry.offering,
        disclosedItems: d.disclosedItems,
        createdBy: a.sub,
        at: now,
      });
      const row = (await this.repo.byId(id, m, 'update'))!;
      await this.recordTransition(m, row, created, { userId: a.sub, role: a.role });
      if (d.send) await this.send(m, a, row, this.transition(row, 'send', 'requester', a, null, now), request, d.consentId, now);
    });
    return this.views.view(a, id);
  }

  /** send | cancel | accept | reject | start | complete | fail | hold | resume. */
  async act(actor: Actor | null, referralId: string, action: ReferralCommandAction, opts: { reasonCode?: string | null; consentId?: string | null } = {}): Promise<Referral> {
    const a = requireRole(actor);
    const now = new Date();
    await this.uow.run(async (m) => {
      const row = await this.repo.byId(referralId, m, 'update');
      const request = row ? await this.requestRepo.byId(row.request_id, m) : null;
      const party = row && request ? this.access.referralParty(a, row, request) : null;
      if (!row || !request || !party) throw notFound('referral', '紹介');
      const t = this.transition(row, action, party, a, opts.reasonCode, now);
      if (action === 'send') {
        await this.send(m, a, row, t, request, opts.consentId ?? null, now);
        return;
      }
      if (action === 'accept') await this.discloseOnAcceptance(m, a, row, request, now);
      await this.recordTransition(m, row, t, { userId: a.sub, role: a.role });
      await this.followUp.afterTransition(m, row, request, t, now);
    });
    return this.views.view(a, referralId);
  }

  /**
   * Expires one referral whose operator did not answer in time, offering the requester the next
   * candidates. Returns false when it is not (or no longer) due. Used by the sweep.
   */
  async expireOne(referralId: string, now: Date): Promise<boolean> {
    return this.uow.run(async (m) => {
      const row = await this.repo.byId(referralId, m, 'skip-locked');
      if (!row) return false;
      const check = expireIfDue(stateOf(row), now, { respondWithinHours: this.settings.respondWithinHours, systemActorId: SYSTEM.userId });
      if (!check.expired) return false;
      const request = (await this.requestRepo.byId(row.request_id, m))!;
      const t: ReferralTransitionResult = { referral: check.referral, entry: check.entry };
      await this.recordTransition(m, row, t, SYSTEM);
      await this.followUp.afterTransition(m, row, request, t, now);
      return true;
    });
  }

  private transition(row: ReferralRow, action: ReferralCommandAction, party: ReferralParty, a: Actor, reasonCode: string | null | undefined, now: Date): ReferralTransitionResult {
    try {
      return applyReferralAction(stateOf(row), { action, actor: { role: party, id: a.sub }, reasonCode }, now);
    } catch (err) {
      return mapDomainError(err);
    }
  }

  /**
   * draft → requested, only under a consent that covers this senior, this operator (or a
   * category of its offering) and every item to be disclosed. The operator receives the
   * pseudonymous summary now, recorded as a provision under that consent.
   */
  private async send(
    m: EntityManager,
    a: Actor,
    row: ReferralRow,
    t: ReferralTransitionResult,
    request: RequestRow,
    consentId: string | null,
    now: Date,
  ): Promise<void> {
    const consents = await this.consents.bySenior(request.senior_id, 'third_party_provision', m);
    const coverage = findCoveringConsent(
      consents.map(consentFacts),
      coverageNeeded(row, request, now),
      consentId,
    );
    if (!coverage.covered) {
      throw conflict(
        'CONSENT_REQUIRED',
        `the referral cannot be sent without a consent that covers it: ${coverage.gaps.map((g) => g.en).join('; ')}`,
        `この紹介を対象とする同意がないため送信できません: ${coverage.gaps.map((g) => g.ja).join('／')}`,
        { gaps: coverage.gaps.map((g) => ({ code: g.code, consentId: g.consentId, missingItems: g.missingItems ?? null })) },
      );
    }
    const summary = buildPseudonymousSummary(summaryFactsOf(request), row.offering.categories);
    await this.consents.appendProvision(m, provisionOf(a, row, request, coverage.consentId, 'pseudonymous_summary', summary.items, now));
    await this.recordTransition(m, row, t, { userId: a.sub, role: a.role }, coverage.consentId);
  }

  /** On acceptance: the consent must still cover the disclosure; the provision is recorded. */
  private async discloseOnAcceptance(m: EntityManager, a: Actor, row: ReferralRow, request: RequestRow, now: Date): Promise<void> {
    const consent = row.consent_id ? await this.consents.byId(row.consent_id, m, true) : null;
    const coverage = consent
      ? findCoveringConsent([consentFacts(consent)], coverageNeeded(row, request, now))
      : null;
    if (!coverage?.covered) {
      throw conflict('CONSENT_REQUIRED', 'the consent for this referral no longer covers the disclosure', 'この紹介の情報提供に対する同意が有効ではありません');
    }
    const provisionRecordId = await this.consents.appendProvision(m, provisionOf(a, row, request, coverage.consentId, 'identified_details', row.disclosed_items, now));
    // APPI Art. 30: the recipient confirms where the data comes from; recorded with the provision.
    const sender = await this.repo.sender(m, row.id);
    await this.consents.appendProvenanceConfirmation(m, {
      provisionRecordId,
      referralId: row.id,
      seniorId: request.senior_id,
      organizationId: row.organization_id,
      items: row.disclosed_items,
      provider: { userId: sender?.userId ?? row.created_by_user_id, role: sender?.role ?? request.filed_by_role, officeId: request.office_id },
      consent: consent!,
      acquisition: await this.consents.acquisitionConsentOf(m, request.id),
      confirmedByUserId: a.sub,
      at: now,
    });
  }

  /**
   * State (version-checked) + history entry + outbox event, all in the caller's transaction. The
   * event, once relayed, is also what live subscribers on every instance are notified by.
   */
  private async recordTransition(m: EntityManager, row: ReferralRow, t: ReferralTransitionResult, who: HistoryActor, consentId: string | null = null): Promise<void> {
    if (t.entry.action !== 'create') {
      const ok = await this.repo.applyTransition(m, t, row.version, consentId);
      if (!ok) {
        throw conflict('CONCURRENT_UPDATE', 'this referral was changed at the same time by someone else; reload and try again', 'この紹介は同時に別の操作で更新されました。再読み込みしてやり直してください', { referralId: row.id });
      }
    }
    await this.repo.appendHistory(m, t, who);
    await this.outbox.append(m, {
      type: ReferralStatusChangedV1.type,
      subject: row.id,
      data: {
        referralId: row.id,
        requestId: row.request_id,
        offeringId: row.offering_id,
        organizationId: row.organization_id,
        from: t.entry.from,
        to: t.entry.to,
        reasonCode: t.entry.reasonCode,
        version: t.entry.version,
      },
    });
  }

  /** Consent withdrawn: referrals still waiting for the operator under it are cancelled (nothing more is disclosed). */
  private async cancelWaitingUnder(m: EntityManager, consent: ConsentRow, actor: Actor, at: Date): Promise<void> {
    for (const row of await this.repo.waitingUnderConsent(m, consent.id)) {
      const t = this.transition(row, 'cancel', 'requester', actor, 'consent_withdrawn', at);
      await this.recordTransition(m, row, t, { userId: actor.sub, role: actor.role });
    }
  }
}
