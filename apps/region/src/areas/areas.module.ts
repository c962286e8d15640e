import { Module } from '@nestjs/common';
import { AreasResolver } from './areas.resolver';
import { AreasService } from './areas.service';

@Module({ providers: [AreasService, AreasResolver], exports: [AreasService] })
export class AreasModule {}
