import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReferralStatusChangedV1 } from '@sanpuku/contracts';
import {
  allowedReferralActions,
  applyReferralAction,
  createReferralDraft,
  expireIfDue,
  type ReferralAction,
  type ReferralTransitionResult,
  inSentence,
  REFERRAL_STATUS_LABELS,
  responseDueAt,
} from '@sanpuku/matching-domain';
import { Actor, badInput, notFound, OutboxWriter, requireRole, conflict, UnitOfWork } from '@sanpuku/platform';
import { inboxVisibility, type ReferralParty } from '../access/access.policy';
import { mapDomainError, valueOrThrow } from '../common/graphql-errors';
import { en, enOrNull, ja, jaOrNull } from '../common/labels';
import { checkedLimit, LIST_LIMIT } from '../common/limits';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { ConsentRepository, consentFacts, ConsentRow } from '../consent/consent.repository';
import { findCoveringConsent } from '../consent/consent.policy';
import { ConsentWithdrawalHooks } from '../consent/consent.service';
import type { DisclosureItem } from '@sanpuku/matching-domain';
import { UnmetDemandService } from '../demand/unmet-demand.service';
import { HelpRequestRepository, RequestRow } from '../requests/help-request.repository';
import { RequestAccess } from '../requests/request-access';
import { RequestNoticeRepository } from '../requests/request-notice.repository';
import type { LivingSituation } from '@sanpuku/matching-domain';
import { itemsShown, REFERRAL_DETAILS_FIELD_ITEMS } from '../privacy/access-log.policy';
import { AccessLogRepository } from '../privacy/access-log.repository';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { CreateReferralInput, DETAILS_ACCESS, DisclosedDetailsView, Referral, ReferralUpdate } from './referral.model';
import { ReferralChange, ReferralUpdatesBus } from './referral-updates.bus';
import { buildDisclosedDetails, buildPseudonymousSummary, operatorDetailsVisibility } from './referral-disclosure.policy';
import { HistoryActor, ReferralRepository, ReferralRow, stateOf } from './referral.repository';
import { validateCreateReferral } from './referral.validation';

/** Operator/requester actions exposed through GraphQL ('expire' only happens in the sweep). */
export type ReferralCommandAction = Exclude<ReferralAction, 'expire'>;

const SYSTEM: HistoryActor = { userId: 'referral-expiry', role: 'system' };

/**
 * The referral lifecycle (HL7 SDOH referral task statuses as reference) around the domain's state
 * machine. Every transition, in one transaction: the new state (version-checked), an entry in the
 * referral's history (who, when, why), and a `matching.referral.status-changed` event (ids only)
 * in the outbox; once committed, the change is announced to live subscribers. Sending needs a
 * consent that covers the senior, the operator and the data items; acceptance discloses those
 * items and records the provision and the operator's confirmation of provenance.
 */
function actionsWithWords(actions: readonly string[]): { allowedActions: string[]; allowedActionsLabelJa: string[]; allowedActionsLabelEn: string[] } {
  return { allowedActions: [...actions], allowedActionsLabelJa: actions.map((x) => ja('ReferralAction', x)), allowedActionsLabelEn: actions.map((x) => en('ReferralAction', x)) };
}

