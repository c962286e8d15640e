import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { DemandModule } from '../demand/demand.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { RequestsModule } from '../requests/requests.module';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { ReferralExpiryService } from './referral-expiry.service';
import { ReferralUpdatesBus } from './referral-updates.bus';
import { HelpRequestReferralFieldsResolver, ReferralsResolver } from './referrals.resolver';
import { ReferralsService } from './referrals.service';

@Module({
  imports: [RequestsModule, ShortlistsModule, ConsentModule, DemandModule, PrivacyModule],
  providers: [ReferralUpdatesBus, ReferralsService, ReferralExpiryService, ReferralsResolver, HelpRequestReferralFieldsResolver],
  exports: [ReferralsService, ReferralExpiryService, ReferralUpdatesBus],
})
export class ReferralsModule {}
