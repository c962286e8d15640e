import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ListingStatus } from '../offerings/offering.model';

@InputType({ description: "A reviewer's reason for returning a listing / 差し戻し理由" })
export class ReturnReasonInput {
  @Field(() => String, { nullable: true, description: 'JSON Pointer of the field concerned, e.g. /disclosure/cancellationTerms' }) path?: string | null;
  @Field() messageJa!: string;
  @Field(() => String, { nullable: true }) messageEn?: string | null;
}

@ObjectType()
export class ReturnReasonView {
  @Field(() => String, { nullable: true }) path!: string | null;
  @Field() messageJa!: string;
  @Field(() => String, { nullable: true }) messageEn!: string | null;
}

@ObjectType({ description: 'One recorded step of a listing: who, when, from → to, why / 掲載履歴' })
export class ListingHistoryEntryView {
  @Field() at!: Date;
  @Field() actorId!: string;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field({ description: 'operator | municipal_reviewer | admin' }) role!: string;
  @Field(() => String, { nullable: true, description: 'The reviewer\'s municipality' }) municipalityCode!: string | null;
  @Field({ description: 'create | submit | edit | publish | return | withdraw | import' }) action!: string;
  @Field(() => ListingStatus, { nullable: true }) from!: ListingStatus | null;
  @Field(() => ListingStatus) to!: ListingStatus;
  @Field(() => [ReturnReasonView]) reasons!: ReturnReasonView[];
  @Field(() => [String], { description: 'For edits: the reviewed fields that changed' }) changedReviewedFields!: string[];
  @Field(() => String, { nullable: true }) note!: string | null;
}
