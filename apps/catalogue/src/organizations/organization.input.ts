import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'A complaint and consultation desk: a name and a phone number or e-mail address / 苦情・相談窓口' })
export class ComplaintDeskInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@InputType({ description: 'An operator organization to register or update / 事業者情報' })
export class OrganizationInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) alternateName?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: '法人番号 (full-width digits and hyphens accepted); omit for operators without one' })
  corporateNumber?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => ComplaintDeskInput, { nullable: true }) complaintDesk?: ComplaintDeskInput | null;
}
