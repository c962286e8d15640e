import { Module } from '@nestjs/common';
import { ReadModelsController } from './read-models.controller';
import { ReadModelHandlers } from './read-models.handlers';
import { ReadModelsResolver } from './read-models.resolver';

@Module({ controllers: [ReadModelsController], providers: [ReadModelHandlers, ReadModelsResolver] })
export class ReadModelsModule {}
