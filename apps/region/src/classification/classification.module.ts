import { Module } from '@nestjs/common';
import { AreasModule } from '../areas/areas.module';
import { ClassificationRunsResolver } from './classification-runs.resolver';
import { ClassificationRunsService } from './classification-runs.service';
import { ClassificationResolver } from './classification.resolver';
import { ClassificationService } from './classification.service';

/** Classification runs, what-if and the national summary (read through AreasModule). */
@Module({
  imports: [AreasModule],
  providers: [ClassificationService, ClassificationResolver, ClassificationRunsService, ClassificationRunsResolver],
  exports: [ClassificationService],
})
export class ClassificationModule {}
