import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CERTIFIED_CARE_LEVELS, type CertifiedCareLevel, enumOf } from '@sanpuku/kernel';
import { ComplaintDeskView } from '../organizations/organization.model';

export enum OfferingCoverage {
  covered = 'covered',
  not_covered = 'not_covered',
}
registerEnumType(OfferingCoverage, { name: 'OfferingCoverage', description: '介護保険適用 (covered) / 介護保険適用外 (not_covered)' });

export enum OfferingPriceUnit {
  per_hour = 'per_hour',
  per_visit = 'per_visit',
  per_month = 'per_month',
  free = 'free',
}
registerEnumType(OfferingPriceUnit, { name: 'OfferingPriceUnit', description: 'Unit of the headline price (free = 0 yen) / 料金の単位' });

export enum OfferingOtherCostUnit {
  per_hour = 'per_hour',
  per_visit = 'per_visit',
  per_month = 'per_month',
  one_time = 'one_time',
}
registerEnumType(OfferingOtherCostUnit, { name: 'OfferingOtherCostUnit', description: 'Unit of an additional cost / その他費用の単位' });

export enum OfferingCapacityStatus {
  available = 'available',
  waitlist = 'waitlist',
  full = 'full',
}
registerEnumType(OfferingCapacityStatus, { name: 'OfferingCapacityStatus', description: '受付中 / 待機あり / 満員' });

/** Derived from the shared kernel's certified care levels (one list for contracts, domain and GraphQL). */
export const OfferingCareLevel = enumOf(CERTIFIED_CARE_LEVELS);
export type OfferingCareLevel = CertifiedCareLevel;
registerEnumType(OfferingCareLevel, { name: 'OfferingCareLevel', description: '要支援1–2 (support_1–2), 要介護1–5 (care_1–5)' });

export enum ServiceAreaKind {
  municipalities = 'municipalities',
  radius = 'radius',
  polygon = 'polygon',
}
registerEnumType(ServiceAreaKind, { name: 'ServiceAreaKind', description: 'Municipality list, radius around a base point, or a GeoJSON polygon / 提供地域の種類' });

export enum ListingStatus {
  draft = 'draft',
  submitted = 'submitted',
  published = 'published',
  returned = 'returned',
  withdrawn = 'withdrawn',
}
registerEnumType(ListingStatus, { name: 'ListingStatus', description: '下書き / 審査待ち / 掲載中 / 差し戻し / 掲載終了' });

// ------------------------------------------------------------------------------------ outputs

@ObjectType()
export class GeoPoint {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
}

@ObjectType({ description: "A category code with the taxonomy's current words / サービス分類の表示名" })
export class OfferingCategoryLabel {
  @Field() code!: string;
  @Field({ description: '分類名' }) labelJa!: string;
  @Field({ description: 'Category name' }) labelEn!: string;
}

@ObjectType({ description: 'Headline price / 料金' })
export class OfferingPrice {
  @Field(() => Int, { description: 'Yen, tax included / 税込・円' }) amountYen!: number;
  @Field(() => OfferingPriceUnit) unit!: OfferingPriceUnit;
  @Field({ description: '単位の表示名 (kind PriceUnit), e.g. 1時間あたり' }) unitLabelJa!: string;
  @Field({ description: 'The unit in English (kind PriceUnit), e.g. Per hour' }) unitLabelEn!: string;
  @Field(() => String, { nullable: true, description: 'What the price includes / 料金に含まれるもの' }) includes!: string | null;
}

@ObjectType()
export class OfferingOtherCost {
  @Field() label!: string;
  @Field(() => Int) amountYen!: number;
  @Field(() => OfferingOtherCostUnit) unit!: OfferingOtherCostUnit;
  @Field({ description: '単位の表示名 (kind PriceUnit)' }) unitLabelJa!: string;
  @Field({ description: 'The unit in English (kind PriceUnit)' }) unitLabelEn!: string;
}

@ObjectType({ description: 'Who may use the offering / 利用条件' })
export class OfferingEligibility {
  @Field({ description: 'false = 要介護認定は不要 / no certification required' }) certificationRequired!: boolean;
  @Field(() => [OfferingCareLevel]) careLevels!: OfferingCareLevel[];
  @Field(() => [String], { description: 'careLevels in Japanese, same order (kind CareLevel), e.g. 要介護1' }) careLevelsLabelJa!: string[];
  @Field(() => [String], { description: 'careLevels in English, same order (kind CareLevel)' }) careLevelsLabelEn!: string[];
  @Field(() => Int, { nullable: true }) minAge!: number | null;
  @Field(() => Int, { nullable: true }) maxAge!: number | null;
  @Field(() => String, { nullable: true, description: 'Other conditions / その他の条件' }) otherConditions!: string | null;
}

@ObjectType({ description: 'A weekly slot in Japan time; day 0 = Sunday / 営業日時' })
export class OfferingScheduleSlot {
  @Field(() => Int) day!: number;
  @Field({ description: '曜日 (kind Weekday), e.g. 月曜日' }) dayLabelJa!: string;
  @Field({ description: 'Day of the week (kind Weekday), e.g. Monday' }) dayLabelEn!: string;
  @Field() opensAt!: string;
  @Field() closesAt!: string;
}

@ObjectType({ description: 'Capacity and when the operator last confirmed it / 受入状況' })
export class OfferingCapacity {
  @Field(() => OfferingCapacityStatus) status!: OfferingCapacityStatus;
  @Field({ description: '受入状況の表示名 (kind CapacityStatus), e.g. 受付中' }) statusLabelJa!: string;
  @Field({ description: 'Capacity in English (kind CapacityStatus)' }) statusLabelEn!: string;
  @Field({ description: 'ISO 8601 with offset' }) confirmedAt!: string;
}

