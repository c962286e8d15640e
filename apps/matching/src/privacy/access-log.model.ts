import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One view of the senior’s personal details: who, through what, which items, when (append-only access log) / 個人データ閲覧記録' })
export class PersonalDataAccess {
  @Field(() => ID) id!: string;
  @Field() accessedAt!: Date;
  @Field() viewerUserId!: string;
  @Field({ description: 'family | care_manager | municipal_staff | operator | admin' }) viewerRole!: string;
  @Field(() => ID, { nullable: true, description: 'Operators: their organization' }) viewerOrganizationId!: string | null;
  @Field({ description: 'referral_details (an operator’s view after acceptance) | request_senior (the request’s senior details) (labels: AccessVia)' }) via!: string;
  @Field() viaLabelJa!: string;
  @Field() viaLabelEn!: string;
  @Field(() => ID, { nullable: true }) referralId!: string | null;
  @Field(() => [String], { description: 'The personal data items shown (labels: ConsentDataItem)' }) items!: string[];
  @Field(() => [String], { description: 'The items’ words, in the same order' }) itemsLabelJa!: string[];
  @Field(() => [String]) itemsLabelEn!: string[];
  @Field({ description: 'query | mutation | subscription' }) operationType!: string;
}
