import { Field, ID, InputType } from '@nestjs/graphql';
import { ConsentGivenByInput } from '../requests/help-request.input';

@InputType()
export class RecordConsentInput {
  @Field(() => ID, { description: 'The request whose senior consented' }) requestId!: string;
  @Field(() => [String], { description: 'full_name | address | contact_phone | age_band | care_level | living_situation | health_notes | needs_note' })
  dataItems!: string[];
  @Field(() => [ID], { nullable: true }) recipientOrganizationIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Category codes: any operator offering one of them' }) recipientCategories?: string[] | null;
  @Field(() => ConsentGivenByInput) given!: ConsentGivenByInput;
}
