import { Global, Module } from '@nestjs/common';
import { ConsentRepository } from './consent/consent.repository';
import { UnmetDemandRepository } from './demand/unmet-demand.repository';
import { AccessLogRepository } from './privacy/access-log.repository';
import { ErasureRepository } from './privacy/erasure.repository';
import { AreaSegmentRepository } from './read-models/area-segment.repository';
import { OfferingReadModelRepository } from './read-models/offering-read-model.repository';
import { ReferralRepository } from './referrals/referral.repository';
import { HelpRequestRepository } from './requests/help-request.repository';
import { RequestNoticeRepository } from './requests/request-notice.repository';
import { ShortlistRepository } from './shortlists/shortlist.repository';

/**
 * Every table of matching belongs to one feature, and all its SQL is in that feature's
 * `*.repository.ts` (the map is in the README; `tools/lint/matching-table-ownership.spec.ts`
 * checks it). A feature that must read or change another's table calls the owner's repository
 * inside its own unit of work. The repositories are provided here, once, so the features' modules
 * need not import each other (which would be circular: referrals → requests → …).
 */
@Global()
@Module({
  providers: [HelpRequestRepository, RequestNoticeRepository, ConsentRepository, ReferralRepository, ShortlistRepository, OfferingReadModelRepository, AreaSegmentRepository, AccessLogRepository, ErasureRepository, UnmetDemandRepository],
  exports: [HelpRequestRepository, RequestNoticeRepository, ConsentRepository, ReferralRepository, ShortlistRepository, OfferingReadModelRepository, AreaSegmentRepository, AccessLogRepository, ErasureRepository, UnmetDemandRepository],
})
export class MatchingRepositoriesModule {}
