import { Module } from '@nestjs/common';
import { AreaClassificationResolver } from './area-classification.resolver';
import { AreasResolver } from './areas.resolver';
import { AreasService } from './areas.service';

/** The area read API: municipalities with their latest classification and its explanation. */
@Module({ providers: [AreasService, AreasResolver, AreaClassificationResolver], exports: [AreasService] })
export class AreasModule {}
