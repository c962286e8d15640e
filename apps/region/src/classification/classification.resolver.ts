import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, notFound, requireRole } from '@sanpuku/platform';
import { MunicipalityState, sufficiencyPercent } from '@sanpuku/region-domain';
import { SegmentCode } from '../areas/area.model';
import { AreasService } from '../areas/areas.service';
import { policyWords, words, wordsOrCode } from '../common/words';
import { AreaState, AreaSummary, ClassificationLevelCode, ClassificationRunSummary, WhatIfResultView } from './classification.model';
import { ClassifyInput, WhatIfInput } from './classification.input';
import { ClassificationService, RunSummary } from './classification.service';
import { policyFromInput } from './policy.factory';
import { assertValidWhatIf } from './what-if.validation';
import { addedId, whatIfNotes } from './what-if.notes';

function stateView(s: MunicipalityState): AreaState {
  const segment = s.segment as SegmentCode;
  return {
    sufficiency: s.sufficiency,
    sufficiencyPercent: sufficiencyPercent(s.sufficiency),
    segment,
    segmentLabelJa: words('Segment', segment).ja,
    segmentLabelEn: words('Segment', segment).en,
    coveredBlockCount: s.coveredBlockCount,
    coveredAtHomeElderly: s.coveredAtHomeElderly,
  };
}

export function runView(r: RunSummary): ClassificationRunSummary {
  const level = r.level as ClassificationLevelCode;
  return {
    ...r,
    level,
    policyLabelJa: policyWords(r.policyRef).ja,
    policyLabelEn: policyWords(r.policyRef).en,
    levelLabelJa: words('ClassificationLevel', level).ja,
    levelLabelEn: words('ClassificationLevel', level).en,
    distanceModelLabelJa: wordsOrCode('DistanceModel', r.distanceModel).ja,
    distanceModelLabelEn: wordsOrCode('DistanceModel', r.distanceModel).en,
    diagnostics: r.diagnostics.map((d) => ({
      ...d,
      severityLabelJa: wordsOrCode('DiagnosticSeverity', d.severity).ja,
      severityLabelEn: wordsOrCode('DiagnosticSeverity', d.severity).en,
      codeLabelJa: wordsOrCode('DiagnosticCode', d.code).ja,
      codeLabelEn: wordsOrCode('DiagnosticCode', d.code).en,
    })),
  };
}

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
    return runView(r);
  }

  @Query(() => WhatIfResultView, {
    nullable: true,
    description:
      'What if these shops opened/closed? Affected municipalities and blocks only; NOT_FOUND before the first classification. Anyone / 仮定の試算',
  })
  async whatIf(@Args('input') input: WhatIfInput): Promise<WhatIfResultView> {
    assertValidWhatIf(input);
    const r = await this.classification.whatIf({
      add: input.add.map((a, i) => ({ id: addedId(i), category: a.category, lat: a.lat, lng: a.lng, name: a.name ?? null })),
      remove: input.removeResourceIds,
    });
    if (!r) throw notFound('classification run (classify the areas first)', '分類結果（先に市場性区分を計算してください）');
    return {
      runId: r.runId,
      policyRef: r.policyRef,
      policyLabelJa: policyWords(r.policyRef).ja,
      policyLabelEn: policyWords(r.policyRef).en,
      distanceModel: r.distanceModelRef,
      distanceModelLabelJa: wordsOrCode('DistanceModel', r.distanceModelRef).ja,
      distanceModelLabelEn: wordsOrCode('DistanceModel', r.distanceModelRef).en,
      municipalities: r.municipalities.map((m) => {
        const mapBlock = (b: (typeof r.changedBlocks)[number]) => {
          const s = r.session.block(b.blockId);
          return { id: b.blockId, name: b.name ?? '', lat: b.lat, lng: b.lng, covered: b.coveredAfter, elderly75Estimate: s?.pop75Plus ?? null, atHomeElderlyEstimate: b.atHomeElderly };
        };
        const mine = r.changedBlocks.filter((b) => b.municipalityCode === m.code);
        return {
          ...m,
          before: stateView(m.before),
          after: stateView(m.after),
          newlyCoveredBlocks: mine.filter((b) => b.coveredAfter && !b.coveredBefore).map(mapBlock),
          newlyUncoveredBlocks: mine.filter((b) => !b.coveredAfter && b.coveredBefore).map(mapBlock),
        };
      }),
      changedBlocks: r.changedBlocks.map((b) => ({ ...b })),
      notes: whatIfNotes(input, r.diagnostics),
      diagnostics: r.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`),
    };
  }

  @Query(() => AreaSummary, { description: 'Counts per segment and tier, nationally and per prefecture / 区分別集計' })
  areaSummary(): Promise<AreaSummary> {
    return this.areas.summary();
  }
}
