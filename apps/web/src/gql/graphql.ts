/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new service category (admin) / サービス分類の追加 */
export type AddTaxonomyCategoryInput = {
  /** Default senior_and_family */
  benefits?: Beneficiary | null | undefined;
  /** snake_case, e.g. pet_care */
  code: string;
  examplesJa?: string | null | undefined;
  familyCode: string;
  labelEn: string;
  labelJa: string;
};

/** Who benefits: the senior and the family, or mainly the family / 受益者 */
export type Beneficiary =
  | 'mainly_family'
  | 'senior_and_family';

/** Designated cities (政令指定都市): classify the city as one unit, or its wards (区) */
export type ClassificationLevel =
  | 'city'
  | 'wards';

export type ClassifyInput = {
  level?: ClassificationLevel;
  policy?: PolicyInput | null | undefined;
};

/** A complaint and consultation desk: a name and a phone number or e-mail address / 苦情・相談窓口 */
export type ComplaintDeskInput = {
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
};

/** Who gave a consent and how: the senior (self 本人), or family / guardian on their behalf. On screen (default): the person agreed now to the consent text `textVersion` (consentText); the server records the time. Written / oral (書面 / 口頭): staff record when it was obtained (obtainedAt). A family filing for themselves always agrees on screen. */
export type ConsentGivenByInput = {
  /** self | family | guardian (labels: ConsentGiver) */
  givenBy: string;
  /** Required unless givenBy = self */
  givenByName?: string | null | undefined;
  /** on_screen (default without obtainedAt) | written 書面 | oral 口頭 (labels: ConsentMethod) */
  method?: string | null | undefined;
  /** Written / oral only: when it was obtained. On screen it is the server’s time */
  obtainedAt?: string | null | undefined;
  /** The version of the consent text agreed to (consentText(purpose).version); required on screen */
  textVersion?: string | null | undefined;
};

export type CreateReferralInput = {
  /** A specific consent; default: the latest one that covers this referral */
  consentId?: string | number | null | undefined;
  /** Items the operator receives on acceptance; the consent must cover each */
  disclosedItems: Array<string>;
  /** An offering on the request’s shortlist */
  offeringId: string | number;
  requestId: string | number;
  /** Send at once (draft → requested); false keeps a draft */
  send?: boolean;
};

/** Population density tier: rural 中山間等地域 (<200/km²), general_city 一般市 (200–2,000), large_city 大都市部 (≥2,000) */
export type DensityTier =
  | 'general_city'
  | 'large_city'
  | 'rural';

/** Geodesic on the WGS84/GRS80 ellipsoid (default, as PostGIS geography) or a sphere (R = 6,371,008.8 m) */
export type DistanceModelKind =
  | 'ellipsoid_wgs84'
  | 'sphere';

export type EffectClaimInput = {
  claim?: string | null | undefined;
  claimed: boolean;
  evidence?: string | null | undefined;
  evidenceUrl?: string | null | undefined;
};

export type FileHelpRequestInput = {
  /** Consent to collect the care level and health notes (APPI Art. 20(2)) */
  acquisitionConsent: ConsentGivenByInput;
  /** under_65 | 65_69 | 70_74 | 75_79 | 80_84 | 85_89 | 90_plus */
  ageBand: string;
  /** alone | with_elderly_spouse | with_family */
  livingSituation: string;
  location?: SeniorLocationInput | null | undefined;
  /** 5-digit JIS municipality code */
  municipalityCode: string;
  /** Taxonomy category codes, e.g. meal_delivery */
  needs: Array<string>;
  /** Needs in the senior’s or family’s own words */
  needsNote?: string | null | undefined;
  preferences?: HelpPreferencesInput | null | undefined;
  senior: SeniorInput;
};

/** A file to import: its name and its bytes in base64 (so Shift_JIS arrives intact) */
export type FileInput = {
  contentBase64: string;
  fileName: string;
  /** false (default): all or nothing. true: import every valid row in one transaction and list every skipped row in `report` (municipalities and town blocks) / 正しい行だけを取り込み、除外した行を報告する */
  lenient?: boolean | null | undefined;
};

/** One file of an import: its name and its bytes in base64 (so Shift_JIS arrives intact) */
export type FilePartInput = {
  contentBase64: string;
  fileName: string;
};

export type GeoPointInput = {
  lat: number;
  lng: number;
};

export type HelpPreferencesInput = {
  budgetYen?: number | null | undefined;
  /** covered | not_covered | any (default any) */
  coverage?: string | null | undefined;
  /** Language code, e.g. ja, en, vi */
  language?: string | null | undefined;
  /** 0 = Sunday … 6 = Saturday */
  preferredDays?: Array<number> | null | undefined;
};

/** open 対応中 | unmet 未充足 | fulfilled 提供完了 (words: labels(kinds: ["HelpRequestStatus"])) / 相談依頼の状況 */
export type HelpRequestStatus =
  | 'fulfilled'
  | 'open'
  | 'unmet';

export type LiabilityInsuranceInput = {
  coverageSummary?: string | null | undefined;
  enrolled: boolean;
  insurer?: string | null | undefined;
};

/** A step of the listing workflow (labels: kind ListingAction) / 掲載の手続き */
export type ListingAction =
  | 'create'
  | 'edit'
  | 'import'
  | 'publish'
  | 'return'
  | 'submit'
  | 'withdraw';

/** 下書き / 審査待ち / 掲載中 / 差し戻し / 掲載終了 */
export type ListingStatus =
  | 'draft'
  | 'published'
  | 'returned'
  | 'submitted'
  | 'withdrawn';

/** 受付中 / 待機あり / 満員 */
export type OfferingCapacityStatus =
  | 'available'
  | 'full'
  | 'waitlist';

/** 要支援1–2 (support_1–2), 要介護1–5 (care_1–5) */
export type OfferingCareLevel =
  | 'care_1'
  | 'care_2'
  | 'care_3'
  | 'care_4'
  | 'care_5'
  | 'support_1'
  | 'support_2';

