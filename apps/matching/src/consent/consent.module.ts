import { Module } from '@nestjs/common';
import { MatchingCommonModule } from '../common/common.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { RequestsModule } from '../requests/requests.module';
import { ConsentRepository } from './consent.repository';
import { ConsentResolver, HelpRequestConsentFieldsResolver } from './consent.resolver';
import { ConsentService, ConsentWithdrawalHooks } from './consent.service';

@Module({
  imports: [RequestsModule, MatchingCommonModule, PrivacyModule],
  providers: [ConsentRepository, ConsentWithdrawalHooks, ConsentService, ConsentResolver, HelpRequestConsentFieldsResolver],
  exports: [ConsentRepository, ConsentWithdrawalHooks],
})
export class ConsentModule {}
