import { Field, InputType } from '@nestjs/graphql';
import { Beneficiary } from './taxonomy.model';

@InputType({ description: 'A new service category (admin) / サービス分類の追加' })
export class AddTaxonomyCategoryInput {
  @Field({ description: 'snake_case, e.g. pet_care' }) code!: string;
  @Field() familyCode!: string;
  @Field() labelJa!: string;
  @Field() labelEn!: string;
  @Field(() => String, { nullable: true }) examplesJa?: string | null;
  @Field(() => Beneficiary, { nullable: true, description: 'Default senior_and_family' }) benefits?: Beneficiary | null;
}

@InputType({ description: 'New labels of a category (admin) / 分類名の変更' })
export class RenameTaxonomyCategoryInput {
  @Field() code!: string;
  @Field() labelJa!: string;
  @Field() labelEn!: string;
  @Field(() => String, { nullable: true, description: 'Unchanged when omitted' }) examplesJa?: string | null;
}
