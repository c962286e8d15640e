import { Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { HelpRequestRepository } from './help-request.repository';
import { HelpRequestsResolver } from './help-requests.resolver';
import { HelpRequestsService } from './help-requests.service';

@Module({
  imports: [ShortlistsModule, PrivacyModule],
  providers: [HelpRequestRepository, HelpRequestsService, HelpRequestsResolver],
  exports: [HelpRequestRepository, HelpRequestsService],
})
export class RequestsModule {}
