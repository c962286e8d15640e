import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AreaSegmentView } from '../read-models/area-segment.model';

@ObjectType({ description: 'One operator’s top-position exposure against its share of eligibility' })
export class NeutralityOperatorRow {
  @Field() organizationId!: string;
  @Field(() => String, { nullable: true }) organizationName!: string | null;
  @Field(() => Int) topExposures!: number;
  @Field(() => Float) exposureShare!: number;
  @Field(() => Int) eligibleCount!: number;
  @Field(() => Float) eligibilityShare!: number;
  @Field(() => Float, { description: 'exposureShare − eligibilityShare' }) deviation!: number;
  @Field(() => Float, { nullable: true }) ratio!: number | null;
}

@ObjectType({ description: 'Proof of neutrality for one municipality and period / 中立性レポート' })
export class NeutralityReport {
  @Field() municipalityCode!: string;
  @Field() from!: Date;
  @Field() to!: Date;
  @Field(() => Int) topPositions!: number;
  @Field(() => Int) totalTopExposures!: number;
  @Field(() => Int) totalEligible!: number;
  @Field(() => Float) maxAbsDeviation!: number;
  @Field(() => Int) shortlistPositions!: number;
  @Field(() => [NeutralityOperatorRow]) operators!: NeutralityOperatorRow[];
}

@ObjectType({ description: 'Unmet requests in one municipality × category × month; small cells suppressed' })
export class UnmetDemandCellView {
  @Field() municipalityCode!: string;
  @Field() category!: string;
  @Field() month!: string;
  @Field({ description: 'True when fewer than minCellCount: the count is withheld' }) suppressed!: boolean;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => String, { nullable: true, description: 'Market viability A/B/C of the municipality (region)' }) marketSegment!: string | null;
}

@ObjectType({ description: 'Unmet demand aggregates (never individuals) with market viability / 未充足ニーズ' })
export class UnmetDemandReport {
  @Field(() => Int) minCellCount!: number;
  @Field(() => [UnmetDemandCellView]) cells!: UnmetDemandCellView[];
  @Field(() => [AreaSegmentView], { description: 'Segments of the municipalities in the cells' }) segments!: AreaSegmentView[];
}
