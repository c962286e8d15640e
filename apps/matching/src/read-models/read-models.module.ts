import { Module } from '@nestjs/common';
import { ReadModelsController } from './read-models.controller';
import { ReadModelHandlers } from './read-model.handlers';
import { ReadModelsResolver } from './read-models.resolver';
import { RequestsModule } from '../requests/requests.module';

@Module({ imports: [RequestsModule], controllers: [ReadModelsController], providers: [ReadModelHandlers, ReadModelsResolver] })
export class ReadModelsModule {}
