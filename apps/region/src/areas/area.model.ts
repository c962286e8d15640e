import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SegmentCode {
  A = 'A',
  B = 'B',
  C = 'C',
}
registerEnumType(SegmentCode, { name: 'Segment', description: 'Market viability 市場性: A 高 (high), B 中 (medium), C 低 (low)' });

export enum DensityTierCode {
  rural = 'rural',
  general_city = 'general_city',
  large_city = 'large_city',
}
registerEnumType(DensityTierCode, {
  name: 'DensityTier',
  description: 'Population density tier: rural 中山間等地域 (<200/km²), general_city 一般市 (200–2,000), large_city 大都市部 (≥2,000)',
});

@ObjectType({ description: 'Recommended 産福共創 co-creation model for a segment' })
export class RecommendedModel {
  @Field() titleJa!: string;
  @Field() titleEn!: string;
  @Field(() => [String]) measuresJa!: string[];
  @Field(() => [String]) measuresEn!: string[];
}

@ObjectType({ description: "A municipality's classification in one run, with its explanation / 市場性区分と根拠" })
export class AreaClassification {
  @Field(() => ID) runId!: string;
  @Field({ description: 'Policy reference <id>@<version>, e.g. seed-default@1' }) policyId!: string;
  @Field({ description: 'The policy in words, e.g. 標準の方針（国の資料の基準）' }) policyLabelJa!: string;
  @Field() policyLabelEn!: string;
  @Field({ description: 'Distance model used for the 500 m rule (e.g. ellipsoid GRS80/WGS84)' }) distanceModel!: string;
  @Field() classifiedAt!: Date;
  @Field({ description: 'Distance model in words / 距離の測り方' }) distanceModelLabelJa!: string;
  @Field() distanceModelLabelEn!: string;
  @Field(() => DensityTierCode) tier!: DensityTierCode;
  @Field({ description: 'e.g. 一般市 (label of DensityTier)' }) tierLabelJa!: string;
  @Field({ description: 'e.g. General city' }) tierLabelEn!: string;
  @Field(() => SegmentCode) segment!: SegmentCode;
  @Field({ description: 'e.g. 市場性「中」 (label of Segment)' }) segmentLabelJa!: string;
  @Field({ description: 'e.g. Medium market viability' }) segmentLabelEn!: string;
  @Field(() => Float) densityPerKm2!: number;
  @Field(() => Float, { description: '在宅高齢者: 75+ minus care level 3+' }) atHomeElderly!: number;
  @Field(() => Float, { description: 'At-home elderly of blocks with a resource within the radius' }) coveredElderly!: number;
  @Field(() => Float, { nullable: true, description: '地域資源充足率 0–1; null when the municipality has no at-home elderly' }) sufficiency!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Sufficiency as a percentage with one decimal, rounded DOWN (79.96 % shows 79.9, so it never reads as a threshold the municipality did not reach); null with sufficiency',
  })
  sufficiencyPercent!: number | null;
  @Field({ description: 'True when any input figure was apportioned or estimated (推計)' }) estimated!: boolean;
  @Field(() => [String], {
    description: 'How the figures were obtained and why this segment, in Japanese: names and numbers in words, no codes, ids or ISO dates / 算出方法と区分の根拠',
  })
  estimationNotesJa?: string[];
  @Field(() => [String], { description: 'The same sentences in English' }) estimationNotesEn?: string[];
  @Field({ description: 'When and under which policy it was classified, and from which imported files (dates in JST, no ids) / 分類の出所' })
  provenanceJa!: string;
  @Field() provenanceEn!: string;
  @Field(() => [String], { deprecationReason: 'Use estimationNotesJa / estimationNotesEn (this is the English)' }) estimationNotes?: string[];
  @Field(() => RecommendedModel) recommendedModel?: RecommendedModel;
  @Field(() => Int) uncoveredBlockCount?: number;
  @Field({ description: 'Uncovered town blocks as a GeoJSON FeatureCollection (string)' }) uncoveredBlocksGeoJson?: string;
  /**
   * Not in the schema: which stored explanation `uncoveredBlocksGeoJson` is read from, on demand
   * and batched per request (AreaClassificationResolver), so a list that does not ask for it never
   * reads the blocks. The notes, recommended model and uncovered count come with the classification.
   */
  explanationKey!: { runId: string; municipalityCode: string };
}

@ObjectType({ description: 'A municipality (市区町村), keyed by its 5-digit JIS code' })
export class Area {
  @Field(() => ID) code!: string;
  @Field(() => String, { nullable: true }) lgCode6!: string | null;
  @Field() name!: string;
  @Field() prefectureCode!: string;
  @Field() prefectureName!: string;
  @Field({ description: 'municipality, tokyo_special_ward, designated_city or designated_city_ward (label kind UnitType)' }) unitType!: string;
  @Field({ description: 'e.g. 政令指定都市' }) unitTypeLabelJa!: string;
  @Field() unitTypeLabelEn!: string;
  @Field(() => String, { nullable: true, description: "A designated-city ward's city (5-digit JIS code)" }) parentCode!: string | null;
  @Field(() => String, { nullable: true, description: "The city's name, e.g. 札幌市" }) parentName!: string | null;
  @Field(() => Float) areaKm2!: number;
  @Field(() => Int) population!: number;
  @Field(() => Int, { nullable: true }) pop75plus!: number | null;
  @Field(() => Int, { nullable: true }) care3plus!: number | null;
  @Field(() => AreaClassification, { nullable: true, description: 'From the latest classification run' })
  classification?: AreaClassification | null;
}