@ObjectType({ description: 'Where the offering is provided / サービス提供地域' })
export class OfferingServiceArea {
  @Field(() => ServiceAreaKind) kind!: ServiceAreaKind;
  @Field({ description: '指定方法の表示名 (kind ServiceAreaKind)' }) kindLabelJa!: string;
  @Field({ description: 'How the area is given, in English (kind ServiceAreaKind)' }) kindLabelEn!: string;
  @Field(() => [String], { nullable: true }) municipalityCodes!: string[] | null;
  @Field(() => GeoPoint, { nullable: true }) center!: GeoPoint | null;
  @Field(() => Float, { nullable: true }) radiusM!: number | null;
  @Field(() => [[[Float]]], { nullable: true, description: 'GeoJSON Polygon coordinates: rings of [lng, lat]' }) polygon!: number[][][] | null;
}

@ObjectType()
export class LiabilityInsuranceView {
  @Field() enrolled!: boolean;
  @Field(() => String, { nullable: true }) insurer!: string | null;
  @Field(() => String, { nullable: true }) coverageSummary!: string | null;
}

@ObjectType()
export class EffectClaimView {
  @Field() claimed!: boolean;
  @Field(() => String, { nullable: true }) claim!: string | null;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => String, { nullable: true }) evidenceUrl!: string | null;
}

@ObjectType({ description: 'Common disclosure items besides price and coverage (null = not stated) / 共通開示項目' })
export class OfferingDisclosure {
  @Field(() => String, { nullable: true }) staffQualifications!: string | null;
  @Field(() => LiabilityInsuranceView, { nullable: true }) liabilityInsurance!: LiabilityInsuranceView | null;
  @Field(() => ComplaintDeskView, { nullable: true }) complaintDesk!: ComplaintDeskView | null;
  @Field(() => String, { nullable: true }) cancellationTerms!: string | null;
  @Field(() => EffectClaimView, { nullable: true }) effectClaim!: EffectClaimView | null;
}

@ObjectType({ description: 'A disclosure item still missing before submission / 未記載の開示項目' })
export class MissingDisclosureView {
  @Field() key!: string;
  @Field() labelJa!: string;
  @Field() labelEn!: string;
  @Field({ description: 'JSON Pointer of the field' }) path!: string;
  @Field() reasonJa!: string;
  @Field() reasonEn!: string;
}

@ObjectType()
export class ConfirmationFreshnessView {
  @Field(() => String, { nullable: true }) confirmedAt!: string | null;
  @Field(() => Int, { nullable: true, description: 'JST calendar days since confirmation' }) daysSince!: number | null;
  @Field(() => Int) staleAfterDays!: number;
  @Field() stale!: boolean;
}

@ObjectType({ description: 'How fresh capacity and details are; stale ones are flagged / 情報の鮮度' })
export class OfferingFreshness {
  @Field(() => ConfirmationFreshnessView) capacity!: ConfirmationFreshnessView;
  @Field(() => ConfirmationFreshnessView) details!: ConfirmationFreshnessView;
  @Field() stale!: boolean;
}

@ObjectType('Offering', { description: 'An offering listed by an operator / 掲載サービス' })
export class OfferingView {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizationId!: string;
  @Field() organizationName!: string;
  @Field(() => ListingStatus) status!: ListingStatus;
  @Field({ description: '掲載の状態の表示名 (kind ListingStatus), e.g. 掲載中' }) statusLabelJa!: string;
  @Field({ description: 'Listing status in English (kind ListingStatus)' }) statusLabelEn!: string;
  @Field(() => Int, { description: 'Version of the last published event about this offering' }) version!: number;
  @Field({ description: 'タイトル (ja)' }) title!: string;
  @Field(() => String, { nullable: true }) titleEn!: string | null;
  @Field(() => String, { nullable: true, description: '説明 (ja)' }) description!: string | null;
  @Field(() => String, { nullable: true }) descriptionEn!: string | null;
  @Field(() => [String], { description: 'Taxonomy category codes; the first is the primary' }) categories!: string[];
  @Field(() => OfferingPrice) price!: OfferingPrice;
  @Field(() => [OfferingOtherCost]) otherCosts!: OfferingOtherCost[];
  @Field(() => OfferingCoverage) coverage!: OfferingCoverage;
  @Field({ description: '介護保険の適用の表示名 (kind Coverage)' }) coverageLabelJa!: string;
  @Field({ description: 'Coverage in English (kind Coverage)' }) coverageLabelEn!: string;
  @Field(() => OfferingEligibility) eligibility!: OfferingEligibility;
  @Field(() => [OfferingScheduleSlot], { description: 'Empty = by arrangement / 空 = 要相談' }) schedule!: OfferingScheduleSlot[];
  @Field(() => OfferingCapacity) capacity!: OfferingCapacity;
  @Field() detailsConfirmedAt!: string;
  @Field(() => [String]) languages!: string[];
  @Field(() => OfferingServiceArea) serviceArea!: OfferingServiceArea;
  @Field(() => [String], { description: 'Municipalities served (reviewers of these review the listing) / 提供先の市区町村' })
  servedMunicipalityCodes!: string[];
  @Field(() => GeoPoint, { nullable: true, description: 'Base (事業所) for distance ordering' }) base!: GeoPoint | null;
  @Field(() => OfferingDisclosure) disclosure!: OfferingDisclosure;
  @Field(() => [MissingDisclosureView], { description: 'Disclosure items still missing (empty for published listings)' })
  missingDisclosure!: MissingDisclosureView[];
  @Field(() => OfferingFreshness) freshness!: OfferingFreshness;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
}

// ------------------------------------------------------------------------------------ inputs
