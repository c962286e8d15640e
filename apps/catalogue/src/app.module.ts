import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntime, subgraphModule } from '@sanpuku/platform';
import { CatalogueFeaturesModule } from './catalogue-features.module';
import { catalogueService } from './catalogue.service-definition';
import { CatalogueSettingsModule } from './config/catalogue-settings.module';
import type { CatalogueSettings } from './config/catalogue.settings';

/** Catalogue: operators, offerings, the shared taxonomy, listing review, search, HSDS. */
@Module({})
export class CatalogueAppModule {
  /** `settings` overrides what CATALOGUE_* environment variables say (tests use it). */
  static forRoot(runtime: ServiceRuntime, settings: Partial<CatalogueSettings> = {}): DynamicModule {
    return {
      module: CatalogueAppModule,
      imports: [PlatformModule.forService(catalogueService, runtime), subgraphModule(runtime), CatalogueSettingsModule.forRoot(settings), CatalogueFeaturesModule],
    };
  }
}
