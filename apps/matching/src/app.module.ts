import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntime, subgraphModule } from '@sanpuku/platform';
import { MatchingSettingsModule } from './config/matching-settings.module';
import type { MatchingSettings } from './config/matching.settings';
import { ConsentModule } from './consent/consent.module';
import { DemandModule } from './demand/demand.module';
import { matchingService } from './matching.service-definition';
import { ReadModelsModule } from './read-models/read-models.module';
import { ReferralsModule } from './referrals/referrals.module';
import { RequestsModule } from './requests/requests.module';
import { ShortlistsModule } from './shortlists/shortlists.module';

/** Matching & referral: help requests, shortlists, referrals, consent, demand analytics. */
@Module({})
export class MatchingAppModule {
  /** `settings` overrides what MATCHING_* environment variables say (tests use it). */
  static forRoot(runtime: ServiceRuntime, settings: Partial<MatchingSettings> = {}): DynamicModule {
    return {
      module: MatchingAppModule,
      imports: [
        PlatformModule.forService(matchingService, runtime),
        subgraphModule(runtime),
        MatchingSettingsModule.forRoot(settings),
        ReadModelsModule,
        RequestsModule,
        ShortlistsModule,
        ConsentModule,
        ReferralsModule,
        DemandModule,
      ],
    };
  }
}
