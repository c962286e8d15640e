import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OfferingView } from '../offerings/offering.model';

export enum OfferingSearchMatchField {
  title = 'title',
  category = 'category',
  description = 'description',
  operator = 'operator',
}
registerEnumType(OfferingSearchMatchField, {
  name: 'OfferingSearchMatchField',
  description: 'Where the whole search text was found: title (ja/en), a category name, description (ja/en), operator name (labels: kind OfferingSearchMatchField) / 検索語が見つかった項目',
});

export enum OfferingSearchOrder {
  relevance = 'relevance',
  relevance_distance = 'relevance_distance',
  distance = 'distance',
  title = 'title',
}
registerEnumType(OfferingSearchOrder, {
  name: 'OfferingSearchOrder',
  description:
    'relevance: text searches (relevance, then normalised title, then id); relevance_distance: text + point (relevance, then distance, then id); distance: point searches (distance, then id); title: other searches (normalised title, then id) / 並び順',
});

@ObjectType()
export class OfferingSearchHit {
  @Field(() => OfferingView) offering!: OfferingView;
  @Field(() => Float, { nullable: true, description: "Metres from the offering's base to the search point (point searches)" })
  distanceM!: number | null;
  @Field(() => Int, {
    description: 'Text searches: 8 × title + 4 × category + 2 × description + 1 × operator name, for each place the whole text was found (0 without text) / 関連度',
  })
  relevance!: number;
  @Field(() => [OfferingSearchMatchField], { description: 'Where the whole text was found (empty without text)' }) matchedIn!: OfferingSearchMatchField[];
  @Field(() => [String], { description: 'matchedIn in Japanese, same order' }) matchedInLabelJa!: string[];
  @Field(() => [String], { description: 'matchedIn in English, same order' }) matchedInLabelEn!: string[];
}

@ObjectType({ description: 'One page of published offerings and the total / 検索結果' })
export class OfferingSearchResult {
  @Field(() => Int) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) first!: number;
  @Field(() => [OfferingSearchHit]) items!: OfferingSearchHit[];
  @Field(() => OfferingSearchOrder) order!: OfferingSearchOrder;
  @Field({ description: '並び順の表示名 (kind OfferingSearchOrder)' }) orderLabelJa!: string;
  @Field() orderLabelEn!: string;
  @Field({ description: 'False when a point search had no municipality code, so municipality-list areas were left out' })
  municipalityAreasIncluded!: boolean;
}
