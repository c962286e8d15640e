import { Global, Module } from '@nestjs/common';
import { ConsentRepository } from './consent/consent.repository';
import { AccessLogRepository } from './privacy/access-log.repository';
import { AreaSegmentRepository } from './read-models/area-segment.repository';
import { OfferingReadModelRepository } from './read-models/offering-read-model.repository';
import { ReferralRepository } from './referrals/referral.repository';
import { HelpRequestRepository } from './requests/help-request.repository';
import { RequestNoticeRepository } from './requests/request-notice.repository';
import { ShortlistRepository } from './shortlists/shortlist.repository';

/**
 * Every table of matching belongs to one feature, and all its SQL is in that feature's
 * `*.repository.ts` (help requests and their senior: requests; `request_notice`: requests;
 * consent and its provision records: consent; referrals and their history: referrals; shortlists,
 * rotation and exposure: shortlists; the read models: read-models; the access log: privacy).
 * A feature that must change another's table calls the owner's repository inside its own unit of
 * work. The repositories are provided here, once, so the features' modules need not import each
 * other (which would be circular: referrals → requests → …).
 */
@Global()
@Module({
  providers: [HelpRequestRepository, RequestNoticeRepository, ConsentRepository, ReferralRepository, ShortlistRepository, OfferingReadModelRepository, AreaSegmentRepository, AccessLogRepository],
  exports: [HelpRequestRepository, RequestNoticeRepository, ConsentRepository, ReferralRepository, ShortlistRepository, OfferingReadModelRepository, AreaSegmentRepository, AccessLogRepository],
})
export class MatchingRepositoriesModule {}
