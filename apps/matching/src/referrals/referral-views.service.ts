import { Inject, Injectable } from '@nestjs/common';
import { allowedReferralActions, REFERRAL_STATUS_LABELS, responseDueAt, type DisclosureItem } from '@sanpuku/matching-domain';
import { Actor, notFound, requireRole } from '@sanpuku/platform';
import { inboxVisibility, type ReferralParty } from '../access/access.policy';
import { en, enOrNull, ja, jaOrNull } from '../common/labels';
import { checkedLimit, LIST_LIMIT } from '../common/limits';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { ConsentRepository } from '../consent/consent.repository';
import { HelpRequestRepository, RequestRow } from '../requests/help-request.repository';
import { RequestAccess } from '../requests/request-access';
import { DETAILS_ACCESS, Referral } from './referral.model';
import { buildPseudonymousSummary, operatorDetailsVisibility } from './referral-disclosure.policy';
import { ReferralRepository, ReferralRow, stateOf } from './referral.repository';

/** What the pseudonymous summary is built from (never the senior's identity). */
export function summaryFactsOf(r: RequestRow) {
  return { municipalityCode: r.municipality_code, needs: r.needs, careLevelBand: r.care_level_band, preferredDays: r.preferred_days };
}

function actionsWithWords(actions: readonly string[]): { allowedActions: string[]; allowedActionsLabelJa: string[]; allowedActionsLabelEn: string[] } {
  return { allowedActions: [...actions], allowedActionsLabelJa: actions.map((x) => ja('ReferralAction', x)), allowedActionsLabelEn: actions.map((x) => en('ReferralAction', x)) };
}

/**
 * Referrals as each side may see them: one referral, a request's referrals, an operator's inbox.
 * Who is party to a referral is RequestAccess's decision; what the operator sees of it before and
 * after acceptance is the disclosure policy's.
 */
@Injectable()
export class ReferralViews {
  constructor(
    private readonly repo: ReferralRepository,
    private readonly requestRepo: HelpRequestRepository,
    private readonly access: RequestAccess,
    private readonly consents: ConsentRepository,
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

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

  /** The referral as `a`'s side may see it; NOT_FOUND when `a` is party to it on neither side. */
  async view(a: Actor, referralId: string): Promise<Referral> {
    const row = await this.repo.byId(referralId);
    const request = row ? await this.requestRepo.byId(row.request_id) : null;
    const party = row && request ? this.partyOf(a, row, request) : null;
    if (!row || !request || !party) throw notFound('referral', '紹介');
    return this.toView(a, row, request, party);
  }

  /** Which side of the referral `a` is on, or null (operators never see drafts). */
  private partyOf(a: Actor, row: ReferralRow, request: RequestRow): ReferralParty | null {
    return this.access.referralParty(a, row, request);
  }

  /**
   * The referral as the viewer's side may see it. The operator gets the pseudonymous summary, and
   * the consented details only once accepted and while the consent stands; never the request id,
   * the consent id or the matching explanations.
   */
  async toView(a: Actor, row: ReferralRow, request: RequestRow, side: ReferralParty): Promise<Referral> {
    const summary = buildPseudonymousSummary(summaryFactsOf(request), row.offering.categories);
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
