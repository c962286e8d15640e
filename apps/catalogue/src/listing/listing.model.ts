import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ListingStatus } from '../offerings/offering.model';

export enum ListingActorRole {
  operator = 'operator',
  municipal_reviewer = 'municipal_reviewer',
  admin = 'admin',
}
registerEnumType(ListingActorRole, { name: 'ListingActorRole', description: '事業者 / 自治体の審査担当者 / 運営管理者 (labels: kind ListingActorRole)' });

export enum ListingAction {
  create = 'create',
  submit = 'submit',
  edit = 'edit',
  publish = 'publish',
  return = 'return',
  withdraw = 'withdraw',
  import = 'import',
}
registerEnumType(ListingAction, { name: 'ListingAction', description: 'A step of the listing workflow (labels: kind ListingAction) / 掲載の手続き' });

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
  @Field(() => ListingActorRole) role!: ListingActorRole;
  @Field({ description: '立場の表示名 (kind ListingActorRole)' }) roleLabelJa!: string;
  @Field() roleLabelEn!: string;
  @Field(() => String, { nullable: true, description: 'The reviewer\'s municipality' }) municipalityCode!: string | null;
  @Field(() => ListingAction) action!: ListingAction;
  @Field({ description: '手続きの表示名 (kind ListingAction)' }) actionLabelJa!: string;
  @Field() actionLabelEn!: string;
  @Field(() => ListingStatus, { nullable: true }) from!: ListingStatus | null;
  @Field(() => String, { nullable: true, description: '変更前の状態の表示名 (kind ListingStatus)' }) fromLabelJa!: string | null;
  @Field(() => String, { nullable: true }) fromLabelEn!: string | null;
  @Field(() => ListingStatus) to!: ListingStatus;
  @Field({ description: '変更後の状態の表示名 (kind ListingStatus)' }) toLabelJa!: string;
  @Field() toLabelEn!: string;
  @Field(() => [ReturnReasonView]) reasons!: ReturnReasonView[];
  @Field(() => [String], { description: 'For edits: the reviewed fields that changed' }) changedReviewedFields!: string[];
  @Field(() => String, { nullable: true }) note!: string | null;
}
