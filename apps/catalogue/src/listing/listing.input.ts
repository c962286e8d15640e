import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: "A reviewer's reason for returning a listing / 差し戻し理由" })
export class ReturnReasonInput {
  @Field(() => String, { nullable: true, description: 'JSON Pointer of the field concerned, e.g. /disclosure/cancellationTerms' }) path?: string | null;
  @Field() messageJa!: string;
  @Field(() => String, { nullable: true }) messageEn?: string | null;
}
