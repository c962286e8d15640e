import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
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
