import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'The recipient’s confirmation of provenance (APPI Art. 30), recorded when the operator accepted and received the details: provided by whom, under which consent, obtained by whom and when / 提供元の確認記録',
})
export class ProvenanceConfirmation {
  @Field(() => ID, { description: 'The identified_details provision it belongs to' }) provisionRecordId!: string;
  @Field(() => ID) referralId!: string;
  @Field(() => ID) recipientOrganizationId!: string;
  @Field(() => [String], { description: 'The items provided' }) items!: string[];
  @Field({ description: 'The requester side who sent the referral: family | care_manager | municipal_staff | admin' }) providerRole!: string;
  @Field() providerRoleJa!: string;
  @Field(() => String, { nullable: true, description: 'The care manager’s office (居宅介護支援事業所), when filed by one' }) providerOfficeId!: string | null;
  @Field(() => String, { nullable: true, description: 'Requester side only' }) providerUserId!: string | null;
  @Field(() => ID, { description: 'The consent the provision was made under' }) consentId!: string;
  @Field({ description: 'self | family | guardian' }) consentGivenBy!: string;
  @Field() consentObtainedByRole!: string;
  @Field(() => String, { nullable: true, description: 'Requester side only' }) consentObtainedByUserId!: string | null;
  @Field() consentObtainedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When consent to acquire the special care-required items was obtained' }) acquisitionConsentObtainedAt!: Date | null;
  @Field({ description: 'The operator user who accepted and received the details' }) confirmedByUserId!: string;
  @Field() confirmedAt!: Date;
  @Field() statementJa!: string;
  @Field() statementEn!: string;
}