@Injectable()
export class ReferralsService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly repo: ReferralRepository,
    private readonly access: RequestAccess,
    private readonly requestRepo: HelpRequestRepository,
    private readonly shortlists: ShortlistsService,
    private readonly consents: ConsentRepository,
    private readonly withdrawalHooks: ConsentWithdrawalHooks,
    private readonly unmet: UnmetDemandService,
    private readonly accessLog: AccessLogRepository,
    private readonly notices: RequestNoticeRepository,
    private readonly updates: ReferralUpdatesBus,
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

  onModuleInit(): void {
    this.withdrawalHooks.register((m, consent, actor, at) => this.cancelWaitingUnder(m, consent, actor, at));
  }

  // ---- use cases -------------------------------------------------------------------------------

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
    return this.view(a, id);
  }

  /** send | cancel | accept | reject | start | complete | fail | hold | resume. */
  async act(actor: Actor | null, referralId: string, action: ReferralCommandAction, opts: { reasonCode?: string | null; consentId?: string | null } = {}): Promise<Referral> {
    const a = requireRole(actor);
    const now = new Date();
    await this.uow.run(async (m) => {
      const row = await this.repo.byId(referralId, m, 'update');
      const request = row ? await this.requestRepo.byId(row.request_id, m) : null;
      const party = row && request ? this.partyOf(a, row, request) : null;
      if (!row || !request || !party) throw notFound('referral', '紹介');
      const t = this.transition(row, action, party, a, opts.reasonCode, now);
      if (action === 'send') {
        await this.send(m, a, row, t, request, opts.consentId ?? null, now);
        return;
      }
      if (action === 'accept') await this.discloseOnAcceptance(m, a, row, request, now);
      await this.recordTransition(m, row, t, { userId: a.sub, role: a.role });
      await this.afterTransition(m, row, request, t, now);
    });
    return this.view(a, referralId);
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
      await this.afterTransition(m, row, request, t, now);
      return true;
    });
  }

  // ---- reads -----------------------------------------------------------------------------------

  async get(actor: Actor | null, referralId: string): Promise<Referral> {
    return this.view(requireRole(actor), referralId);
  }

  async listForRequest(actor: Actor | null, requestId: string): Promise<Referral[]> {
    const a = requireRole(actor);
    const request = await this.access.visible(a, requestId);
    const rows = await this.repo.byRequest(request.id);
    return Promise.all(rows.map((r) => this.toView(a, r, request, 'requester')));
  }

  /** An operator's referrals (sent ones only; pseudonymous until accepted). Admin: every organization. */
  async inbox(actor: Actor | null, f: { status?: string | null; limit?: number | null }): Promise<Referral[]> {
    const a = requireRole(actor, 'operator', 'admin');
    const limit = checkedLimit(f.limit, LIST_LIMIT);
    const v = inboxVisibility(a);
    if (v.kind === 'none') return [];
    const rows = await this.repo.inbox(v.kind === 'organization' ? v.organizationId : null, f.status ?? null, limit);
    const out: Referral[] = [];
    for (const r of rows) {
      const request = (await this.requestRepo.byId(r.request_id))!;
      out.push(await this.toView(a, r, request, a.role === 'operator' ? 'operator' : 'requester'));
    }
    return out;
  }

  /**
   * The consented details of a referral built for its operator (null for anyone else, before
   * acceptance or after a withdrawal). A view that shows any item is first written to the access
   * log (who, which referral, which items — from the fields selected — and when): no log, no data.
   */
  async details(actor: Actor | null, referral: Referral, view: { fields: Iterable<string>; operationType: 'query' | 'mutation' | 'subscription' }): Promise<DisclosedDetailsView | null> {
    const access = referral[DETAILS_ACCESS];
    if (!access) return null;
    const a = requireRole(actor);
    const p = await this.requestRepo.personal(access.request.id);
    // Erased: nothing is left to show (and nothing is logged).
    if (!p || p.erased_at || !p.full_name || !p.address_text || !p.care_level) return null;
    const items = itemsShown(view.fields, REFERRAL_DETAILS_FIELD_ITEMS, access.disclosedItems);
    if (items.length) {
      await this.accessLog.append({
        seniorId: access.request.senior_id,
        requestId: access.request.id,
        referralId: access.referralId,
        via: 'referral_details',
        items,
        viewer: a,
        operationType: view.operationType,
      });
    }
    const disclosed = buildDisclosedDetails(
      {
        fullName: p.full_name,
        fullNameKana: p.full_name_kana,
        addressText: p.address_text,
        contactPhone: p.contact_phone,
        ageBand: access.request.age_band,
        careLevel: p.care_level,
        livingSituation: access.request.living_situation as LivingSituation,
        healthNotes: p.health_notes,
        needsNote: p.needs_note,
      },
      access.disclosedItems,
    );
    return { ...disclosed, items: [...disclosed.items] };
  }

  // ---- live updates ----------------------------------------------------------------------------

  /**
   * Operators: every referral sent to their organization as it arrives (action `send`), then its
   * later changes, each with the referral as the operator may see it then (the pseudonymous
   * summary until accepted). Admin: every sent referral, requester-side view. Never drafts.
   */
  inboxUpdates(actor: Actor | null): AsyncIterableIterator<ReferralUpdate> {
    const a = requireRole(actor, 'operator', 'admin');
    const v = inboxVisibility(a);
    const side: ReferralParty = a.role === 'operator' ? 'operator' : 'requester';
    const map = (c: ReferralChange) => this.updateFor(a, c, side, { drafts: false });
    if (v.kind === 'organization') return this.updates.forOrganization(v.organizationId, map);
    if (v.kind === 'all') return this.updates.all(map);
    throw notFound('referral inbox', '受付一覧');
  }

  /**
   * The requester side: every status change of the referrals of a request the caller may see
   * (NOT_FOUND otherwise, as for the `helpRequest` query).
   */
  async requestUpdates(actor: Actor | null, requestId: string): Promise<AsyncIterableIterator<ReferralUpdate>> {
    const a = requireRole(actor);
    const request = await this.access.visible(a, requestId);
    return this.updates.forRequest(request.id, (c) => this.updateFor(a, c, 'requester'));
  }

  /**
   * The change as `a` may see it now — the transition re-read from the referral's history, the
   * referral as `a`'s side may see it — or null when `a` is not (or no longer) that party to it.
   */
  private async updateFor(a: Actor, c: ReferralChange, side: ReferralParty, o: { drafts: boolean } = { drafts: true }): Promise<ReferralUpdate | null> {
    const t = await this.repo.transitionTo(c.referralId, c.version);
    if (!t || (!o.drafts && t.to_status === 'draft')) return null;
    const row = await this.repo.byId(c.referralId);
    const request = row ? await this.requestRepo.byId(row.request_id) : null;
    if (!row || !request || this.partyOf(a, row, request) !== side) return null;
    const label = REFERRAL_STATUS_LABELS[t.to_status];
    return {
      referralId: c.referralId,
      action: t.action,
      actionLabelJa: ja('ReferralAction', t.action),
      actionLabelEn: en('ReferralAction', t.action),
      from: t.from_status,
      fromLabelJa: jaOrNull('ReferralStatus', t.from_status),
      fromLabelEn: enOrNull('ReferralStatus', t.from_status),
      to: t.to_status,
      toLabelJa: label.ja,
      toLabelEn: label.en,
      version: t.version,
      reasonCode: t.reason_code,
      reasonCodeLabelJa: jaOrNull('ReferralReasonCode', t.reason_code),
      reasonCodeLabelEn: enOrNull('ReferralReasonCode', t.reason_code),
      at: t.at,
      referral: await this.toView(a, row, request, side),
    };
  }

  // ---- internals -------------------------------------------------------------------------------

  /** Operators never see drafts: a referral exists for them from the moment it is sent. */
  private partyOf(a: Actor, row: ReferralRow, request: RequestRow): ReferralParty | null {
    return this.access.referralParty(a, row, request);
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
      {
        seniorId: request.senior_id,
        organizationId: row.organization_id,
        offeringCategories: row.offering.categories,
        items: row.disclosed_items as DisclosureItem[],
        at: now,
      },
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
    const summary = buildPseudonymousSummary(this.summaryFacts(request), row.offering.categories);
    await this.consents.appendProvision(m, {
      referralId: row.id,
      requestId: request.id,
      seniorId: request.senior_id,
      consentId: coverage.consentId,
      organizationId: row.organization_id,
      offeringId: row.offering_id,
      stage: 'pseudonymous_summary',
      items: summary.items,
      at: now,
      byUserId: a.sub,
    });
    await this.recordTransition(m, row, t, { userId: a.sub, role: a.role }, coverage.consentId);
  }

  /** On acceptance: the consent must still cover the disclosure; the provision is recorded. */
  private async discloseOnAcceptance(m: EntityManager, a: Actor, row: ReferralRow, request: RequestRow, now: Date): Promise<void> {
    const consent = row.consent_id ? await this.consents.byId(row.consent_id, m, true) : null;
    const coverage = consent
      ? findCoveringConsent([consentFacts(consent)], {
          seniorId: request.senior_id,
          organizationId: row.organization_id,
          offeringCategories: row.offering.categories,
          items: row.disclosed_items as DisclosureItem[],
          at: now,
        })
      : null;
    if (!coverage?.covered) {
      throw conflict('CONSENT_REQUIRED', 'the consent for this referral no longer covers the disclosure', 'この紹介の情報提供に対する同意が有効ではありません');
    }
    const provisionRecordId = await this.consents.appendProvision(m, {
      referralId: row.id,
      requestId: request.id,
      seniorId: request.senior_id,
      consentId: coverage.consentId,
      organizationId: row.organization_id,
      offeringId: row.offering_id,
      stage: 'identified_details',
      items: row.disclosed_items,
      at: now,
      byUserId: a.sub,
    });
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

  /**
   * After a rejection, failure or expiry the requester is offered the next candidates; when none
   * are left and no referral of the request is still open or successful, the request's needs are
   * recorded as unmet demand. A completion fulfils the request.
   */
  private async afterTransition(m: EntityManager, row: ReferralRow, request: RequestRow, t: ReferralTransitionResult, now: Date): Promise<void> {
    const to = t.referral.status;
    if (to === 'completed') {
      await this.requestRepo.setStatus(m, request.id, 'fulfilled');
      return;
    }
    if (to !== 'rejected' && to !== 'failed' && to !== 'expired') return;
    const next = await this.shortlists.nextCandidates(request.id, await this.repo.offeringIdsOfRequest(request.id, m), this.settings.nextCandidatesOffered, m);
    if (next.length > 0) {
      await this.notices.append(m, { requestId: request.id, referralId: row.id, kind: `referral_${to}`, offeringIds: next.map((e) => e.offeringId), at: now });
      return;
    }
    const outcome = await this.repo.outcomeOfRequest(m, request.id);
    if (outcome.live === 0 && outcome.unsuccessful > 0) {
      await this.unmet.record(m, { requestId: request.id, municipalityCode: request.municipality_code, categories: request.needs, reason: 'referrals_unsuccessful', at: now });
      await this.requestRepo.setStatus(m, request.id, 'unmet');
      await this.notices.append(m, { requestId: request.id, referralId: row.id, kind: 'recorded_as_unmet', at: now });
    }
  }

  /** Consent withdrawn: referrals still waiting for the operator under it are cancelled (nothing more is disclosed). */
  private async cancelWaitingUnder(m: EntityManager, consent: ConsentRow, actor: Actor, at: Date): Promise<void> {
    for (const row of await this.repo.waitingUnderConsent(m, consent.id)) {
      const t = this.transition(row, 'cancel', 'requester', actor, 'consent_withdrawn', at);
      await this.recordTransition(m, row, t, { userId: actor.sub, role: actor.role });
    }
  }

  private summaryFacts(r: RequestRow) {
    return { municipalityCode: r.municipality_code, needs: r.needs, careLevelBand: r.care_level_band, preferredDays: r.preferred_days };
  }

  private async view(a: Actor, referralId: string): Promise<Referral> {
    const row = await this.repo.byId(referralId);
    const request = row ? await this.requestRepo.byId(row.request_id) : null;
    const party = row && request ? this.partyOf(a, row, request) : null;
    if (!row || !request || !party) throw notFound('referral', '紹介');
    return this.toView(a, row, request, party);
  }

  /**
   * The referral as the viewer's side may see it. The operator gets the pseudonymous summary, and
   * the consented details only once accepted and while the consent stands; never the request id,
   * the consent id or the matching explanations.
   */
  private async toView(a: Actor, row: ReferralRow, request: RequestRow, side: ReferralParty): Promise<Referral> {
    const summary = buildPseudonymousSummary(this.summaryFacts(request), row.offering.categories);
    let detailsVisible = false;
    let withheld: { en: string; ja: string } | null = null;
    if (side === 'operator') {
      const consent = row.consent_id ? await this.consents.byId(row.consent_id) : null;
      const visibility = operatorDetailsVisibility({
        detailsProvided: await this.consents.hasDetailsProvision(row.id),
        consentWithdrawn: !!consent?.withdrawn_at,
      });
      if (visibility.visible) detailsVisible = true;
      else withheld = { en: visibility.en, ja: visibility.ja };
    }
    const due = responseDueAt(stateOf(row), { respondWithinHours: this.settings.respondWithinHours });
    const label = REFERRAL_STATUS_LABELS[row.status];
    return {
      id: row.id,
      status: row.status,
      statusLabelJa: label.ja,
      statusLabelEn: label.en,
      statusSince: row.status_since,
      version: row.version,
      reasonCode: row.reason_code,
      reasonCodeLabelJa: jaOrNull('ReferralReasonCode', row.reason_code),
      reasonCodeLabelEn: enOrNull('ReferralReasonCode', row.reason_code),
      offeringId: row.offering_id,
      organizationId: row.organization_id,
      offeringTitle: row.offering.title,
      organizationName: row.offering.organizationName,
      responseDueAt: due,
      ...actionsWithWords(allowedReferralActions(row.status, side).filter((x) => x !== 'expire')),
      viewerSide: side,
      requestId: side === 'requester' ? row.request_id : null,
      consentId: side === 'requester' ? row.consent_id : null,
      disclosedItems: row.disclosed_items,
      disclosedItemsLabelJa: row.disclosed_items.map((i) => ja('ConsentDataItem', i)),
      disclosedItemsLabelEn: row.disclosed_items.map((i) => en('ConsentDataItem', i)),
      summary: { ...summary, categories: [...summary.categories], preferredDays: [...summary.preferredDays] },
      // The details themselves are loaded (and the view logged) only when the field is selected.
      ...(detailsVisible ? { [DETAILS_ACCESS]: { referralId: row.id, request, disclosedItems: row.disclosed_items as DisclosureItem[] } } : {}),
      detailsWithheldJa: withheld?.ja ?? null,
      detailsWithheldEn: withheld?.en ?? null,
      // The operator learns that the requester side acted, not which person (minimum disclosure).
      history: (await this.repo.history(row.id)).map((h) => (side === 'operator' && h.actorKind === 'requester' ? { ...h, actorUserId: null, actorRole: 'requester' } : h)),
      provenance: await this.consents.provenanceOfReferral(row.id, side),
      createdAt: row.created_at,
    };
  }
}
