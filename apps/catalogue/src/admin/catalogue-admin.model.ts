import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ListingStatus } from '../offerings/offering.model';

@ObjectType({ description: 'How many listings are in one state / 状態別の掲載数' })
export class ListingStatusCount {
  @Field(() => ListingStatus) status!: ListingStatus;
  @Field({ description: '掲載の状態の表示名 (kind ListingStatus)' }) statusLabelJa!: string;
  @Field() statusLabelEn!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'A municipality an organization’s listings serve / 提供先の市区町村' })
export class ServedMunicipality {
  @Field({ description: '5-digit JIS code' }) code!: string;
  @Field({ description: 'Its name with the prefecture, e.g. 香川県高松市' }) name!: string;
}
