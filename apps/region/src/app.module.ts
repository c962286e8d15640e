import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntime, subgraphModule } from '@sanpuku/platform';
import { AreasModule } from './areas/areas.module';
import { ClassificationModule } from './classification/classification.module';
import { ImportsModule } from './imports/imports.module';
import { MapsModule } from './maps/maps.module';
import { regionService } from './region.service-definition';
import { TownBlocksModule } from './town-blocks/town-blocks.module';

/** Region's features: dataset imports, classification runs and what-if, area read API, maps (boundaries over HTTP, drill-down), town-block search. */
const FEATURES = [ImportsModule, ClassificationModule, AreasModule, MapsModule, TownBlocksModule];

/** Region: municipalities, town blocks, resources, market-viability classification. */
@Module({})
export class RegionAppModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: RegionAppModule,
      imports: [PlatformModule.forService(regionService, runtime), subgraphModule(runtime), ...FEATURES],
    };
  }

  /** Batch jobs (the CLI): the same use cases without the GraphQL server and without the relay. */
  static forJobs(runtime: ServiceRuntime): DynamicModule {
    return {
      module: RegionAppModule,
      imports: [PlatformModule.forService(regionService, { ...runtime, runRelay: false }), ...FEATURES],
    };
  }
}
