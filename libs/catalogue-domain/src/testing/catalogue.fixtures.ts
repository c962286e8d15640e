/**
 * A realistic catalogue for HSDS tests: 2 operators, 3 offerings (one per service-area kind),
 * schedules and cost options. Places and coordinates are real (town-block representative points,
 * MLIT 位置参照情報); operators, phone numbers and corporate numbers are fictitious (the corporate
 * numbers have valid check digits but are not registered to these names).
 */
import { SERVICE_TAXONOMY_SEED, corporateNumberFromBase, validateOrganization, type CatalogueSnapshot, type Organization } from '../index';
import { validOffering, validOfferingInput } from './offering.fixtures';

export const ORG_SADO = '5d0c8f0e-6b1a-4f43-9a57-2f6f2d8d1a10';
export const ORG_SHODO = 'c2a1e7b4-93d5-4e08-8b6f-0d4f6a7e3b21';

const organizationInputs = [
  {
    id: ORG_SADO,
    name: '株式会社やまびこフーズ',
    alternateName: 'やまびこ',
    description: '佐渡市で配食と外出支援を行う事業者です。',
    corporateNumber: corporateNumberFromBase('110001012345'),
    website: 'https://yamabiko.example.jp/',
    email: 'info@yamabiko.example.jp',
    phone: '0259-00-1111',
  },
  {
    id: ORG_SHODO,
    name: '地域の助け合い ひなたの会',
    alternateName: null,
    description: '小豆島町池田地区の住民による任意団体（法人番号なし）。',
    corporateNumber: null,
    website: null,
    email: null,
    phone: '0879-00-2222',
  },
];

/** What each offering changes from `validOfferingInput()` (the first is that draft, with its operator). */
const offeringOverrides: Record<string, unknown>[] = [
  {
    id: '1f7e3c2a-8b9d-4e6f-a1b2-c3d4e5f60718',
    organizationId: ORG_SADO,
    schedule: [
      { day: 1, opensAt: '11:00', closesAt: '13:00' },
      { day: 3, opensAt: '11:00', closesAt: '13:00' },
      { day: 5, opensAt: '11:00', closesAt: '13:00' },
      { day: 6, opensAt: '11:00', closesAt: '12:00' },
    ],
    disclosure: {
      ...validOfferingInput().disclosure,
      staffQualifications: '管理栄養士1名、調理師2名。配達員は認知症サポーター養成講座修了。',
      complaintDesk: { name: 'お客様相談窓口', phone: '0259-00-1112', email: 'soudan@yamabiko.example.jp' },
    },
  },
  {
    id: '2a8f4d3b-9c0e-4f70-b2c3-d4e5f6071829',
    organizationId: ORG_SADO,
    name: '通院・外出付き添い（通院等乗降介助）',
    description: '両津港から半径8km以内のご自宅と医療機関の送迎・付き添いを行います。',
    categories: ['mobility', 'shopping_delivery'],
    price: { amountYen: 99, unit: 'per_visit' },
    otherCosts: [{ label: '待機料金（30分ごと）', amountYen: 500, unit: 'per_visit' }],
    coverage: 'covered',
    eligibility: { careLevels: ['care_1', 'care_2', 'care_3', 'care_4', 'care_5'], minAge: null, maxAge: null },
    schedule: [
      { day: 1, opensAt: '08:30', closesAt: '17:30' },
      { day: 2, opensAt: '08:30', closesAt: '17:30' },
      { day: 3, opensAt: '08:30', closesAt: '17:30' },
      { day: 4, opensAt: '08:30', closesAt: '17:30' },
      { day: 5, opensAt: '08:30', closesAt: '17:30' },
    ],
    capacity: { status: 'waitlist', confirmedAt: '2026-10-28T17:45:00+09:00' },
    detailsConfirmedAt: '2026-09-15T10:00:00+09:00',
    languages: ['ja', 'en'],
    serviceArea: { kind: 'radius', base: { lat: 38.084823, lng: 138.43225 }, radiusM: 8000 }, // 佐渡市両津夷
    base: null,
    disclosure: {
      staffQualifications: '介護福祉士3名、介護職員初任者研修修了者5名。',
      liabilityInsurance: { enrolled: true, insurer: 'さどがしま損害保険株式会社', coverageSummary: null },
      complaintDesk: { name: 'サービス相談窓口', phone: '0259-00-1113', email: null },
      cancellationTerms: '前日までのご連絡で無料。当日キャンセルは待機料金1回分を頂きます。',
      effectClaim: {
        claimed: true,
        claim: '付き添いにより通院の中断が減ります',
        evidence: '2025年度の利用者38名で、利用前後6か月の予約キャンセル率が21%から6%に低下（自社集計）。',
        evidenceUrl: 'https://yamabiko.example.jp/report-2025.pdf',
      },
    },
  },
  {
    id: '3b9a5e4c-0d1f-4a81-83d4-e5f607182930',
    organizationId: ORG_SHODO,
    name: '通いの場「ひなた」',
    description: null,
    categories: ['care_prevention', 'social_exchange'],
    price: { amountYen: 0, unit: 'free' },
    otherCosts: [],
    coverage: 'not_covered',
    eligibility: { careLevels: 'none_required', minAge: null, maxAge: null },
    schedule: [
      { day: 2, opensAt: '13:30', closesAt: '15:30' },
      { day: 4, opensAt: '13:30', closesAt: '15:30' },
    ],
    capacity: { status: 'available', confirmedAt: '2026-10-30T12:00:00+09:00' },
    detailsConfirmedAt: '2026-04-01T09:00:00+09:00',
    languages: ['ja', 'zh-Hant', 'pt-BR'],
    serviceArea: {
      kind: 'polygon',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [134.2, 34.45],
            [134.3, 34.45],
            [134.3, 34.52],
            [134.2, 34.52],
            [134.2, 34.45],
          ],
          [
            [134.26, 34.49],
            [134.26, 34.5],
            [134.28, 34.5],
            [134.28, 34.49],
            [134.26, 34.49],
          ],
        ],
      },
    },
    base: { lat: 34.486359, lng: 134.245407 }, // 小豆島町池田
    disclosure: {
      staffQualifications: '資格は不要です。運営スタッフ2名は介護予防サポーター講座を修了しています。',
      liabilityInsurance: { enrolled: false },
      complaintDesk: { name: 'ひなたの会 代表', phone: '0879-00-2223', email: null },
      cancellationTerms: '予約不要・参加無料のため、キャンセルの手続きはありません。',
      effectClaim: { claimed: false },
    },
  },
];

/** The fixture snapshot, each part passed through the library's validation (so it is canonical). */
export function catalogueFixture(): CatalogueSnapshot {
  const organizations: Organization[] = organizationInputs.map((o) => {
    const r = validateOrganization(o);
    if (!r.ok) throw new Error(`fixture organization invalid: ${JSON.stringify(r.errors)}`);
    return r.value;
  });
  return { taxonomy: structuredClone(SERVICE_TAXONOMY_SEED), organizations, offerings: offeringOverrides.map((o) => validOffering(o)) };
}
