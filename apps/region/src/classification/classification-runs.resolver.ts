import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, requireRole } from '@sanpuku/platform';
import { ArgProblems } from '../common/region-args';
import { ClassificationRunRecord } from './classification-run.model';
import { ClassificationRunsService, RUN_HISTORY_PAGE_MAX } from './classification-runs.service';

@Resolver(() => ClassificationRunRecord)
export class ClassificationRunsResolver {
  constructor(private readonly runs: ClassificationRunsService) {}

  @Query(() => [ClassificationRunRecord], { description: 'Classification runs, newest first, with the datasets each read (admin) / 分類の実行履歴' })
  classificationRuns(
    @CurrentActor() actor: Actor | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: `How many, 1–${RUN_HISTORY_PAGE_MAX} (default 20)` }) first?: number | null,
  ): Promise<ClassificationRunRecord[]> {
    requireRole(actor, 'admin');
    const size = first ?? 20;
    new ArgProblems().pageSize(size, '/first', RUN_HISTORY_PAGE_MAX).throwIfAny();
    return this.runs.recent(size);
  }
}
