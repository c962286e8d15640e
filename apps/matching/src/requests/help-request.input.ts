import { Field, Float, InputType, Int } from '@nestjs/graphql';

@InputType()
export class SeniorInput {
  @Field() fullName!: string;
  @Field(() => String, { nullable: true }) fullNameKana?: string | null;
  @Field({ description: 'Address as written; kept in the personal-data table only' }) addressText!: string;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field({ description: 'none | support_1 | support_2 | care_1 … care_5' }) careLevel!: string;
  @Field(() => String, { nullable: true, description: 'Health notes (要配慮個人情報)' }) healthNotes?: string | null;
}

@InputType()
export class SeniorLocationInput {
  @Field(() => String, { nullable: true, description: '12-digit 大字・町丁目コード the address resolves to' }) townBlockCode?: string | null;
  @Field(() => Float, { nullable: true, description: 'WGS84 latitude (e.g. the town block’s representative point)' }) lat?: number | null;
  @Field(() => Float, { nullable: true }) lng?: number | null;
}

@InputType()
export class HelpPreferencesInput {
  @Field(() => String, { nullable: true, description: 'covered | not_covered | any (default any)' }) coverage?: string | null;
  @Field(() => Int, { nullable: true }) budgetYen?: number | null;
  @Field(() => [Int], { nullable: true, description: '0 = Sunday … 6 = Saturday' }) preferredDays?: number[] | null;
  @Field(() => String, { nullable: true, description: 'Language code, e.g. ja, en, vi' }) language?: string | null;
}

@InputType({
  description:
    'Who gave a consent and how: the senior (self 本人), or family / guardian on their behalf. On screen (default): the person agreed now to the consent text `textVersion` (consentText); the server records the time. Written / oral (書面 / 口頭): staff record when it was obtained (obtainedAt). A family filing for themselves always agrees on screen.',
})
export class ConsentGivenByInput {
  @Field({ description: 'self | family | guardian (labels: ConsentGiver)' }) givenBy!: string;
  @Field(() => String, { nullable: true, description: 'Required unless givenBy = self' }) givenByName?: string | null;
  @Field(() => String, { nullable: true, description: 'on_screen (default without obtainedAt) | written 書面 | oral 口頭 (labels: ConsentMethod)' }) method?: string | null;
  @Field(() => String, { nullable: true, description: 'The version of the consent text agreed to (consentText(purpose).version); required on screen' }) textVersion?: string | null;
  @Field(() => Date, { nullable: true, description: 'Written / oral only: when it was obtained. On screen it is the server’s time' }) obtainedAt?: Date | null;
}

@InputType()
export class FileHelpRequestInput {
  @Field(() => SeniorInput) senior!: SeniorInput;
  @Field({ description: 'under_65 | 65_69 | 70_74 | 75_79 | 80_84 | 85_89 | 90_plus' }) ageBand!: string;
  @Field({ description: '5-digit JIS municipality code' }) municipalityCode!: string;
  @Field(() => SeniorLocationInput, { nullable: true }) location?: SeniorLocationInput | null;
  @Field({ description: 'alone | with_elderly_spouse | with_family' }) livingSituation!: string;
  @Field(() => [String], { description: 'Taxonomy category codes, e.g. meal_delivery' }) needs!: string[];
  @Field(() => String, { nullable: true, description: 'Needs in the senior’s or family’s own words' }) needsNote?: string | null;
  @Field(() => HelpPreferencesInput, { nullable: true }) preferences?: HelpPreferencesInput | null;
  @Field(() => ConsentGivenByInput, { description: 'Consent to collect the care level and health notes (APPI Art. 20(2))' })
  acquisitionConsent!: ConsentGivenByInput;
}
