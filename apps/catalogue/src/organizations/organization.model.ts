import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ComplaintDesk', { description: 'A complaint and consultation desk / 苦情・相談窓口' })
export class ComplaintDeskView {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType('Organization', { description: 'An operator organization (事業者) / 事業者' })
export class OrganizationView {
  @Field(() => ID) id!: string;
  @Field({ description: '正式名称 / official name' }) name!: string;
  @Field(() => String, { nullable: true, description: '通称 / common name' }) alternateName!: string | null;
  @Field() description!: string;
  @Field(() => String, { nullable: true, description: '法人番号 (13 digits, check digit verified) / corporate number' }) corporateNumber!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => ComplaintDeskView, { nullable: true, description: 'Default complaint desk of new offerings / 苦情・相談窓口（掲載の既定値）' })
  complaintDesk!: ComplaintDeskView | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
