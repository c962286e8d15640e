import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Actor, conflict, notFound, requireRole } from '@sanpuku/platform';
import { canSeeRequest, type ReferralParty, referralPartyOf } from '../access/access.policy';
import { accessFactsOf, HelpRequestRepository, RequestRow } from './help-request.repository';

/** What of a referral decides who is party to it. */
export interface ReferralAccessRow {
  readonly organization_id: string;
  /** Null until sent: operators never see drafts. */
  readonly consent_id: string | null;
}

/**
 * Who may see a help request, and be party to its referrals: the one place that applies
 * `access.policy`'s rules to a stored request. Every feature (requests, consent, referrals, live
 * updates, erasure) asks it instead of reading the request and deciding itself. A request the
 * actor may not see is NOT_FOUND, as if it did not exist, so ids of other people's requests
 * reveal nothing.
 */
@Injectable()
export class RequestAccess {
  constructor(private readonly requests: HelpRequestRepository) {}

  /** The request if `actor` may see it; NOT_FOUND otherwise. */
  async visible(actor: Actor | null, requestId: string): Promise<RequestRow> {
    return this.check(actor, /^[0-9a-f-]{36}$/i.test(requestId) ? await this.requests.byId(requestId) : null);
  }

  /**
   * The same, inside the caller's unit of work; `lock` holds the request row until it commits
   * (filing a referral or a new shortlist round against it).
   */
  async visibleIn(m: EntityManager, actor: Actor | null, requestId: string, o: { lock?: boolean } = {}): Promise<RequestRow> {
    return this.check(actor, /^[0-9a-f-]{36}$/i.test(requestId) ? await this.requests.byId(requestId, m, o.lock ?? false) : null);
  }

  /**
   * Refuses to act on a request whose senior's personal data was erased (new shortlists, consents,
   * referrals): there is nobody left to match or disclose. INVALID_TRANSITION, like other
   * refusals because of the current state.
   */
  refuseIfErased(r: RequestRow): void {
    if (r.personal_data_erased_at) {
      throw conflict(
        'INVALID_TRANSITION',
        'the senior’s personal data of this request has been erased, so nothing more can be done with it; file a new request if help is needed again',
        'この相談依頼のご本人の個人データは削除済みのため、これ以上の操作はできません。改めて支援が必要な場合は新しい相談依頼を登録してください',
        { currentStatus: 'personal_data_erased' },
      );
    }
  }

  /** Which side of a referral of `request` the actor is on, or null; operators never see drafts. */
  referralParty(a: Actor, referral: ReferralAccessRow, request: RequestRow): ReferralParty | null {
    const party = referralPartyOf(a, { organizationId: referral.organization_id, request: accessFactsOf(request) });
    if (party === 'operator' && referral.consent_id === null) return null;
    return party;
  }

  private check(actor: Actor | null, r: RequestRow | null): RequestRow {
    const a = requireRole(actor);
    if (!r || !canSeeRequest(a, accessFactsOf(r))) throw notFound('help request', '相談依頼');
    return r;
  }
}
