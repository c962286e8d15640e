import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { ComplaintDeskInput } from '../organizations/organization.input';
import type { OfferingInputShape } from './offering.draft';
import { OfferingCapacityStatus, OfferingCareLevel, OfferingCoverage, OfferingOtherCostUnit, OfferingPriceUnit, ServiceAreaKind } from './offering.model';

@InputType()
export class GeoPointInput {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
}

@InputType()
export class OfferingPriceInput {
  @Field(() => Int, { description: 'Whole yen, tax included / 税込・円' }) amountYen!: number;
  @Field(() => OfferingPriceUnit) unit!: OfferingPriceUnit;
  @Field(() => String, { nullable: true, description: 'What the price includes / 料金に含まれるもの' }) includes?: string | null;
}

@InputType()
export class OfferingOtherCostInput {
  @Field() label!: string;
  @Field(() => Int) amountYen!: number;
  @Field(() => OfferingOtherCostUnit) unit!: OfferingOtherCostUnit;
}

@InputType()
export class OfferingEligibilityInput {
  @Field({ description: 'false = 要介護認定は不要 (careLevels must then be empty)' }) certificationRequired!: boolean;
  @Field(() => [OfferingCareLevel], { nullable: true }) careLevels?: OfferingCareLevel[] | null;
  @Field(() => Int, { nullable: true }) minAge?: number | null;
  @Field(() => Int, { nullable: true }) maxAge?: number | null;
  @Field(() => String, { nullable: true }) otherConditions?: string | null;
}

@InputType()
export class OfferingScheduleSlotInput {
  @Field(() => Int, { description: '0 = Sunday … 6 = Saturday' }) day!: number;
  @Field({ description: 'HH:MM (JST)' }) opensAt!: string;
  @Field({ description: 'HH:MM (JST), after opensAt' }) closesAt!: string;
}

@InputType({ description: 'kind = municipalities: municipalityCodes; radius: center + radiusM (≤ 100 km); polygon: polygon' })
export class OfferingServiceAreaInput {
  @Field(() => ServiceAreaKind) kind!: ServiceAreaKind;
  @Field(() => [String], { nullable: true }) municipalityCodes?: string[] | null;
  @Field(() => GeoPointInput, { nullable: true }) center?: GeoPointInput | null;
  @Field(() => Float, { nullable: true }) radiusM?: number | null;
  @Field(() => [[[Float]]], { nullable: true, description: 'GeoJSON Polygon coordinates: closed rings of [lng, lat]; the first is the outer ring' })
  polygon?: number[][][] | null;
}

@InputType()
export class LiabilityInsuranceInput {
  @Field() enrolled!: boolean;
  @Field(() => String, { nullable: true }) insurer?: string | null;
  @Field(() => String, { nullable: true }) coverageSummary?: string | null;
}

@InputType()
export class EffectClaimInput {
  @Field() claimed!: boolean;
  @Field(() => String, { nullable: true }) claim?: string | null;
  @Field(() => String, { nullable: true }) evidence?: string | null;
  @Field(() => String, { nullable: true }) evidenceUrl?: string | null;
}

@InputType()
export class OfferingDisclosureInput {
  @Field(() => String, { nullable: true }) staffQualifications?: string | null;
  @Field(() => LiabilityInsuranceInput, { nullable: true }) liabilityInsurance?: LiabilityInsuranceInput | null;
  @Field(() => ComplaintDeskInput, { nullable: true, description: "Default: the organization's complaint desk (new offerings)" })
  complaintDesk?: ComplaintDeskInput | null;
  @Field(() => String, { nullable: true }) cancellationTerms?: string | null;
  @Field(() => EffectClaimInput, { nullable: true }) effectClaim?: EffectClaimInput | null;
}

@InputType({ description: 'An offering (the whole listing: an update replaces every field) / 掲載内容' })
export class OfferingInput implements OfferingInputShape {
  @Field() title!: string;
  @Field(() => String, { nullable: true }) titleEn?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) descriptionEn?: string | null;
  @Field(() => [String]) categories!: string[];
  @Field(() => OfferingPriceInput) price!: OfferingPriceInput;
  @Field(() => [OfferingOtherCostInput], { nullable: true }) otherCosts?: OfferingOtherCostInput[] | null;
  @Field(() => OfferingCoverage) coverage!: OfferingCoverage;
  @Field(() => OfferingEligibilityInput) eligibility!: OfferingEligibilityInput;
  @Field(() => [OfferingScheduleSlotInput], { nullable: true, description: 'Empty = by arrangement' }) schedule?: OfferingScheduleSlotInput[] | null;
  @Field(() => OfferingCapacityStatus, { nullable: true, description: 'Required on create; on update, giving it confirms it now' })
  capacityStatus?: OfferingCapacityStatus | null;
  @Field(() => [String], { nullable: true, description: 'BCP 47 tags; default ["ja"]' }) languages?: string[] | null;
  @Field(() => OfferingServiceAreaInput) serviceArea!: OfferingServiceAreaInput;
  @Field(() => [String], { nullable: true, description: 'Radius/polygon areas: the municipalities served (required to submit)' })
  servedMunicipalityCodes?: string[] | null;
  @Field(() => GeoPointInput, { nullable: true }) base?: GeoPointInput | null;
  @Field(() => OfferingDisclosureInput, { nullable: true }) disclosure?: OfferingDisclosureInput | null;
}
