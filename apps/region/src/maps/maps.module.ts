import { Module } from '@nestjs/common';
import { ClassificationModule } from '../classification/classification.module';
import { MapsController } from './maps.controller';
import { MapsService } from './maps.service';
import { MunicipalityMapResolver } from './municipality-map.resolver';

/** Boundaries over HTTP (/maps) and the drill-down into one municipality, whose block states come from ClassificationModule. */
@Module({ imports: [ClassificationModule], controllers: [MapsController], providers: [MapsService, MunicipalityMapResolver] })
export class MapsModule {}
