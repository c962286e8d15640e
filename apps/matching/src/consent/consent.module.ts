import { Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module';
import { RequestsModule } from '../requests/requests.module';
import { ConsentRepository } from './consent.repository';
import { ConsentResolver, HelpRequestConsentFieldsResolver } from './consent.resolver';
import { ConsentService, ConsentWithdrawalHooks } from './consent.service';

@Module({
  imports: [RequestsModule, PrivacyModule],
  providers: [ConsentRepository, ConsentWithdrawalHooks, ConsentService, ConsentResolver, HelpRequestConsentFieldsResolver],
  exports: [ConsentRepository, ConsentWithdrawalHooks],
})
export class ConsentModule {}
