import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A town block (町丁目) on a map: its representative point and whether a counted shop is within the radius / 地図上の町丁目' })
export class MapTownBlock {
  @Field(() => ID, { description: 'The block as the classification knows it (stable within a dataset version)' }) id!: string;
  @Field() name!: string;
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
  @Field({ description: 'A counted shop lies within the policy radius (500 m) of its point' }) covered!: boolean;
  @Field(() => Float, { nullable: true, description: 'People aged 75+ in the block (apportioned: an estimate, 推計); null when the classification left the block out' })
  elderly75Estimate!: number | null;
  @Field(() => Float, { nullable: true, description: 'At-home elderly (75+ minus care level 3+, estimated); null when left out' }) atHomeElderlyEstimate!: number | null;
}

@ObjectType({ description: 'A shop on a map / 地図上の買い物拠点' })
export class MapShop {
  @Field(() => ID, { description: 'The id whatIf(input: { removeResourceIds }) takes' }) id!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field({ description: 'Label kind ResourceCategory (a user-defined category has no words: its code is shown)' }) category!: string;
  @Field() categoryLabelJa!: string;
  @Field() categoryLabelEn!: string;
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
  @Field({ description: 'The policy counts this kind of shop (only counted shops cover blocks and can be removed in a what-if)' }) counted!: boolean;
}

@ObjectType({ description: 'One municipality for a drill-down map: town blocks coloured covered/uncovered, shops and the radius / 市区町村の詳細地図' })
export class MunicipalityMap {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => [Float], { description: '[minLng, minLat, maxLng, maxLat]: the boundary when imported, else the blocks; empty when neither exists' }) bbox!: number[];
  @Field(() => [MapTownBlock], { description: 'Every block of the municipality (a designated city: of all its wards), in block order' }) townBlocks!: MapTownBlock[];
  @Field(() => [MapShop], { description: 'Shops within the radius of the bbox (every shop whose circle can reach a block), in id order' }) shops!: MapShop[];
  @Field(() => Int, { description: "The policy's radius in whole metres (500)" }) radiusM!: number;
  @Field(() => ID, { description: 'The classification run whose notion of covered this is' }) runId!: string;
  @Field() policyRef!: string;
  @Field() policyLabelJa!: string;
  @Field() policyLabelEn!: string;
}