/** 介護保険適用 (covered) / 介護保険適用外 (not_covered) */
export type OfferingCoverage =
  | 'covered'
  | 'not_covered';

export type OfferingDisclosureInput = {
  cancellationTerms?: string | null | undefined;
  /** Default: the organization's complaint desk (new offerings) */
  complaintDesk?: ComplaintDeskInput | null | undefined;
  effectClaim?: EffectClaimInput | null | undefined;
  liabilityInsurance?: LiabilityInsuranceInput | null | undefined;
  staffQualifications?: string | null | undefined;
};

export type OfferingEligibilityInput = {
  careLevels?: Array<OfferingCareLevel> | null | undefined;
  /** false = 要介護認定は不要 (careLevels must then be empty) */
  certificationRequired: boolean;
  maxAge?: number | null | undefined;
  minAge?: number | null | undefined;
  otherConditions?: string | null | undefined;
};

/** An offering (the whole listing: an update replaces every field) / 掲載内容 */
export type OfferingInput = {
  base?: GeoPointInput | null | undefined;
  /** Required on create; on update, giving it confirms it now */
  capacityStatus?: OfferingCapacityStatus | null | undefined;
  categories: Array<string>;
  coverage: OfferingCoverage;
  description?: string | null | undefined;
  descriptionEn?: string | null | undefined;
  disclosure?: OfferingDisclosureInput | null | undefined;
  eligibility: OfferingEligibilityInput;
  /** BCP 47 tags; default ["ja"] */
  languages?: Array<string> | null | undefined;
  otherCosts?: Array<OfferingOtherCostInput> | null | undefined;
  price: OfferingPriceInput;
  /** Empty = by arrangement */
  schedule?: Array<OfferingScheduleSlotInput> | null | undefined;
  /** Radius/polygon areas: the municipalities served (required to submit) */
  servedMunicipalityCodes?: Array<string> | null | undefined;
  serviceArea: OfferingServiceAreaInput;
  title: string;
  titleEn?: string | null | undefined;
};

export type OfferingOtherCostInput = {
  amountYen: number;
  label: string;
  unit: OfferingOtherCostUnit;
};

/** Unit of an additional cost / その他費用の単位 */
export type OfferingOtherCostUnit =
  | 'one_time'
  | 'per_hour'
  | 'per_month'
  | 'per_visit';

export type OfferingPriceInput = {
  /** Whole yen, tax included / 税込・円 */
  amountYen: number;
  /** What the price includes / 料金に含まれるもの */
  includes?: string | null | undefined;
  unit: OfferingPriceUnit;
};

/** Unit of the headline price (free = 0 yen) / 料金の単位 */
export type OfferingPriceUnit =
  | 'free'
  | 'per_hour'
  | 'per_month'
  | 'per_visit';

export type OfferingScheduleSlotInput = {
  /** HH:MM (JST), after opensAt */
  closesAt: string;
  /** 0 = Sunday … 6 = Saturday */
  day: number;
  /** HH:MM (JST) */
  opensAt: string;
};

/** kind = municipalities: municipalityCodes; radius: center + radiusM (≤ 100 km); polygon: polygon */
export type OfferingServiceAreaInput = {
  center?: GeoPointInput | null | undefined;
  kind: ServiceAreaKind;
  municipalityCodes?: Array<string> | null | undefined;
  /** GeoJSON Polygon coordinates: closed rings of [lng, lat]; the first is the outer ring */
  polygon?: Array<Array<Array<number>>> | null | undefined;
  radiusM?: number | null | undefined;
};

/** An operator organization to register or update / 事業者情報 */
export type OrganizationInput = {
  alternateName?: string | null | undefined;
  complaintDesk?: ComplaintDeskInput | null | undefined;
  /** 法人番号 (full-width digits and hyphens accepted); omit for operators without one */
  corporateNumber?: string | null | undefined;
  description?: string | null | undefined;
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  website?: string | null | undefined;
};

/** A named, versioned classification policy; omitted values take the seed default (seed-default@1) */
export type PolicyInput = {
  care3PlusRatioOf75Plus?: number | null | undefined;
  distanceModel?: DistanceModelKind | null | undefined;
  generalCityMinPerKm2?: number | null | undefined;
  id: string;
  largeCityMinPerKm2?: number | null | undefined;
  radiusM?: number | null | undefined;
  resourceCategories?: Array<string> | null | undefined;
  /** sufficiency 0–1 */
  segmentAMin?: number | null | undefined;
  segmentBMin?: number | null | undefined;
  version: number;
};

export type RecordConsentInput = {
  /** full_name | address | contact_phone | age_band | care_level | living_situation | health_notes | needs_note */
  dataItems: Array<string>;
  given: ConsentGivenByInput;
  /** Category codes: any operator offering one of them */
  recipientCategories?: Array<string> | null | undefined;
  recipientOrganizationIds?: Array<string | number> | null | undefined;
  /** The request whose senior consented */
  requestId: string | number;
};

/** Status of a referral (words: labels(kinds: ["ReferralStatus"])) / 紹介の状況 */
export type ReferralStatus =
  | 'accepted'
  | 'cancelled'
  | 'completed'
  | 'draft'
  | 'expired'
  | 'failed'
  | 'in_progress'
  | 'on_hold'
  | 'rejected'
  | 'requested';

/** New labels of a category (admin) / 分類名の変更 */
export type RenameTaxonomyCategoryInput = {
  code: string;
  /** Unchanged when omitted */
  examplesJa?: string | null | undefined;
  labelEn: string;
  labelJa: string;
};

export type ResourceFileInput = {
  contentBase64: string;
  /** Category for rows without one (e.g. convenience) */
  defaultCategory?: string | null | undefined;
  fileName: string;
  /** false (default): all or nothing. true: import every valid row in one transaction and list every skipped row in `report` (municipalities and town blocks) / 正しい行だけを取り込み、除外した行を報告する */
  lenient?: boolean | null | undefined;
  /** Re-importing the same source replaces its previous rows */
  sourceName?: string | null | undefined;
};

