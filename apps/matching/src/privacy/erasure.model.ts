import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ERASURE_NOTE_MAX, REQUESTED_ERASURE_REASONS } from './erasure.policy';

export const ErasureReasonEnum = Object.fromEntries(REQUESTED_ERASURE_REASONS.map((c) => [c, c])) as Record<(typeof REQUESTED_ERASURE_REASONS)[number], string>;
registerEnumType(ErasureReasonEnum, {
  name: 'ErasureReason',
  description: 'Why staff erase a senior’s personal data (words: labels(kinds: ["ErasureReason"])) / 削除の理由',
});

@InputType({ description: 'A request to erase a senior’s personal data (本人からの削除請求), named by a request of that senior' })
export class EraseSeniorPersonalDataInput {
  @Field(() => ID, { description: 'A help request of the senior (the id staff see in helpRequests)' }) requestId!: string;
  @Field(() => ErasureReasonEnum) reasonCode!: string;
  @Field(() => String, {
    nullable: true,
    description: `A reference for the municipality’s file, e.g. the number of the written request; at most ${ERASURE_NOTE_MAX} characters; no personal data`,
  })
  note?: string | null;
}

@ObjectType({ description: 'The record of an erasure of a senior’s personal data (append-only; holds no personal data) / 個人データ削除の記録' })
export class PersonalDataErasure {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'The request staff named (null for the scheduled erasure)' }) requestId!: string | null;
  @Field() municipalityCode!: string;
  @Field({ description: 'on_request | scheduled (labels: ErasureKind)' }) kind!: string;
  @Field() kindLabelJa!: string;
  @Field() kindLabelEn!: string;
  @Field({ description: 'labels: ErasureReason' }) reasonCode!: string;
  @Field() reasonCodeLabelJa!: string;
  @Field() reasonCodeLabelEn!: string;
  @Field(() => String, { nullable: true, description: 'Municipal staff and admins only' }) note!: string | null;
  @Field(() => String, { nullable: true, description: 'Who erased it (municipal staff and admins see it)' }) byUserId!: string | null;
  @Field({ description: 'municipal_staff | admin | system (labels: Role)' }) byRole!: string;
  @Field() byRoleLabelJa!: string;
  @Field() byRoleLabelEn!: string;
  @Field(() => Int, { description: 'The senior’s requests whose personal side was erased' }) requestsErased!: number;
  @Field(() => Int, { description: 'Consents withdrawn by the erasure (referrals still waiting under them were cancelled)' }) consentsWithdrawn!: number;
  @Field() erasedAt!: Date;
  @Field() messageJa!: string;
  @Field() messageEn!: string;
}
