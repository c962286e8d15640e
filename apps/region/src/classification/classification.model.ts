import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DensityTierCode, SegmentCode } from '../areas/area.model';
import { MapTownBlock } from '../maps/municipality-map.model';

export enum ClassificationLevelCode {
  city = 'city',
  wards = 'wards',
}
registerEnumType(ClassificationLevelCode, { name: 'ClassificationLevel', description: 'Designated cities (政令指定都市): classify the city as one unit, or its wards (区)' });

@ObjectType()
export class DiagnosticCount {
  @Field({ description: 'error, warning or info (label kind DiagnosticSeverity)' }) severity!: string;
  @Field() severityLabelJa!: string;
  @Field() severityLabelEn!: string;
  @Field({ description: 'Label kind DiagnosticCode' }) code!: string;
  @Field() codeLabelJa!: string;
  @Field() codeLabelEn!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'A stored classification run / 分類実行' })
export class ClassificationRunSummary {
  @Field(() => ID) runId!: string;
  @Field() policyRef!: string;
  @Field({ description: 'The policy in words' }) policyLabelJa!: string;
  @Field() policyLabelEn!: string;
  @Field() distanceModel!: string;
  @Field() distanceModelLabelJa!: string;
  @Field() distanceModelLabelEn!: string;
  @Field(() => ClassificationLevelCode) level!: ClassificationLevelCode;
  @Field() levelLabelJa!: string;
  @Field() levelLabelEn!: string;
  @Field(() => Int) unitCount!: number;
  @Field(() => Int) blockCount!: number;
  @Field(() => Int) resourceCount!: number;
  @Field(() => Int, { description: 'Municipalities whose segment changed (one event each)' }) segmentChanges!: number;
  @Field(() => [DiagnosticCount]) diagnostics!: DiagnosticCount[];
  @Field() startedAt!: Date;
  @Field() finishedAt!: Date;
}

@ObjectType()
export class AreaState {
  @Field(() => Float, { nullable: true }) sufficiency!: number | null;
  @Field(() => Float, { nullable: true, description: 'Percentage, one decimal, rounded down (as AreaClassification.sufficiencyPercent)' }) sufficiencyPercent!: number | null;
  @Field(() => SegmentCode) segment!: SegmentCode;
  @Field() segmentLabelJa!: string;
  @Field() segmentLabelEn!: string;
  @Field(() => Int) coveredBlockCount!: number;
  @Field(() => Float) coveredAtHomeElderly!: number;
}

@ObjectType()
export class AreaWhatIf {
  @Field() code!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Float) atHomeElderly!: number;
  @Field(() => AreaState) before!: AreaState;
  @Field(() => AreaState) after!: AreaState;
  @Field() segmentChanged!: boolean;
  @Field(() => [MapTownBlock], { description: 'Blocks of this municipality that the change would cover (covered = true), for recolouring a map' }) newlyCoveredBlocks!: MapTownBlock[];
  @Field(() => [MapTownBlock], { description: 'Blocks of this municipality that the change would leave uncovered (covered = false)' }) newlyUncoveredBlocks!: MapTownBlock[];
}

@ObjectType()
export class BlockChange {
  @Field() blockId!: string;
  @Field() municipalityCode!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
  @Field(() => Float) atHomeElderly!: number;
  @Field() coveredBefore!: boolean;
  @Field() coveredAfter!: boolean;
}

@ObjectType({ description: 'Something to know about one entry of a what-if input, in words / 試算の注意' })
export class WhatIfNote {
  @Field({ description: 'JSON Pointer of the input entry it is about, e.g. /input/add/0/category' }) path!: string;
  @Field({ description: 'error, warning or info (label kind DiagnosticSeverity)' }) severity!: string;
  @Field() severityLabelJa!: string;
  @Field() severityLabelEn!: string;
  @Field({ description: 'Label kind DiagnosticCode' }) code!: string;
  @Field() codeLabelJa!: string;
  @Field() codeLabelEn!: string;
  @Field({ description: 'One sentence, no codes or ids' }) messageJa!: string;
  @Field() messageEn!: string;
}

@ObjectType({ description: 'What a change of shops would do, against the latest run / 仮定の試算' })
export class WhatIfResultView {
  @Field(() => ID) runId!: string;
  @Field() policyRef!: string;
  @Field({ description: 'The policy in words' }) policyLabelJa!: string;
  @Field() policyLabelEn!: string;
  @Field() distanceModel!: string;
  @Field() distanceModelLabelJa!: string;
  @Field() distanceModelLabelEn!: string;
  @Field(() => [AreaWhatIf]) municipalities!: AreaWhatIf[];
  @Field(() => [BlockChange]) changedBlocks!: BlockChange[];
  @Field(() => [WhatIfNote], { description: 'Entries of the input that had no effect, and why' }) notes!: WhatIfNote[];
  @Field(() => [String], { deprecationReason: 'Use notes (words, paths, no codes); this is "<severity> <code>: <English>"' }) diagnostics!: string[];
}

@ObjectType()
export class SegmentTierCounts {
  @Field(() => Int) A!: number;
  @Field(() => Int) B!: number;
  @Field(() => Int) C!: number;
  @Field(() => Int) rural!: number;
  @Field(() => Int) generalCity!: number;
  @Field(() => Int) largeCity!: number;
  @Field(() => Int) unclassified!: number;
}

@ObjectType()
export class PrefectureSummary {
  @Field() prefectureCode!: string;
  @Field() prefectureName!: string;
  @Field(() => SegmentTierCounts) counts!: SegmentTierCounts;
}

@ObjectType({ description: 'Counts per segment and tier, nationally and per prefecture, from the latest run' })
export class AreaSummary {
  @Field(() => ID, { nullable: true }) runId!: string | null;
  @Field(() => String, { nullable: true }) policyRef!: string | null;
  @Field(() => String, { nullable: true, description: 'The policy in words' }) policyLabelJa!: string | null;
  @Field(() => String, { nullable: true }) policyLabelEn!: string | null;
  @Field(() => SegmentTierCounts) national!: SegmentTierCounts;
  @Field(() => [PrefectureSummary]) prefectures!: PrefectureSummary[];
}

export { DensityTierCode };
