import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntime, subgraphModule } from '@sanpuku/platform';
import { RegionFeaturesModule } from './region-features.module';
import { regionService } from './region.service-definition';

/** Region: municipalities, town blocks, resources, market-viability classification. */
@Module({})
export class RegionAppModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: RegionAppModule,
      imports: [PlatformModule.forService(regionService, runtime), subgraphModule(runtime), RegionFeaturesModule],
    };
  }

  /** Batch jobs (the CLI): the same use cases without the GraphQL server and without the relay. */
  static forJobs(runtime: ServiceRuntime): DynamicModule {
    return {
      module: RegionAppModule,
      imports: [PlatformModule.forService(regionService, { ...runtime, runRelay: false }), RegionFeaturesModule],
    };
  }
}
