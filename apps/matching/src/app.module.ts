import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntime, subgraphModule } from '@sanpuku/platform';
import { matchingService } from './matching.service-definition';
import { ReadModelsModule } from './read-models/read-models.module';

/** Matching & referral: help requests, shortlists, referrals, consent, demand analytics. */
@Module({})
export class MatchingAppModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: MatchingAppModule,
      imports: [PlatformModule.forService(matchingService, runtime), subgraphModule(runtime), ReadModelsModule],
    };
  }
}
