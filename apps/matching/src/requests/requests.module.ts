import { Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { HelpRequestRepository } from './help-request.repository';
import { HelpRequestsResolver } from './help-requests.resolver';
import { HelpRequestsService } from './help-requests.service';
import { RematchService } from './rematch.service';

@Module({
  imports: [ShortlistsModule, PrivacyModule],
  providers: [HelpRequestRepository, HelpRequestsService, HelpRequestsResolver, RematchService],
  exports: [HelpRequestRepository, HelpRequestsService, RematchService],
})
export class RequestsModule {}
