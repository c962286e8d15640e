import { Module } from '@nestjs/common';
import { AreasResolver } from './areas/areas.resolver';
import { AreasService } from './areas/areas.service';
import { ClassificationResolver } from './classification/classification.resolver';
import { ClassificationService } from './classification/classification.service';
import { ImportResolver } from './imports/import.resolver';
import { ImportService } from './imports/import.service';
import { TownBlocksResolver } from './town-blocks/town-blocks.resolver';
import { TownBlocksService } from './town-blocks/town-blocks.service';

/** Region's features: dataset imports, classification runs and what-if, area read API, town-block search. */
@Module({
  providers: [AreasService, AreasResolver, ImportService, ImportResolver, ClassificationService, ClassificationResolver, TownBlocksService, TownBlocksResolver],
  exports: [ImportService, ClassificationService, AreasService],
})
export class RegionFeaturesModule {}
