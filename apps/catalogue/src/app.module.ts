import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntime, subgraphModule } from '@sanpuku/platform';
import { catalogueService } from './catalogue.service-definition';
import { TaxonomyModule } from './taxonomy/taxonomy.module';

/** Catalogue: operators, offerings, the shared taxonomy, listing review. */
@Module({})
export class CatalogueAppModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: CatalogueAppModule,
      imports: [PlatformModule.forService(catalogueService, runtime), subgraphModule(runtime), TaxonomyModule],
    };
  }
}
