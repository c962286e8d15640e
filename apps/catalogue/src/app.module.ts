import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { PlatformModule, ServiceRuntime, subgraphModule } from '@sanpuku/platform';
import { CatalogueAdminModule } from './admin/catalogue-admin.module';
import { catalogueService } from './catalogue.service-definition';
import { InputLimitsInterceptor } from './common/input-limits.interceptor';
import { CatalogueSettingsModule } from './config/catalogue-settings.module';
import type { CatalogueSettings } from './config/catalogue.settings';
import { HsdsModule } from './hsds/hsds.module';
import { ListingModule } from './listing/listing.module';
import { OfferingsModule } from './offerings/offerings.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { SearchModule } from './search/search.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';

/** Catalogue: operators, offerings, the shared taxonomy, listing review, search, HSDS. */
@Module({})
export class CatalogueAppModule {
  /** `settings` overrides what CATALOGUE_* environment variables say (tests use it). */
  static forRoot(runtime: ServiceRuntime, settings: Partial<CatalogueSettings> = {}): DynamicModule {
    return {
      module: CatalogueAppModule,
      imports: [
        PlatformModule.forService(catalogueService, runtime),
        subgraphModule(runtime),
        CatalogueSettingsModule.forRoot(settings),
        TaxonomyModule,
        OrganizationsModule,
        OfferingsModule,
        ListingModule,
        SearchModule,
        HsdsModule,
        CatalogueAdminModule,
      ],
      // Every root field of every feature is checked against the documented lengths first.
      providers: [{ provide: APP_INTERCEPTOR, useClass: InputLimitsInterceptor }],
    };
  }
}
