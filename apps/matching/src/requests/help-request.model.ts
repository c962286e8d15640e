import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { HelpRequestStatusEnum } from '../common/enums';
import type { Shortlist } from '../shortlists/shortlist.model';

@ObjectType({ description: 'The senior’s preferences / ご希望' })
export class RequestPreferences {
  @Field({ description: 'covered (介護保険適用) | not_covered (適用外) | any' }) coverage!: string;
  @Field() coverageLabelJa!: string;
  @Field() coverageLabelEn!: string;
  @Field(() => Int, { nullable: true, description: 'Yen per the offering’s price unit; soft (affects the score only)' }) budgetYen!: number | null;
  @Field(() => [Int], { description: '0 = Sunday … 6 = Saturday' }) preferredDays!: number[];
  @Field(() => [String], { description: 'The days in words, same order (月曜日…)' }) preferredDaysLabelJa!: string[];
  @Field(() => [String]) preferredDaysLabelEn!: string[];
  @Field(() => String, { nullable: true, description: 'Language code, e.g. vi' }) language!: string | null;
  @Field(() => String, { nullable: true, description: 'The language in words (ベトナム語)' }) languageLabelJa!: string | null;
  @Field(() => String, { nullable: true }) languageLabelEn!: string | null;
}

@ObjectType({ description: 'Who the senior is and their care details: personal data (要配慮個人情報 included), requester side only' })
export class SeniorDetails {
  @Field(() => ID) seniorId!: string;
  @Field({ description: 'The personal data was erased (本人からの削除請求 or the schedule after the requests closed): the text fields read 削除済み, the others are null' })
  erased!: boolean;
  @Field(() => Date, { nullable: true }) erasedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '削除済み when erased' }) erasedLabelJa!: string | null;
  @Field(() => String, { nullable: true, description: 'erased when erased' }) erasedLabelEn!: string | null;
  @Field({ description: '削除済み once erased' }) fullName!: string;
  @Field(() => String, { nullable: true }) fullNameKana!: string | null;
  @Field({ description: '削除済み once erased' }) addressText!: string;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field({ description: 'none | support_1–2 (要支援) | care_1–5 (要介護) | erased (削除済み)' }) careLevel!: string;
  @Field() careLevelLabelJa!: string;
  @Field() careLevelLabelEn!: string;
  @Field(() => String, { nullable: true }) healthNotes!: string | null;
  @Field(() => String, { nullable: true }) needsNote!: string | null;
}

@ObjectType({ description: 'Something the requester should know, e.g. a referral expired and these candidates are next / お知らせ' })
export class RequestNotice {
  @Field({ description: 'Kind of notice (labels: RequestNoticeKind)' }) kind!: string;
  @Field() kindLabelJa!: string;
  @Field() kindLabelEn!: string;
  @Field(() => ID, { nullable: true }) referralId!: string | null;
  @Field(() => [ID], { description: 'Next candidates offered (shortlist order)' }) offeringIds!: string[];
  @Field() messageJa!: string;
  @Field() messageEn!: string;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'What to do when no (or not every) need could be matched: whom to contact, and that the request is matched again / 次にできること' })
export class NextStep {
  @Field() messageJa!: string;
  @Field() messageEn!: string;
  @Field({ description: 'Who to contact at the municipality' }) contactJa!: string;
  @Field() contactEn!: string;
}

@ObjectType({ description: 'A request for help for one senior / 相談依頼' })
export class HelpRequest {
  @Field(() => ID) id!: string;
  @Field(() => HelpRequestStatusEnum) status!: string;
  @Field() statusLabelJa!: string;
  @Field() statusLabelEn!: string;
  @Field() filedByRole!: string;
  @Field() filedByUserId!: string;
  @Field(() => String, { nullable: true, description: 'The care manager’s office, when filed by a care manager' }) officeId!: string | null;
  @Field() municipalityCode!: string;
  @Field(() => String, { nullable: true }) townBlockCode!: string | null;
  @Field(() => Float, { nullable: true }) lat!: number | null;
  @Field(() => Float, { nullable: true }) lng!: number | null;
  @Field() ageBand!: string;
  @Field() ageBandLabelJa!: string;
  @Field() ageBandLabelEn!: string;
  @Field({ description: 'none | support | care_1_2 | care_3_plus' }) careLevelBand!: string;
  @Field() careLevelBandLabelJa!: string;
  @Field() careLevelBandLabelEn!: string;
  @Field() livingSituation!: string;
  @Field() livingSituationLabelJa!: string;
  @Field() livingSituationLabelEn!: string;
  @Field(() => [String], { description: 'Taxonomy category codes' }) needs!: string[];
  @Field(() => RequestPreferences) preferences!: RequestPreferences;
  @Field() createdAt!: Date;
  @Field({ description: 'The senior’s personal data was erased; the request keeps its non-personal facts and is not matched again' })
  personalDataErased!: boolean;
  @Field(() => Date, { nullable: true }) personalDataErasedAt!: Date | null;
  /** Internal: resolved by field resolvers. */
  seniorId!: string;
  /**
   * Not a GraphQL field. Set only on the request a filing returns: its first shortlist as just
   * stored, so answering the mutation does not read back what it wrote.
   */
  firstShortlist?: () => Promise<Shortlist>;
}
