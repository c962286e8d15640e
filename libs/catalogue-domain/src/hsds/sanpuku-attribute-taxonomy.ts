import { CARE_LEVELS, OTHER_COST_UNITS, PRICE_UNITS, type CareLevel, type OtherCostUnit, type PriceUnit } from '../model/offering.model';
import type { ServiceTaxonomy, TaxonomyTerm } from '../taxonomy/taxonomy.model';

/**
 * The facts of our model that HSDS 3.0 has no field for are written as HSDS attributes
 * (the spec's own mechanism: "Attributes in HSDS are asserted by applying a taxonomy term to an
 * object"; `attribute.value` carries a value where one is needed). Their terms come from this
 * fixed taxonomy, exported with every document so consumers can read the ja (`name`) and en
 * (`description`) labels.
 */
export const SANPUKU_ATTRIBUTE_TAXONOMY_ID = 'd9bf4387-6a05-416a-afa3-80197085cfb8';

export const ATTR = {
  coverage: 'insurance_coverage',
  careLevel: 'care_level',
  capacity: 'capacity_status',
  priceUnit: 'price_unit',
  disclosure: 'disclosure',
  contactRole: 'contact_role',
  areaCode: 'area_code',
} as const;

export const ATTR_TERMS = {
  covered: 'insurance_coverage.covered',
  notCovered: 'insurance_coverage.not_covered',
  careLevelNoneRequired: 'care_level.none_required',
  careLevel: (l: CareLevel) => `care_level.${l}`,
  capacity: (s: string) => `capacity_status.${s}`,
  priceUnit: (u: PriceUnit | OtherCostUnit) => `price_unit.${u}`,
  liabilityEnrolled: 'disclosure.liability_insurance_enrolled',
  liabilityInsurer: 'disclosure.liability_insurance_insurer',
  liabilityCoverage: 'disclosure.liability_insurance_coverage',
  cancellationTerms: 'disclosure.cancellation_terms',
  effectClaimed: 'disclosure.effect_claimed',
  effectClaim: 'disclosure.effect_claim',
  effectEvidence: 'disclosure.effect_evidence',
  effectEvidenceUrl: 'disclosure.effect_evidence_url',
  complaintDesk: 'contact_role.complaint_desk',
  jisMunicipality: 'area_code.jis_municipality',
} as const;

const CARE_LEVEL_LABELS: Record<CareLevel, [string, string]> = {
  support_1: ['要支援1', 'Support level 1'],
  support_2: ['要支援2', 'Support level 2'],
  care_1: ['要介護1', 'Care level 1'],
  care_2: ['要介護2', 'Care level 2'],
  care_3: ['要介護3', 'Care level 3'],
  care_4: ['要介護4', 'Care level 4'],
  care_5: ['要介護5', 'Care level 5'],
};

/** Japanese unit labels; also written to cost_option.amount_description and read back from it. */
export const PRICE_UNIT_LABELS_JA: Record<PriceUnit | OtherCostUnit, string> = {
  per_hour: '1時間あたり',
  per_visit: '1回あたり',
  per_month: '1か月あたり',
  free: '無料',
  one_time: '1回限り',
};
const PRICE_UNIT_LABELS_EN: Record<PriceUnit | OtherCostUnit, string> = {
  per_hour: 'Per hour',
  per_visit: 'Per visit',
  per_month: 'Per month',
  free: 'Free',
  one_time: 'One-time',
};

const t = (code: string, parentCode: string | null, labelJa: string, labelEn: string): TaxonomyTerm => ({ code, parentCode, labelJa, labelEn });
const ALL_UNITS = [...new Set<PriceUnit | OtherCostUnit>([...PRICE_UNITS, ...OTHER_COST_UNITS])];

export const SANPUKU_ATTRIBUTE_TAXONOMY: ServiceTaxonomy = {
  id: SANPUKU_ATTRIBUTE_TAXONOMY_ID,
  name: 'Sanpuku 掲載属性',
  description: 'Sanpukuの掲載情報のうちHSDSに項目がないもの / Sanpuku listing attributes that HSDS 3.0 has no field for',
  version: '1',
  terms: [
    t(ATTR.coverage, null, '介護保険の適用', 'Long-term care insurance coverage'),
    t(ATTR_TERMS.covered, ATTR.coverage, '介護保険適用', 'Covered by long-term care insurance (certified users, partial co-payment)'),
    t(ATTR_TERMS.notCovered, ATTR.coverage, '介護保険適用外', 'Not covered by long-term care insurance (anyone, paid in full)'),
    t(ATTR.careLevel, null, '対象の要介護度', 'Eligible care-need certification'),
    t(ATTR_TERMS.careLevelNoneRequired, ATTR.careLevel, '認定不要', 'No certification required'),
    ...CARE_LEVELS.map((l) => t(ATTR_TERMS.careLevel(l), ATTR.careLevel, CARE_LEVEL_LABELS[l][0], CARE_LEVEL_LABELS[l][1])),
    t(ATTR.capacity, null, '受入状況（値: 確認日時）', 'Capacity (value: when it was confirmed, ISO 8601)'),
    t(ATTR_TERMS.capacity('available'), ATTR.capacity, '受付中', 'Accepting new users'),
    t(ATTR_TERMS.capacity('waitlist'), ATTR.capacity, '空き待ち', 'Waiting list'),
    t(ATTR_TERMS.capacity('full'), ATTR.capacity, '満員', 'Full'),
    t(ATTR.priceUnit, null, '料金の単位', 'Price unit'),
    ...ALL_UNITS.map((u) => t(ATTR_TERMS.priceUnit(u), ATTR.priceUnit, PRICE_UNIT_LABELS_JA[u], PRICE_UNIT_LABELS_EN[u])),
    t(ATTR.disclosure, null, '開示項目', 'Disclosure items'),
    t(ATTR_TERMS.liabilityEnrolled, ATTR.disclosure, '賠償責任保険の加入（値: true/false）', 'Liability insurance enrolled (value: true/false)'),
    t(ATTR_TERMS.liabilityInsurer, ATTR.disclosure, '賠償責任保険の保険会社', 'Liability insurer'),
    t(ATTR_TERMS.liabilityCoverage, ATTR.disclosure, '賠償責任保険の補償内容', 'Liability insurance coverage'),
    t(ATTR_TERMS.cancellationTerms, ATTR.disclosure, 'キャンセル・解約条件', 'Cancellation terms'),
    t(ATTR_TERMS.effectClaimed, ATTR.disclosure, '効果の表示の有無（値: true/false）', 'Effect claimed (value: true/false)'),
    t(ATTR_TERMS.effectClaim, ATTR.disclosure, '表示している効果', 'Claimed effect'),
    t(ATTR_TERMS.effectEvidence, ATTR.disclosure, '効果の根拠', 'Evidence of effect'),
    t(ATTR_TERMS.effectEvidenceUrl, ATTR.disclosure, '効果の根拠（URL）', 'Evidence of effect (URL)'),
    t(ATTR.contactRole, null, '連絡先の役割', 'Contact role'),
    t(ATTR_TERMS.complaintDesk, ATTR.contactRole, '苦情・相談窓口', 'Complaint desk'),
    t(ATTR.areaCode, null, '地域コード', 'Area code'),
    t(ATTR_TERMS.jisMunicipality, ATTR.areaCode, '市区町村コード（JIS X 0402、値: 5桁）', 'Municipality code (JIS X 0402, value: 5 digits)'),
  ],
};
