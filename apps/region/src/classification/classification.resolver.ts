import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, requireRole } from '@sanpuku/platform';
import { AreasService } from '../areas/areas.service';
import { AreaSummary, ClassificationLevelCode, ClassificationRunSummary, ClassifyInput, WhatIfInput, WhatIfResultView } from './classification.model';
import { ClassificationService } from './classification.service';
import { policyFromInput } from './policy.factory';

@Resolver()
export class ClassificationResolver {
  constructor(
    private readonly classification: ClassificationService,
    private readonly areas: AreasService,
  ) {}

  @Mutation(() => ClassificationRunSummary, { description: 'Classify every municipality now (admin) / 市場性区分を再計算' })
  async classifyAreas(@CurrentActor() actor: Actor | null, @Args('input', { nullable: true }) input?: ClassifyInput): Promise<ClassificationRunSummary> {
    requireRole(actor, 'admin');
    const r = await this.classification.classify({ level: input?.level ?? ClassificationLevelCode.city, policy: policyFromInput(input?.policy) });
    return { ...r, level: r.level as ClassificationLevelCode };
  }

  @Query(() => WhatIfResultView, { nullable: true, description: 'What if these shops opened/closed? Affected municipalities and blocks only / 仮定の試算' })
  async whatIf(@Args('input') input: WhatIfInput): Promise<WhatIfResultView | null> {
    const r = await this.classification.whatIf({
      add: input.add.map((a, i) => ({ id: `what-if-${i}`, category: a.category, lat: a.lat, lng: a.lng, name: a.name ?? null })),
      remove: input.removeResourceIds,
    });
    if (!r) return null;
    return {
      runId: r.runId,
      policyRef: r.policyRef,
      distanceModel: r.distanceModelRef,
      municipalities: r.municipalities.map((m) => ({ ...m, before: { ...m.before }, after: { ...m.after } })) as never,
      changedBlocks: r.changedBlocks.map((b) => ({ ...b })),
      diagnostics: r.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`),
    };
  }

  @Query(() => AreaSummary, { description: 'Counts per segment and tier, nationally and per prefecture / 区分別集計' })
  areaSummary(): Promise<AreaSummary> {
    return this.areas.summary();
  }
}
