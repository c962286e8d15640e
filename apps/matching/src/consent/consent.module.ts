import { Module } from '@nestjs/common';
import { RequestsModule } from '../requests/requests.module';
import { ConsentRepository } from './consent.repository';
import { ConsentResolver, HelpRequestConsentFieldsResolver } from './consent.resolver';
import { ConsentService, ConsentWithdrawalHooks } from './consent.service';

@Module({
  imports: [RequestsModule],
  providers: [ConsentRepository, ConsentWithdrawalHooks, ConsentService, ConsentResolver, HelpRequestConsentFieldsResolver],
  exports: [ConsentRepository, ConsentWithdrawalHooks],
})
export class ConsentModule {}
