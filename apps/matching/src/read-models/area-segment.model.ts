import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A municipality's market-viability segment as matching knows it (from region events) / 市場性区分" })
export class AreaSegmentView {
  @Field() municipalityCode!: string;
  @Field({ description: 'A (high 高) / B (medium 中) / C (low 低)' }) segment!: string;
  @Field() tier!: string;
  @Field(() => Float) densityPerKm2!: number;
  @Field(() => Float, { nullable: true }) sufficiency!: number | null;
  @Field() policyId!: string;
  @Field(() => Int) version!: number;
}
