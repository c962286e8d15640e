import { Injectable } from '@nestjs/common';
import { REFERRAL_STATUS_LABELS } from '@sanpuku/matching-domain';
import { Actor, notFound, requireRole } from '@sanpuku/platform';
import { inboxVisibility, type ReferralParty } from '../access/access.policy';
import { en, enOrNull, ja, jaOrNull } from '../common/labels';
import { HelpRequestRepository } from '../requests/help-request.repository';
import { RequestAccess } from '../requests/request-access';
import { ReferralUpdate } from './referral.model';
import { ReferralChange, ReferralUpdatesBus } from './referral-updates.bus';
import { ReferralRepository } from './referral.repository';
import { ReferralViews } from './referral-views.service';

/**
 * The GraphQL subscriptions' side of live referral updates: which changes a subscriber follows
 * (its organization's inbox, or one request it may see), and — for each change notice that
 * reaches this instance through ReferralUpdatesBus — what the subscriber may see of it now,
 * re-read from the database with the subscriber's access rules.
 */
@Injectable()
export class ReferralLiveUpdates {
  constructor(
    private readonly repo: ReferralRepository,
    private readonly requestRepo: HelpRequestRepository,
    private readonly access: RequestAccess,
    private readonly views: ReferralViews,
    private readonly updates: ReferralUpdatesBus,
  ) {}

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
    if (!row || !request || this.access.referralParty(a, row, request) !== side) return null;
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
      referral: await this.views.toView(a, row, request, side),
    };
  }
}
