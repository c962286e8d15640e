/**
 * Shared fixtures of the catalogue's integration tests: actors, organization and offering inputs
 * in 香川県 (real town-block representative points, MLIT 位置参照情報 via data/kagawa), and the
 * GraphQL documents. Operators, phone numbers and corporate numbers are fictitious (the corporate
 * numbers have valid check digits but are not registered to these names).
 */
import { corporateNumberFromBase } from '@sanpuku/catalogue-domain';
import type { Actor } from '@sanpuku/platform';

export const ORG_A = '6a1f0c2e-4b7d-4e8a-9c3f-1d2e3f4a5b60';
export const ORG_B = '7b2e1d3f-5c8e-4f9b-8d4a-2e3f4a5b6c71';

export const operatorA: Actor = { sub: 'op-a', name: 'テスト事業者A担当', role: 'operator', organizationId: ORG_A };
export const operatorB: Actor = { sub: 'op-b', name: 'テスト事業者B担当', role: 'operator', organizationId: ORG_B };
export const takamatsuReviewer: Actor = { sub: 'rv-takamatsu', name: '高松市 審査担当', role: 'municipal_staff', municipalityCode: '37201' };
export const sakaideReviewer: Actor = { sub: 'rv-sakaide', name: '坂出市 審査担当', role: 'municipal_staff', municipalityCode: '37203' };
export const utazuReviewer: Actor = { sub: 'rv-utazu', name: '宇多津町 審査担当', role: 'municipal_staff', municipalityCode: '37386' };
export const admin: Actor = { sub: 'admin-1', name: 'テスト管理者', role: 'admin' };
export const family: Actor = { sub: 'family-1', name: 'テスト家族', role: 'family' };

/** Town-block representative points (data/kagawa/town-blocks-37.csv). */
export const PLACES = {
  takamatsuBancho1: { lat: 34.34253, lng: 134.046355 }, // 高松市番町一丁目
  takamatsuKawaramachi1: { lat: 34.341273, lng: 134.051529 }, // 高松市瓦町一丁目
  takamatsuRitsurin1: { lat: 34.329321, lng: 134.044826 }, // 高松市栗林町一丁目
  takamatsuYashimaNishi: { lat: 34.361236, lng: 134.097067 }, // 高松市屋島西町
  marugameOte1: { lat: 34.290044, lng: 133.801083 }, // 丸亀市大手町一丁目
  utazuNakamura: { lat: 34.307364, lng: 133.830839 }, // 宇多津町 中村
  naoshimaNakaoku: { lat: 34.456772, lng: 133.994847 }, // 直島町 中奥
} as const;

export function organizationInput(name: string, base12: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name,
    description: `${name}は香川県で高齢者向けサービスを提供するテスト用の事業者です。`,
    corporateNumber: corporateNumberFromBase(base12),
    phone: '087-000-0000',
    email: 'info@example.jp',
    complaintDesk: { name: 'お客様相談窓口', phone: '0120-000-000' },
    ...extra,
  };
}

/** A complete offering input (GraphQL OfferingInput), delivering meals in 高松市 and 宇多津町. */
export function mealOfferingInput(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    title: 'ひだまり配食 夕食お届け',
    titleEn: 'Hidamari evening meal delivery',
    description: '管理栄養士が献立を作る夕食を、安否確認を兼ねて手渡しでお届けします。',
    categories: ['meal_delivery', 'monitoring_emergency'],
    price: { amountYen: 600, unit: 'per_visit', includes: '弁当代・配達料' },
    otherCosts: [{ label: '初回登録料', amountYen: 1000, unit: 'one_time' }],
    coverage: 'not_covered',
    eligibility: { certificationRequired: false, minAge: 65, otherConditions: '同居のご家族の分もご注文いただけます' },
    schedule: [
      { day: 1, opensAt: '16:00', closesAt: '18:00' },
      { day: 3, opensAt: '16:00', closesAt: '18:00' },
      { day: 5, opensAt: '16:00', closesAt: '18:00' },
    ],
    capacityStatus: 'available',
    languages: ['ja'],
    serviceArea: { kind: 'municipalities', municipalityCodes: ['37201', '37386'] },
    base: PLACES.takamatsuKawaramachi1,
    disclosure: {
      staffQualifications: '管理栄養士1名、調理師2名。配達員は認知症サポーター養成講座を修了しています。',
      liabilityInsurance: { enrolled: true, insurer: 'テスト損害保険株式会社', coverageSummary: '対人・対物 1事故1億円' },
      complaintDesk: { name: 'お客様相談窓口', phone: '087-000-0001' },
      cancellationTerms: '前日17時までのご連絡でキャンセル料はかかりません。',
      effectClaim: { claimed: false },
    },
    ...overrides,
  };
}

export const OFFERING_FIELDS = `id organizationId organizationName status version title titleEn description categories
  price { amountYen unit includes } coverage eligibility { certificationRequired careLevels minAge maxAge otherConditions }
  schedule { day opensAt closesAt } capacity { status confirmedAt } detailsConfirmedAt languages
  serviceArea { kind municipalityCodes center { lat lng } radiusM polygon } servedMunicipalityCodes base { lat lng }
  missingDisclosure { key labelJa labelEn path reasonJa reasonEn }
  freshness { stale capacity { daysSince stale staleAfterDays } details { daysSince stale } }`;

export const REGISTER = `mutation($input: OrganizationInput!) { registerOrganization(input: $input) { id name corporateNumber complaintDesk { name phone } } }`;
export const UPDATE_ORG = `mutation($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id name } }`;
export const CREATE = `mutation($input: OfferingInput!) { createOffering(input: $input) { ${OFFERING_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: OfferingInput!) { updateOffering(id: $id, input: $input) { ${OFFERING_FIELDS} } }`;
export const SUBMIT = `mutation($id: ID!) { submitOffering(id: $id) { id status } }`;
export const PUBLISH = `mutation($id: ID!) { publishOffering(id: $id) { id status version publishedAt } }`;
export const RETURN = `mutation($id: ID!, $reasons: [ReturnReasonInput!]!) { returnOffering(id: $id, reasons: $reasons) { id status } }`;
export const WITHDRAW = `mutation($id: ID!, $note: String) { withdrawOffering(id: $id, note: $note) { id status version } }`;
export const CAPACITY = `mutation($id: ID!, $status: OfferingCapacityStatus!) { updateOfferingCapacity(id: $id, status: $status) { id status version capacity { status confirmedAt } } }`;
export const OFFERING = `query($id: ID!) { offering(id: $id) { ${OFFERING_FIELDS} } }`;
export const HISTORY = `query($id: ID!) { offering(id: $id) { id history { at actorId actorName role municipalityCode action from to reasons { path messageJa messageEn } changedReviewedFields note } } }`;
export const SEARCH = `query($filter: OfferingSearchInput, $first: Int, $offset: Int) {
  searchOfferings(filter: $filter, first: $first, offset: $offset) {
    total first offset order orderLabelJa orderLabelEn municipalityAreasIncluded items { distanceM relevance matchedIn matchedInLabelJa matchedInLabelEn offering { id title status organizationName } }
  } }`;
