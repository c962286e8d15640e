import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntime, subgraphModule } from '@sanpuku/platform';
import { MatchingSettingsModule } from './config/matching-settings.module';
import type { MatchingSettings } from './config/matching.settings';
import { ConsentModule } from './consent/consent.module';
import { DemandModule } from './demand/demand.module';
import { matchingService } from './matching.service-definition';
import { PersonalDataLifecycleModule } from './privacy/personal-data-lifecycle.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ReadModelsModule } from './read-models/read-models.module';
import { ReferralsModule } from './referrals/referrals.module';
import { MatchingRepositoriesModule } from './matching-repositories.module';
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
        // Live referral updates over graphql-ws (ws://<matching>/graphql; the gateway relays them).
        subgraphModule(runtime, { subscriptions: true }),
        MatchingSettingsModule.forRoot(settings),
        MatchingRepositoriesModule,
        PrivacyModule,
        ReadModelsModule,
        RequestsModule,
        ShortlistsModule,
        ConsentModule,
        ReferralsModule,
        PersonalDataLifecycleModule,
        DemandModule,
      ],
    };
  }
}
