import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OfferingCapacityStatus, OfferingCoverage, OfferingView } from '../offerings/offering.model';

export enum OfferingSearchCareLevel {
  none = 'none',
  support_1 = 'support_1',
  support_2 = 'support_2',
  care_1 = 'care_1',
  care_2 = 'care_2',
  care_3 = 'care_3',
  care_4 = 'care_4',
  care_5 = 'care_5',
}
registerEnumType(OfferingSearchCareLevel, {
  name: 'OfferingSearchCareLevel',
  description: "The person's certification: none (not certified), 要支援1–2, 要介護1–5 / 本人の要介護度",
});

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

@InputType({ description: 'A point to search around; pass its municipality so municipality-list areas can be decided / 地点' })
export class SearchPointInput {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
  @Field(() => String, {
    nullable: true,
    description: "The point's 5-digit JIS municipality code. Without it, offerings whose area is a municipality list are not considered",
  })
  municipalityCode?: string | null;
}

@InputType({ description: 'Search criteria; all given criteria must hold / 検索条件' })
export class OfferingSearchInput {
  @Field(() => [String], { nullable: true, description: 'Category codes (any of)' }) categories?: string[] | null;
  @Field(() => SearchPointInput, { nullable: true, description: 'Offerings whose service area contains the point, nearest base first' })
  near?: SearchPointInput | null;
  @Field(() => String, { nullable: true, description: 'Offerings serving this municipality (5-digit JIS)' }) municipalityCode?: string | null;
  @Field(() => OfferingCoverage, { nullable: true }) coverage?: OfferingCoverage | null;
  @Field(() => OfferingSearchCareLevel, { nullable: true, description: 'Offerings this person is eligible for' }) careLevel?: OfferingSearchCareLevel | null;
  @Field(() => Int, { nullable: true, description: 'Headline price at most this many yen (any unit)' }) maxPriceYen?: number | null;
  @Field(() => Int, { nullable: true, description: '0 = Sunday … 6 = Saturday; offerings by arrangement match every day' }) dayOfWeek?: number | null;
  @Field(() => [OfferingCapacityStatus], { nullable: true, description: 'Capacity statuses (any of)' }) capacity?: OfferingCapacityStatus[] | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Japanese/English free text (≤ 200 characters); full-/half-width and kana variants are equivalent; a space separates words that must all occur. Symbols and punctuation are not searchable: a text of only symbols (%, _, *, \\) matches nothing',
  })
  text?: string | null;
}

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
