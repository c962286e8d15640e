import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ProvenanceConfirmation } from './provenance.model';

@ObjectType({ description: 'A recorded consent (APPI): about whom, for what, to whom, obtained by whom and when / 同意記録' })
export class Consent {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) requestId!: string | null;
  @Field({ description: 'acquisition | third_party_provision (labels: ConsentPurpose)' }) purpose!: string;
  @Field() purposeLabelJa!: string;
  @Field() purposeLabelEn!: string;
  @Field(() => [String], { description: 'Data items covered (labels: ConsentDataItem)' }) dataItems!: string[];
  @Field(() => [String], { description: 'The data items’ words, in the same order' }) dataItemsLabelJa!: string[];
  @Field(() => [String]) dataItemsLabelEn!: string[];
  @Field(() => [ID], { description: 'Operators (organizations) it names' }) recipientOrganizationIds!: string[];
  @Field(() => [String], { description: 'Or: every operator offering one of these categories' }) recipientCategories!: string[];
  @Field({ description: 'self (本人) | family | guardian (labels: ConsentGiver)' }) givenBy!: string;
  @Field() givenByLabelJa!: string;
  @Field() givenByLabelEn!: string;
  @Field(() => String, { nullable: true, description: 'on_screen | written | oral (labels: ConsentMethod); null when recorded before this was kept' }) method!: string | null;
  @Field(() => String, { nullable: true }) methodLabelJa!: string | null;
  @Field(() => String, { nullable: true }) methodLabelEn!: string | null;
  @Field(() => String, { nullable: true, description: 'The version of the consent text agreed to (consentText)' }) textVersion!: string | null;
  @Field(() => String, { nullable: true, description: '削除済み once the senior’s personal data was erased' }) givenByName!: string | null;
  @Field() obtainedByUserId!: string;
  @Field() obtainedByRole!: string;
  @Field() obtainedAt!: Date;
  @Field() recordedAt!: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Free text; cleared when the senior’s personal data is erased' }) withdrawalReason!: string | null;
  @Field({ description: 'The senior’s personal data was erased: the giver’s name reads 削除済み and the withdrawal reason is cleared' }) personalDataErased!: boolean;
}

@ObjectType({ description: 'One provision of the senior’s data to an operator (append-only record, APPI Art. 29) / 提供記録' })
export class ProvisionRecord {
  @Field(() => ID) id!: string;
  @Field(() => ID) referralId!: string;
  @Field(() => ID) consentId!: string;
  @Field(() => ID) recipientOrganizationId!: string;
  @Field() recipientOrganizationName!: string;
  @Field(() => ID) offeringId!: string;
  @Field({ description: 'pseudonymous_summary (when sent) | identified_details (when accepted) (labels: ProvisionStage)' }) stage!: string;
  @Field() stageLabelJa!: string;
  @Field() stageLabelEn!: string;
  @Field(() => [String], { description: 'Items provided: summary items (municipality, needs, care_level_band, preferred_days) or ConsentDataItem codes' }) items!: string[];
  @Field(() => [String], { description: 'The items’ words, in the same order (SummaryItem or ConsentDataItem)' }) itemsLabelJa!: string[];
  @Field(() => [String]) itemsLabelEn!: string[];
  @Field() providedAt!: Date;
  @Field() providedByUserId!: string;
  @Field(() => ProvenanceConfirmation, { nullable: true, description: 'identified_details: the recipient’s confirmation of provenance (APPI Art. 30)' })
  provenance!: ProvenanceConfirmation | null;
}

@ObjectType({ description: 'A consent text a person reads and agrees to on screen, versioned / 同意文' })
export class ConsentTextView {
  @Field({ description: 'acquisition | third_party_provision' }) purpose!: string;
  @Field() purposeLabelJa!: string;
  @Field() purposeLabelEn!: string;
  @Field({ description: 'Give it back as textVersion when the person agrees' }) version!: string;
  @Field() titleJa!: string;
  @Field() titleEn!: string;
  @Field({ description: 'What is shared, with whom, why, how to withdraw (paragraphs separated by newlines)' }) bodyJa!: string;
  @Field() bodyEn!: string;
}
