import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateReferralInput {
  @Field(() => ID) requestId!: string;
  @Field(() => ID, { description: 'An offering on the request’s shortlist' }) offeringId!: string;
  @Field(() => [String], { description: 'Items the operator receives on acceptance; the consent must cover each' }) disclosedItems!: string[];
  @Field(() => ID, { nullable: true, description: 'A specific consent; default: the latest one that covers this referral' }) consentId?: string | null;
  @Field({ defaultValue: true, description: 'Send at once (draft → requested); false keeps a draft' }) send!: boolean;
}
