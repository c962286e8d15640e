import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReferralTransitionResult } from '@sanpuku/matching-domain';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { UnmetDemandService } from '../demand/unmet-demand.service';
import { HelpRequestRepository, RequestRow } from '../requests/help-request.repository';
import { RequestNoticeRepository } from '../requests/request-notice.repository';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { ReferralRepository, ReferralRow } from './referral.repository';

/** What follows a referral's outcome for its request, in the transition's unit of work. */
@Injectable()
export class ReferralFollowUp {
  constructor(
    private readonly repo: ReferralRepository,
    private readonly requestRepo: HelpRequestRepository,
    private readonly notices: RequestNoticeRepository,
    private readonly shortlists: ShortlistsService,
    private readonly unmet: UnmetDemandService,
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

  /**
   * After a rejection, failure or expiry the requester is offered the next candidates; when none
   * are left and no referral of the request is still open or successful, the request's needs are
   * recorded as unmet demand. A completion fulfils the request.
   */
  async afterTransition(m: EntityManager, row: ReferralRow, request: RequestRow, t: ReferralTransitionResult, now: Date): Promise<void> {
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

}
