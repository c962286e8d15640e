import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ClassificationLevelCode } from './classification.model';

export enum DistanceModelCode {
  ellipsoid_wgs84 = 'ellipsoid_wgs84',
  sphere = 'sphere',
}
registerEnumType(DistanceModelCode, { name: 'DistanceModelKind', description: 'Geodesic on the WGS84/GRS80 ellipsoid (default, as PostGIS geography) or a sphere (R = 6,371,008.8 m)' });

@InputType({ description: 'A named, versioned classification policy; omitted values take the seed default (seed-default@1)' })
export class PolicyInput {
  @Field() id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Float, { nullable: true }) radiusM?: number;
  @Field(() => DistanceModelCode, { nullable: true }) distanceModel?: DistanceModelCode;
  @Field(() => Float, { nullable: true }) generalCityMinPerKm2?: number;
  @Field(() => Float, { nullable: true }) largeCityMinPerKm2?: number;
  @Field(() => Float, { nullable: true, description: 'sufficiency 0–1' }) segmentAMin?: number;
  @Field(() => Float, { nullable: true }) segmentBMin?: number;
  @Field(() => [String], { nullable: true }) resourceCategories?: string[];
  @Field(() => Float, { nullable: true }) care3PlusRatioOf75Plus?: number;
}

@InputType()
export class ClassifyInput {
  @Field(() => ClassificationLevelCode, { defaultValue: ClassificationLevelCode.city }) level!: ClassificationLevelCode;
  @Field(() => PolicyInput, { nullable: true }) policy?: PolicyInput;
}

@InputType()
export class ResourcePointInput {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
  @Field({ defaultValue: 'convenience', description: 'supermarket, convenience, drugstore, or a user-defined category' }) category!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
}

@InputType({ description: 'Planned changes of shops, e.g. a mobile-shop stop (移動販売の停留所)' })
export class WhatIfInput {
  @Field(() => [ResourcePointInput], { defaultValue: [] }) add!: ResourcePointInput[];
  @Field(() => [ID], { defaultValue: [] }) removeResourceIds!: string[];
}
