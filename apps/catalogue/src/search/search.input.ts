import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { CARE_LEVELS, type CareLevel, enumOf } from '@sanpuku/kernel';
import { OfferingCapacityStatus, OfferingCoverage } from '../offerings/offering.model';

/** Derived from the shared kernel's care levels, `none` included (one list for contracts, domain and GraphQL). */
export const OfferingSearchCareLevel = enumOf(CARE_LEVELS);
export type OfferingSearchCareLevel = CareLevel;
registerEnumType(OfferingSearchCareLevel, {
  name: 'OfferingSearchCareLevel',
  description: "The person's certification: none (not certified), 要支援1–2, 要介護1–5 / 本人の要介護度",
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
