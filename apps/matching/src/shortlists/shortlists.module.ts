import { Module } from '@nestjs/common';
import { DemandModule } from '../demand/demand.module';
import { ShortlistsService } from './shortlists.service';

@Module({ imports: [DemandModule], providers: [ShortlistsService], exports: [ShortlistsService] })
export class ShortlistsModule {}
