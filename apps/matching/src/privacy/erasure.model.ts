import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

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