export type ResourcePointInput = {
  /** supermarket, convenience, drugstore, or a user-defined category */
  category?: string;
  lat: number;
  lng: number;
  name?: string | null | undefined;
};

/** A reviewer's reason for returning a listing / 差し戻し理由 */
export type ReturnReasonInput = {
  messageEn?: string | null | undefined;
  messageJa: string;
  /** JSON Pointer of the field concerned, e.g. /disclosure/cancellationTerms */
  path?: string | null | undefined;
};

/** Market viability 市場性: A 高 (high), B 中 (medium), C 低 (low) */
export type Segment =
  | 'A'
  | 'B'
  | 'C';

export type SeniorInput = {
  /** Address as written; kept in the personal-data table only */
  addressText: string;
  /** none | support_1 | support_2 | care_1 … care_5 */
  careLevel: string;
  contactPhone?: string | null | undefined;
  fullName: string;
  fullNameKana?: string | null | undefined;
  /** Health notes (要配慮個人情報) */
  healthNotes?: string | null | undefined;
};

export type SeniorLocationInput = {
  /** WGS84 latitude (e.g. the town block’s representative point) */
  lat?: number | null | undefined;
  lng?: number | null | undefined;
  /** 12-digit 大字・町丁目コード the address resolves to */
  townBlockCode?: string | null | undefined;
};

/** Municipality list, radius around a base point, or a GeoJSON polygon / 提供地域の種類 */
export type ServiceAreaKind =
  | 'municipalities'
  | 'polygon'
  | 'radius';

/** Several town-block files (e.g. the 47 prefecture files) imported as ONE dataset version / 複数ファイルを一つのデータとして取り込む */
export type TownBlockFilesInput = {
  /** 1 to 100 files; together bounded by the request body limit */
  files: Array<FilePartInput>;
  /** As FileInput.lenient */
  lenient?: boolean | null | undefined;
};

/** Planned changes of shops, e.g. a mobile-shop stop (移動販売の停留所) */
export type WhatIfInput = {
  add?: Array<ResourcePointInput>;
  removeResourceIds?: Array<string | number>;
};

export type TaxonomyQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomyQuery = { taxonomy: Array<{ code: string, labelJa: string, labelEn: string, categories: Array<{ code: string, labelJa: string, labelEn: string, examplesJa: string, benefits: Beneficiary }> }> };

export type PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type PrefecturesQuery = { areaSummary: { prefectures: Array<{ prefectureCode: string, prefectureName: string }> } };

export type MunicipalitiesQueryVariables = Exact<{
  prefectureCode: string;
}>;


export type MunicipalitiesQuery = { areas: Array<{ code: string, name: string, prefectureCode: string }> };

export type HelpRequestsQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type HelpRequestsQuery = { helpRequests: Array<{ id: string, status: HelpRequestStatus, statusLabelJa: string, createdAt: string, needs: Array<string>, municipalityCode: string, ageBand: string, careLevelBand: string, filedByRole: string, referrals: Array<{ id: string, status: ReferralStatus, statusLabelJa: string, statusLabelEn: string, organizationName: string, offeringTitle: string, responseDueAt: string | null, statusSince: string }> }> };

export type HelpRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type HelpRequestQuery = { helpRequest: { id: string, status: HelpRequestStatus, statusLabelJa: string, createdAt: string, needs: Array<string>, municipalityCode: string, lat: number | null, lng: number | null, ageBand: string, careLevelBand: string, livingSituation: string, filedByRole: string, preferences: { budgetYen: number | null, coverage: string, preferredDays: Array<number> }, shortlist: { id: string, round: number, generatedAt: string, disclaimerJa: string, disclaimerEn: string, uncoveredNeeds: Array<string>, topPositions: number, entries: Array<{ offeringId: string, position: number, title: string, organizationName: string, organizationId: string, priceYen: number, priceUnit: string, coverage: string, capacity: string, categories: Array<string>, placementJa: string, placementEn: string, criteriaMet: Array<{ code: string, ja: string, en: string, passed: boolean }>, notes: Array<{ code: string, ja: string, en: string, passed: boolean }> }> } | null, consents: Array<{ id: string, purpose: string, givenBy: string, givenByName: string | null, obtainedAt: string, dataItems: Array<string>, recipientOrganizationIds: Array<string>, recipientCategories: Array<string>, withdrawnAt: string | null }>, referrals: Array<{ id: string, status: ReferralStatus, statusLabelJa: string, statusLabelEn: string, offeringId: string, offeringTitle: string, organizationName: string, responseDueAt: string | null, statusSince: string, reasonCode: string | null, consentId: string | null, history: Array<{ action: string, to: string, toLabelJa: string, at: string }> }>, nextCandidates: Array<{ offeringId: string, organizationId: string, title: string, organizationName: string, priceYen: number, priceUnit: string, placementJa: string, placementEn: string }>, notices: Array<{ kind: string, messageJa: string, messageEn: string, createdAt: string, referralId: string | null }> } };

export type OfferingDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferingDetailsQuery = { offering: { id: string, title: string, description: string | null, base: { lat: number, lng: number } | null, schedule: Array<{ day: number, opensAt: string, closesAt: string }>, price: { amountYen: number, unit: OfferingPriceUnit, includes: string | null }, disclosure: { cancellationTerms: string | null, staffQualifications: string | null, complaintDesk: { name: string, phone: string | null, email: string | null } | null, liabilityInsurance: { enrolled: boolean, insurer: string | null } | null, effectClaim: { claimed: boolean, claim: string | null, evidence: string | null } | null } } };

export type FileHelpRequestMutationVariables = Exact<{
  input: FileHelpRequestInput;
}>;


