import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { DemandModule } from '../demand/demand.module';
import { RequestsModule } from '../requests/requests.module';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { ReferralExpiryService } from './referral-expiry.service';
import { ReferralRepository } from './referral.repository';
import { HelpRequestReferralFieldsResolver, ReferralsResolver } from './referrals.resolver';
import { ReferralsService } from './referrals.service';

@Module({
  imports: [RequestsModule, ShortlistsModule, ConsentModule, DemandModule],
  providers: [ReferralRepository, ReferralsService, ReferralExpiryService, ReferralsResolver, HelpRequestReferralFieldsResolver],
  exports: [ReferralsService, ReferralExpiryService],
})
export class ReferralsModule {}
