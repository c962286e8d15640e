import { Module } from '@nestjs/common';
import { TownBlocksResolver } from './town-blocks.resolver';
import { TownBlocksService } from './town-blocks.service';

/** Town-block search by name within a municipality. */
@Module({ providers: [TownBlocksService, TownBlocksResolver] })
export class TownBlocksModule {}
