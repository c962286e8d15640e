import { Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module';
import { RequestsModule } from '../requests/requests.module';
import { ConsentResolver, HelpRequestConsentFieldsResolver } from './consent.resolver';
import { ConsentService, ConsentWithdrawalHooks } from './consent.service';

@Module({
  imports: [RequestsModule, PrivacyModule],
  providers: [ConsentWithdrawalHooks, ConsentService, ConsentResolver, HelpRequestConsentFieldsResolver],
  exports: [ConsentWithdrawalHooks],
})
export class ConsentModule {}
