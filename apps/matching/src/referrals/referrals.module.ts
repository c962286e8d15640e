import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { DemandModule } from '../demand/demand.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { RequestsModule } from '../requests/requests.module';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { ReferralCommands } from './referral-commands.service';
import { ReferralDisclosure } from './referral-disclosure.service';
import { ReferralExpiryService } from './referral-expiry.service';
import { ReferralFollowUp } from './referral-follow-up.service';
import { ReferralLiveUpdates } from './referral-live-updates.service';
import { ReferralUpdatesBus } from './referral-updates.bus';
import { ReferralViews } from './referral-views.service';
import { HelpRequestReferralFieldsResolver, ReferralsResolver } from './referrals.resolver';

/**
 * Referrals, by responsibility: commands (the lifecycle's transitions, consent coverage and
 * provisions), views (what each side may see), disclosure (the operator's consented details),
 * follow-up (what an outcome means for the request) and live updates (subscriptions fed by the
 * referral events through ReferralUpdatesBus).
 */
@Module({
  imports: [RequestsModule, ShortlistsModule, ConsentModule, DemandModule, PrivacyModule],
  providers: [
    ReferralUpdatesBus,
    ReferralViews,
    ReferralDisclosure,
    ReferralFollowUp,
    ReferralCommands,
    ReferralLiveUpdates,
    ReferralExpiryService,
    ReferralsResolver,
    HelpRequestReferralFieldsResolver,
  ],
  exports: [ReferralCommands, ReferralExpiryService, ReferralUpdatesBus],
})
export class ReferralsModule {}
