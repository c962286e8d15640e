import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum Beneficiary {
  senior_and_family = 'senior_and_family',
  mainly_family = 'mainly_family',
}
registerEnumType(Beneficiary, { name: 'Beneficiary', description: 'Who benefits: the senior and the family, or mainly the family / 受益者' });

@ObjectType({ description: 'A service category of the shared taxonomy / サービス分類' })
export class TaxonomyCategory {
  @Field() code!: string;
  @Field() familyCode!: string;
  @Field({ description: '日本語ラベル' }) labelJa!: string;
  @Field({ description: 'English label' }) labelEn!: string;
  @Field() examplesJa!: string;
  @Field(() => Beneficiary) benefits!: Beneficiary;
  @Field({ description: '受益者の表示名 (kind Beneficiary)' }) benefitsLabelJa!: string;
  @Field({ description: 'Who benefits, in English (kind Beneficiary)' }) benefitsLabelEn!: string;
  @Field({ description: 'Inactive categories cannot be chosen for offerings; listings keep them until edited / 利用可否' }) active!: boolean;
}

@ObjectType({ description: 'A family of service categories / サービス分類の大区分' })
export class TaxonomyFamily {
  @Field() code!: string;
  @Field() labelJa!: string;
  @Field() labelEn!: string;
  @Field(() => [TaxonomyCategory]) categories!: TaxonomyCategory[];
}
