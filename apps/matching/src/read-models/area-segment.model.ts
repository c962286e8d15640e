import { segmentWords, tierWords } from '../common/labels';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A municipality's market-viability segment as matching knows it (from region events) / 市場性区分" })
export class AreaSegmentView {
  @Field() municipalityCode!: string;
  @Field({ description: 'A (high 高) / B (medium 中) / C (low 低)' }) segment!: string;
  @Field() segmentLabelJa!: string;
  @Field() segmentLabelEn!: string;
  @Field() tier!: string;
  @Field() tierLabelJa!: string;
  @Field() tierLabelEn!: string;
  @Field(() => Float) densityPerKm2!: number;
  @Field(() => Float, { nullable: true, description: 'Resource sufficiency rate, a share 0–1' }) sufficiency!: number | null;
  @Field(() => Int, { nullable: true, description: 'The sufficiency as a rounded percentage (0–100)' }) sufficiencyPercent!: number | null;
  @Field() policyId!: string;
  @Field(() => Int) version!: number;
}

export interface AreaSegmentRow {
  municipality_code: string;
  segment: string;
  tier: string;
  density_per_km2: number;
  sufficiency: number | null;
  policy_id: string;
  version: number;
}

export function toAreaSegmentView(r: AreaSegmentRow): AreaSegmentView {
  return {
    municipalityCode: r.municipality_code,
    segment: r.segment,
    segmentLabelJa: segmentWords(r.segment).ja,
    segmentLabelEn: segmentWords(r.segment).en,
    tier: r.tier,
    tierLabelJa: tierWords(r.tier).ja,
    tierLabelEn: tierWords(r.tier).en,
    densityPerKm2: r.density_per_km2,
    sufficiency: r.sufficiency,
    sufficiencyPercent: r.sufficiency === null || r.sufficiency === undefined ? null : Math.round(Number(r.sufficiency) * 100),
    policyId: r.policy_id,
    version: r.version,
  };
}