export type FileHelpRequestMutation = { fileHelpRequest: { id: string, status: HelpRequestStatus } };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string } };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { createReferral: { id: string, status: ReferralStatus, statusLabelJa: string } };

export type WithdrawConsentMutationVariables = Exact<{
  consentId: string | number;
  reason?: string | null | undefined;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string, withdrawnAt: string | null } };

export type ReferralStatusChangedSubscriptionVariables = Exact<{
  requestId: string | number;
}>;


export type ReferralStatusChangedSubscription = { referralStatusChanged: { referralId: string, action: string, to: string, toLabelJa: string, toLabelEn: string, at: string } };

export type LabelsQueryVariables = Exact<{
  kinds?: Array<string> | string | null | undefined;
}>;


export type LabelsQuery = { labels: Array<{ kind: string, labels: Array<{ code: string, labelJa: string, labelEn: string, descriptionJa: string | null, descriptionEn: string | null }> }> };

export type TownBlocksQueryVariables = Exact<{
  municipalityCode: string;
  query?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TownBlocksQuery = { townBlocks: Array<{ code: string, name: string, municipalityCode: string, lat: number, lng: number }> };

export type ConsentTextQueryVariables = Exact<{
  purpose: string;
}>;


export type ConsentTextQuery = { consentText: { version: string, titleJa: string, titleEn: string, bodyJa: string, bodyEn: string } };

export type AreaMapQueryVariables = Exact<{
  prefectureCode: string;
}>;


export type AreaMapQuery = { areas: Array<{ code: string, name: string, population: number, pop75plus: number | null, areaKm2: number, classification: { segment: Segment, segmentLabelJa: string, segmentLabelEn: string, tier: DensityTier, tierLabelJa: string, tierLabelEn: string, densityPerKm2: number, sufficiencyPercent: number | null, estimated: boolean, estimationNotesJa: Array<string>, estimationNotesEn: Array<string>, provenanceJa: string, provenanceEn: string, uncoveredBlockCount: number, recommendedModel: { titleJa: string, titleEn: string, measuresJa: Array<string>, measuresEn: Array<string> } } | null }> };

export type MunicipalityMapQueryVariables = Exact<{
  code: string;
}>;


export type MunicipalityMapQuery = { municipalityMap: { code: string, name: string, bbox: Array<number>, radiusM: number, policyLabelJa: string, policyLabelEn: string, townBlocks: Array<{ id: string, name: string, lat: number, lng: number, covered: boolean, elderly75Estimate: number | null }>, shops: Array<{ id: string, name: string | null, category: string, categoryLabelJa: string, categoryLabelEn: string, lat: number, lng: number, counted: boolean }> } };

export type WhatIfQueryVariables = Exact<{
  input: WhatIfInput;
}>;


export type WhatIfQuery = { whatIf: { municipalities: Array<{ code: string, name: string | null, segmentChanged: boolean, before: { segment: Segment, segmentLabelJa: string, segmentLabelEn: string, sufficiencyPercent: number | null }, after: { segment: Segment, segmentLabelJa: string, segmentLabelEn: string, sufficiencyPercent: number | null }, newlyCoveredBlocks: Array<{ id: string }>, newlyUncoveredBlocks: Array<{ id: string }> }>, notes: Array<{ path: string, messageJa: string, messageEn: string }> } | null };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { reviewQueue: Array<{ id: string, title: string, description: string | null, organizationName: string, submittedAt: string | null, coverageLabelJa: string, coverageLabelEn: string, categoryLabels: Array<{ code: string, labelJa: string, labelEn: string }>, price: { amountYen: number, unit: OfferingPriceUnit, unitLabelJa: string, unitLabelEn: string, includes: string | null }, disclosure: { cancellationTerms: string | null, staffQualifications: string | null, complaintDesk: { name: string, phone: string | null, email: string | null } | null, liabilityInsurance: { enrolled: boolean, insurer: string | null, coverageSummary: string | null } | null, effectClaim: { claimed: boolean, claim: string | null, evidence: string | null } | null }, history: Array<{ action: ListingAction, actionLabelJa: string, actionLabelEn: string, at: string, reasons: Array<{ path: string | null, messageJa: string, messageEn: string | null }> }> }> };

export type PublishOfferingMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishOfferingMutation = { publishOffering: { id: string, status: ListingStatus, statusLabelJa: string, statusLabelEn: string } };

export type ReturnOfferingMutationVariables = Exact<{
  id: string | number;
  reasons: Array<ReturnReasonInput> | ReturnReasonInput;
}>;


export type ReturnOfferingMutation = { returnOffering: { id: string, status: ListingStatus, statusLabelJa: string, statusLabelEn: string } };

export type NeutralityReportQueryVariables = Exact<{
  municipalityCode: string;
  from: string;
  to: string;
}>;


export type NeutralityReportQuery = { neutralityReport: { from: string, to: string, topPositions: number, shortlistPositions: number, totalEligible: number, totalTopExposures: number, maxAbsDeviation: number, operators: Array<{ organizationId: string, organizationName: string | null, eligibleCount: number, topExposures: number, eligibilityShare: number, exposureShare: number, deviation: number }> } };

export type ReferralInboxQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type ReferralInboxQuery = { referralInbox: Array<{ id: string, status: ReferralStatus, statusLabelJa: string, statusLabelEn: string, offeringTitle: string, createdAt: string, statusSince: string, responseDueAt: string | null, reasonCodeLabelJa: string | null, reasonCodeLabelEn: string | null, allowedActions: Array<string>, allowedActionsLabelJa: Array<string>, allowedActionsLabelEn: Array<string>, disclosedItemsLabelJa: Array<string>, disclosedItemsLabelEn: Array<string>, detailsWithheldJa: string | null, detailsWithheldEn: string | null, summary: { careLevelBandJa: string, careLevelBandEn: string, categories: Array<string>, municipalityCode: string, preferredDaysJa: string, preferredDaysEn: string }, details: { fullName: string | null, fullNameKana: string | null, contactPhone: string | null, addressText: string | null, ageBandLabelJa: string | null, ageBandLabelEn: string | null, careLevelLabelJa: string | null, careLevelLabelEn: string | null, needsNote: string | null } | null }> };

export type ReferralInboxUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReferralInboxUpdatesSubscription = { referralInboxUpdates: { referralId: string, action: string, actionLabelJa: string, actionLabelEn: string, at: string } };

export type AcceptReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptReferralMutation = { acceptReferral: { id: string, status: ReferralStatus, statusLabelJa: string, statusLabelEn: string } };

export type RejectReferralMutationVariables = Exact<{
  id: string | number;
  reasonCode?: string | null | undefined;
}>;


export type RejectReferralMutation = { rejectReferral: { id: string, status: ReferralStatus, statusLabelJa: string, statusLabelEn: string } };

export type HoldReferralMutationVariables = Exact<{
  id: string | number;
  reasonCode?: string | null | undefined;
}>;


export type HoldReferralMutation = { holdReferral: { id: string, status: ReferralStatus, statusLabelJa: string, statusLabelEn: string } };

export type ImportOutcomeFragment = { ok: boolean, dataset: { kindLabelJa: string, kindLabelEn: string, rowCount: number, sourceName: string } | null, errors: Array<{ file: string, line: number, column: string | null, value: string | null, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, report: { lenient: boolean, rowsRead: number, imported: number, skipped: number, csv: string, skippedByReason: Array<{ code: string, codeLabelJa: string, codeLabelEn: string, rows: number }>, skippedRows: Array<{ file: string, line: number, column: string | null, value: string | null, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, notes: Array<{ file: string, line: number, column: string | null, code: string, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, files: Array<{ file: string, rowsRead: number, imported: number, skipped: number }> } | null };

export type ImportMunicipalitiesMutationVariables = Exact<{
  input: FileInput;
}>;


export type ImportMunicipalitiesMutation = { importMunicipalities: { ok: boolean, dataset: { kindLabelJa: string, kindLabelEn: string, rowCount: number, sourceName: string } | null, errors: Array<{ file: string, line: number, column: string | null, value: string | null, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, report: { lenient: boolean, rowsRead: number, imported: number, skipped: number, csv: string, skippedByReason: Array<{ code: string, codeLabelJa: string, codeLabelEn: string, rows: number }>, skippedRows: Array<{ file: string, line: number, column: string | null, value: string | null, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, notes: Array<{ file: string, line: number, column: string | null, code: string, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, files: Array<{ file: string, rowsRead: number, imported: number, skipped: number }> } | null } };

export type ImportTownBlockFilesMutationVariables = Exact<{
  input: TownBlockFilesInput;
}>;


export type ImportTownBlockFilesMutation = { importTownBlockFiles: { ok: boolean, dataset: { kindLabelJa: string, kindLabelEn: string, rowCount: number, sourceName: string } | null, errors: Array<{ file: string, line: number, column: string | null, value: string | null, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, report: { lenient: boolean, rowsRead: number, imported: number, skipped: number, csv: string, skippedByReason: Array<{ code: string, codeLabelJa: string, codeLabelEn: string, rows: number }>, skippedRows: Array<{ file: string, line: number, column: string | null, value: string | null, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, notes: Array<{ file: string, line: number, column: string | null, code: string, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, files: Array<{ file: string, rowsRead: number, imported: number, skipped: number }> } | null } };

export type ImportResourcesMutationVariables = Exact<{
  input: ResourceFileInput;
}>;


export type ImportResourcesMutation = { importResources: { ok: boolean, dataset: { kindLabelJa: string, kindLabelEn: string, rowCount: number, sourceName: string } | null, errors: Array<{ file: string, line: number, column: string | null, value: string | null, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, report: { lenient: boolean, rowsRead: number, imported: number, skipped: number, csv: string, skippedByReason: Array<{ code: string, codeLabelJa: string, codeLabelEn: string, rows: number }>, skippedRows: Array<{ file: string, line: number, column: string | null, value: string | null, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, notes: Array<{ file: string, line: number, column: string | null, code: string, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, files: Array<{ file: string, rowsRead: number, imported: number, skipped: number }> } | null } };

export type ImportBoundariesMutationVariables = Exact<{
  input: FileInput;
}>;


export type ImportBoundariesMutation = { importBoundaries: { ok: boolean, dataset: { kindLabelJa: string, kindLabelEn: string, rowCount: number, sourceName: string } | null, errors: Array<{ file: string, line: number, column: string | null, value: string | null, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, report: { lenient: boolean, rowsRead: number, imported: number, skipped: number, csv: string, skippedByReason: Array<{ code: string, codeLabelJa: string, codeLabelEn: string, rows: number }>, skippedRows: Array<{ file: string, line: number, column: string | null, value: string | null, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, notes: Array<{ file: string, line: number, column: string | null, code: string, codeLabelJa: string, codeLabelEn: string, messageJa: string, messageEn: string }>, files: Array<{ file: string, rowsRead: number, imported: number, skipped: number }> } | null } };

export type AdminTaxonomyQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTaxonomyQuery = { taxonomy: Array<{ code: string, labelJa: string, labelEn: string, categories: Array<{ code: string, familyCode: string, labelJa: string, labelEn: string, examplesJa: string, active: boolean, listingCounts: Array<{ status: ListingStatus, statusLabelJa: string, statusLabelEn: string, count: number }> | null }> }> };

export type AddTaxonomyCategoryMutationVariables = Exact<{
  input: AddTaxonomyCategoryInput;
}>;


export type AddTaxonomyCategoryMutation = { addTaxonomyCategory: Array<{ code: string }> };

export type RenameTaxonomyCategoryMutationVariables = Exact<{
  input: RenameTaxonomyCategoryInput;
}>;


export type RenameTaxonomyCategoryMutation = { renameTaxonomyCategory: Array<{ code: string }> };

export type DeactivateTaxonomyCategoryMutationVariables = Exact<{
  code: string;
}>;


export type DeactivateTaxonomyCategoryMutation = { deactivateTaxonomyCategory: Array<{ code: string }> };

export type ReactivateTaxonomyCategoryMutationVariables = Exact<{
  code: string;
}>;


export type ReactivateTaxonomyCategoryMutation = { reactivateTaxonomyCategory: Array<{ code: string }> };

export type ClassificationRunsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ClassificationRunsQuery = { classificationRuns: Array<{ runId: string, policyLabelJa: string, policyLabelEn: string, levelLabelJa: string, levelLabelEn: string, startedAt: string, finishedAt: string, latest: boolean, segmentCounts: { A: number, B: number, C: number }, datasets: Array<{ datasetVersionId: string, kindLabelJa: string, kindLabelEn: string, sourceName: string, rowCount: number, importedAt: string }> }> };

export type ClassifyAreasMutationVariables = Exact<{
  input?: ClassifyInput | null | undefined;
}>;


export type ClassifyAreasMutation = { classifyAreas: { runId: string, unitCount: number, segmentChanges: number } };

export type AdminOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganizationsQuery = { organizations: Array<{ id: string, name: string, alternateName: string | null, corporateNumber: string | null, createdAt: string, listingCounts: Array<{ status: ListingStatus, statusLabelJa: string, statusLabelEn: string, count: number }> | null, servedMunicipalities: Array<{ code: string, name: string }> | null }> };

export type JapanAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type JapanAreasQuery = { areas: Array<{ code: string, name: string, prefectureCode: string, classification: { segment: Segment, segmentLabelJa: string, segmentLabelEn: string } | null }>, areaSummary: { policyLabelJa: string | null, policyLabelEn: string | null, prefectures: Array<{ prefectureCode: string, prefectureName: string, counts: { A: number, B: number, C: number, unclassified: number } }> } };

export type UnmetDemandQueryVariables = Exact<{
  municipalityCode?: string | null | undefined;
  fromMonth?: string | null | undefined;
  toMonth?: string | null | undefined;
}>;


export type UnmetDemandQuery = { unmetDemand: { minCellCount: number, cells: Array<{ municipalityCode: string, category: string, month: string, count: number | null, suppressed: boolean }>, segments: Array<{ municipalityCode: string, segmentLabelJa: string, segmentLabelEn: string }> } };

export type MyOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganizationQuery = { myOrganization: { id: string, name: string, description: string, corporateNumber: string | null, phone: string | null, email: string | null, website: string | null, complaintDesk: { name: string, phone: string | null, email: string | null } | null } | null };

export type RegisterOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type RegisterOrganizationMutation = { registerOrganization: { id: string, name: string, corporateNumber: string | null } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  input: OrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, name: string, corporateNumber: string | null } };

export type MyOfferingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOfferingsQuery = { myOfferings: Array<{ id: string, title: string, status: ListingStatus, statusLabelJa: string, statusLabelEn: string, detailsConfirmedAt: string, capacity: { status: OfferingCapacityStatus, statusLabelJa: string, statusLabelEn: string, confirmedAt: string }, missingDisclosure: Array<{ key: string, labelJa: string, labelEn: string, reasonJa: string, reasonEn: string }>, history: Array<{ action: ListingAction, at: string, reasons: Array<{ path: string | null, messageJa: string, messageEn: string | null }> }> }> };

export type ConfirmOfferingDetailsMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmOfferingDetailsMutation = { confirmOfferingDetails: { id: string, detailsConfirmedAt: string } };

export type UpdateOfferingCapacityMutationVariables = Exact<{
  id: string | number;
  status: OfferingCapacityStatus;
}>;


export type UpdateOfferingCapacityMutation = { updateOfferingCapacity: { id: string, capacity: { status: OfferingCapacityStatus, statusLabelJa: string, statusLabelEn: string, confirmedAt: string } } };

export type SubmitOfferingMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitOfferingMutation = { submitOffering: { id: string, status: ListingStatus, statusLabelJa: string, statusLabelEn: string } };

export type OfferingForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferingForEditQuery = { offering: { id: string, title: string, titleEn: string | null, description: string | null, descriptionEn: string | null, status: ListingStatus, statusLabelJa: string, statusLabelEn: string, categories: Array<string>, coverage: OfferingCoverage, languages: Array<string>, servedMunicipalityCodes: Array<string>, base: { lat: number, lng: number } | null, price: { amountYen: number, unit: OfferingPriceUnit, includes: string | null }, otherCosts: Array<{ label: string, amountYen: number, unit: OfferingOtherCostUnit }>, eligibility: { certificationRequired: boolean, careLevels: Array<OfferingCareLevel>, minAge: number | null, maxAge: number | null, otherConditions: string | null }, schedule: Array<{ day: number, opensAt: string, closesAt: string }>, capacity: { status: OfferingCapacityStatus }, serviceArea: { kind: ServiceAreaKind, municipalityCodes: Array<string> | null, radiusM: number | null, polygon: Array<Array<Array<number>>> | null, center: { lat: number, lng: number } | null }, disclosure: { cancellationTerms: string | null, staffQualifications: string | null, complaintDesk: { name: string, phone: string | null, email: string | null } | null, liabilityInsurance: { enrolled: boolean, insurer: string | null, coverageSummary: string | null } | null, effectClaim: { claimed: boolean, claim: string | null, evidence: string | null, evidenceUrl: string | null } | null }, missingDisclosure: Array<{ key: string, labelJa: string, labelEn: string, reasonJa: string, reasonEn: string, path: string }>, history: Array<{ action: ListingAction, at: string, reasons: Array<{ path: string | null, messageJa: string, messageEn: string | null }> }> } };

export type CreateOfferingMutationVariables = Exact<{
  input: OfferingInput;
}>;


export type CreateOfferingMutation = { createOffering: { id: string, status: ListingStatus } };

export type UpdateOfferingMutationVariables = Exact<{
  id: string | number;
  input: OfferingInput;
}>;


export type UpdateOfferingMutation = { updateOffering: { id: string, status: ListingStatus } };

export type MyServedAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type MyServedAreasQuery = { myOrganization: { id: string, servedMunicipalities: Array<{ code: string, name: string }> | null } | null };

export const ImportOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lenient"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"skippedByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skippedRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]}}]} as unknown as DocumentNode<ImportOutcomeFragment, unknown>;
export const TaxonomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Taxonomy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxonomy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelJa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelJa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"examplesJa"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"}}]}}]}}]}}]} as unknown as DocumentNode<TaxonomyQuery, TaxonomyQueryVariables>;
export const PrefecturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureName"}}]}}]}}]}}]} as unknown as DocumentNode<PrefecturesQuery, PrefecturesQueryVariables>;
export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const HelpRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"careLevelBand"}},{"kind":"Field","name":{"kind":"Name","value":"filedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"offeringTitle"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}}]}}]}}]}}]} as unknown as DocumentNode<HelpRequestsQuery, HelpRequestsQueryVariables>;
export const HelpRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"careLevelBand"}},{"kind":"Field","name":{"kind":"Name","value":"livingSituation"}},{"kind":"Field","name":{"kind":"Name","value":"filedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetYen"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimerJa"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimerEn"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"topPositions"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeringId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"priceYen"}},{"kind":"Field","name":{"kind":"Name","value":"priceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"placementJa"}},{"kind":"Field","name":{"kind":"Name","value":"placementEn"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"givenByName"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCategories"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"offeringId"}},{"kind":"Field","name":{"kind":"Name","value":"offeringTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeringId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"priceYen"}},{"kind":"Field","name":{"kind":"Name","value":"priceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"placementJa"}},{"kind":"Field","name":{"kind":"Name","value":"placementEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}}]}}]}}]}}]} as unknown as DocumentNode<HelpRequestQuery, HelpRequestQueryVariables>;
export const OfferingDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferingDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"includes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellationTerms"}},{"kind":"Field","name":{"kind":"Name","value":"staffQualifications"}},{"kind":"Field","name":{"kind":"Name","value":"complaintDesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liabilityInsurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferingDetailsQuery, OfferingDetailsQueryVariables>;
export const FileHelpRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileHelpRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileHelpRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileHelpRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FileHelpRequestMutation, FileHelpRequestMutationVariables>;
export const RecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const CreateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}}]}}]}}]} as unknown as DocumentNode<CreateReferralMutation, CreateReferralMutationVariables>;
export const WithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const ReferralStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReferralStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"toLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ReferralStatusChangedSubscription, ReferralStatusChangedSubscriptionVariables>;
export const LabelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Labels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelJa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionJa"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}}]}}]}}]}}]} as unknown as DocumentNode<LabelsQuery, LabelsQueryVariables>;
export const TownBlocksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownBlocks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townBlocks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<TownBlocksQuery, TownBlocksQueryVariables>;
export const ConsentTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"titleJa"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodyJa"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}}]}}]}}]} as unknown as DocumentNode<ConsentTextQuery, ConsentTextQueryVariables>;
export const AreaMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"pop75plus"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"segmentLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"segmentLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"tierLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"densityPerKm2"}},{"kind":"Field","name":{"kind":"Name","value":"sufficiencyPercent"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"estimationNotesJa"}},{"kind":"Field","name":{"kind":"Name","value":"estimationNotesEn"}},{"kind":"Field","name":{"kind":"Name","value":"provenanceJa"}},{"kind":"Field","name":{"kind":"Name","value":"provenanceEn"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredBlockCount"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleJa"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"measuresJa"}},{"kind":"Field","name":{"kind":"Name","value":"measuresEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaMapQuery, AreaMapQueryVariables>;
export const MunicipalityMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}},{"kind":"Field","name":{"kind":"Name","value":"radiusM"}},{"kind":"Field","name":{"kind":"Name","value":"policyLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"policyLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"townBlocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"elderly75Estimate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityMapQuery, MunicipalityMapQueryVariables>;
export const WhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segmentChanged"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"segmentLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"segmentLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"sufficiencyPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"segmentLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"segmentLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"sufficiencyPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newlyCoveredBlocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newlyUncoveredBlocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]}}]} as unknown as DocumentNode<WhatIfQuery, WhatIfQueryVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelJa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"unitLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"includes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"coverageLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellationTerms"}},{"kind":"Field","name":{"kind":"Name","value":"staffQualifications"}},{"kind":"Field","name":{"kind":"Name","value":"complaintDesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liabilityInsurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const PublishOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}}]}}]}}]} as unknown as DocumentNode<PublishOfferingMutation, PublishOfferingMutationVariables>;
export const ReturnOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnReasonInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}}]}}]}}]} as unknown as DocumentNode<ReturnOfferingMutation, ReturnOfferingMutationVariables>;
export const NeutralityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeutralityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neutralityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"topPositions"}},{"kind":"Field","name":{"kind":"Name","value":"shortlistPositions"}},{"kind":"Field","name":{"kind":"Name","value":"totalEligible"}},{"kind":"Field","name":{"kind":"Name","value":"totalTopExposures"}},{"kind":"Field","name":{"kind":"Name","value":"maxAbsDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"topExposures"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityShare"}},{"kind":"Field","name":{"kind":"Name","value":"exposureShare"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}}]}}]}}]}}]} as unknown as DocumentNode<NeutralityReportQuery, NeutralityReportQueryVariables>;
export const ReferralInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"offeringTitle"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCodeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCodeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActionsLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActionsLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLevelBandJa"}},{"kind":"Field","name":{"kind":"Name","value":"careLevelBandEn"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDaysJa"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDaysEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosedItemsLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"disclosedItemsLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"detailsWithheldJa"}},{"kind":"Field","name":{"kind":"Name","value":"detailsWithheldEn"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"addressText"}},{"kind":"Field","name":{"kind":"Name","value":"ageBandLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"ageBandLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"careLevelLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"careLevelLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"needsNote"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralInboxQuery, ReferralInboxQueryVariables>;
export const ReferralInboxUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReferralInboxUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralInboxUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ReferralInboxUpdatesSubscription, ReferralInboxUpdatesSubscriptionVariables>;
export const AcceptReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}}]}}]}}]} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const RejectReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasonCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}}]}}]}}]} as unknown as DocumentNode<RejectReferralMutation, RejectReferralMutationVariables>;
export const HoldReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasonCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}}]}}]}}]} as unknown as DocumentNode<HoldReferralMutation, HoldReferralMutationVariables>;
export const ImportMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMunicipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lenient"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"skippedByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skippedRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]}}]} as unknown as DocumentNode<ImportMunicipalitiesMutation, ImportMunicipalitiesMutationVariables>;
export const ImportTownBlockFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTownBlockFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TownBlockFilesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTownBlockFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lenient"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"skippedByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skippedRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]}}]} as unknown as DocumentNode<ImportTownBlockFilesMutation, ImportTownBlockFilesMutationVariables>;
export const ImportResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lenient"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"skippedByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skippedRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]}}]} as unknown as DocumentNode<ImportResourcesMutation, ImportResourcesMutationVariables>;
export const ImportBoundariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportBoundaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBoundaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lenient"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"skippedByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skippedRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"codeLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]}}]} as unknown as DocumentNode<ImportBoundariesMutation, ImportBoundariesMutationVariables>;
export const AdminTaxonomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTaxonomy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxonomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelJa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"familyCode"}},{"kind":"Field","name":{"kind":"Name","value":"labelJa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"examplesJa"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"listingCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminTaxonomyQuery, AdminTaxonomyQueryVariables>;
export const AddTaxonomyCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTaxonomyCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTaxonomyCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTaxonomyCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AddTaxonomyCategoryMutation, AddTaxonomyCategoryMutationVariables>;
export const RenameTaxonomyCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameTaxonomyCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameTaxonomyCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameTaxonomyCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RenameTaxonomyCategoryMutation, RenameTaxonomyCategoryMutationVariables>;
export const DeactivateTaxonomyCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateTaxonomyCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateTaxonomyCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DeactivateTaxonomyCategoryMutation, DeactivateTaxonomyCategoryMutationVariables>;
export const ReactivateTaxonomyCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateTaxonomyCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateTaxonomyCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReactivateTaxonomyCategoryMutation, ReactivateTaxonomyCategoryMutationVariables>;
export const ClassificationRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassificationRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"policyLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"policyLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"A"}},{"kind":"Field","name":{"kind":"Name","value":"B"}},{"kind":"Field","name":{"kind":"Name","value":"C"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ClassificationRunsQuery, ClassificationRunsQueryVariables>;
export const ClassifyAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClassifyAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassifyInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"segmentChanges"}}]}}]}}]} as unknown as DocumentNode<ClassifyAreasMutation, ClassifyAreasMutationVariables>;
export const AdminOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alternateName"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"listingCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedMunicipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrganizationsQuery, AdminOrganizationsQueryVariables>;
export const JapanAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JapanAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"segmentLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"segmentLabelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"policyLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureName"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"A"}},{"kind":"Field","name":{"kind":"Name","value":"B"}},{"kind":"Field","name":{"kind":"Name","value":"C"}},{"kind":"Field","name":{"kind":"Name","value":"unclassified"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JapanAreasQuery, JapanAreasQueryVariables>;
export const UnmetDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnmetDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmetDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minCellCount"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"segmentLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"segmentLabelEn"}}]}}]}}]}}]} as unknown as DocumentNode<UnmetDemandQuery, UnmetDemandQueryVariables>;
export const MyOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"complaintDesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<MyOrganizationQuery, MyOrganizationQueryVariables>;
export const RegisterOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}}]}}]}}]} as unknown as DocumentNode<RegisterOrganizationMutation, RegisterOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const MyOfferingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOfferings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOfferings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"detailsConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingDisclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"labelJa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonJa"}},{"kind":"Field","name":{"kind":"Name","value":"reasonEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOfferingsQuery, MyOfferingsQueryVariables>;
export const ConfirmOfferingDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmOfferingDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmOfferingDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"detailsConfirmedAt"}}]}}]}}]} as unknown as DocumentNode<ConfirmOfferingDetailsMutation, ConfirmOfferingDetailsMutationVariables>;
export const UpdateOfferingCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOfferingCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingCapacityStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOfferingCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOfferingCapacityMutation, UpdateOfferingCapacityMutationVariables>;
export const SubmitOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}}]}}]}}]} as unknown as DocumentNode<SubmitOfferingMutation, SubmitOfferingMutationVariables>;
export const OfferingForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferingForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelJa"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"includes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherCosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"careLevels"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"otherConditions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCodes"}},{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"radiusM"}},{"kind":"Field","name":{"kind":"Name","value":"polygon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedMunicipalityCodes"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellationTerms"}},{"kind":"Field","name":{"kind":"Name","value":"staffQualifications"}},{"kind":"Field","name":{"kind":"Name","value":"complaintDesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liabilityInsurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingDisclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"labelJa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonJa"}},{"kind":"Field","name":{"kind":"Name","value":"reasonEn"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"messageJa"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferingForEditQuery, OfferingForEditQueryVariables>;
export const CreateOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateOfferingMutation, CreateOfferingMutationVariables>;
export const UpdateOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateOfferingMutation, UpdateOfferingMutationVariables>;
export const MyServedAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyServedAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedMunicipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyServedAreasQuery, MyServedAreasQueryVariables>;