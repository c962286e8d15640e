import { Module } from '@nestjs/common';
import { AreaClassificationResolver } from './areas/area-classification.resolver';
import { AreasResolver } from './areas/areas.resolver';
import { AreasService } from './areas/areas.service';
import { ClassificationResolver } from './classification/classification.resolver';
import { ClassificationRunsResolver, ClassificationRunsService } from './classification/classification-runs';
import { ClassificationService } from './classification/classification.service';
import { ImportResolver } from './imports/import.resolver';
import { ImportService } from './imports/import.service';
import { MapsController } from './maps/maps.controller';
import { MapsService } from './maps/maps.service';
import { MunicipalityMapResolver } from './maps/municipality-map.resolver';
import { TownBlocksResolver } from './town-blocks/town-blocks.resolver';
import { TownBlocksService } from './town-blocks/town-blocks.service';

/** Region's features: dataset imports, classification runs and what-if, area read API, town-block search, maps (boundaries over HTTP, drill-down). */
@Module({
  controllers: [MapsController],
  providers: [MapsService, MunicipalityMapResolver, AreasService, AreasResolver, AreaClassificationResolver, ImportService, ImportResolver, ClassificationService, ClassificationResolver, ClassificationRunsService, ClassificationRunsResolver, TownBlocksService, TownBlocksResolver],
  exports: [ImportService, ClassificationService, AreasService],
})
export class RegionFeaturesModule {}
