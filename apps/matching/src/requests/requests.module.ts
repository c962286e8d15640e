import { Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { HelpRequestsResolver } from './help-requests.resolver';
import { HelpRequestsService } from './help-requests.service';
import { RematchService } from './rematch.service';
import { RequestAccess } from './request-access';

@Module({
  imports: [ShortlistsModule, PrivacyModule],
  providers: [RequestAccess, HelpRequestsService, HelpRequestsResolver, RematchService],
  exports: [RequestAccess, HelpRequestsService, RematchService],
})
export class RequestsModule {}
