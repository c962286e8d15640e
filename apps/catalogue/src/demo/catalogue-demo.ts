/**
 * Demo data for `npm start`: clearly fictional operators (names start with 【デモ】) and eight
 * offerings serving 香川県 municipalities, created through the catalogue's own use cases and
 * published through the real workflow by demo reviewers (municipal staff of a served
 * municipality), so `catalogue.offering.published` events flow to matching as in real use.
 * Idempotent per operator: an operator that already exists is left as it is.
 * Places are real town-block representative points (data/kagawa); corporate numbers have valid
 * check digits but are not registered to anyone; phone numbers are fictitious (0120-000-xxx).
 */
import type { INestApplication } from '@nestjs/common';
import { corporateNumberFromBase } from '@sanpuku/catalogue-domain';
import { Actor, getLogger } from '@sanpuku/platform';
import { ListingService } from '../listing/listing.service';
import type { OfferingInputShape } from '../offerings/offering.draft';
import { OfferingsService } from '../offerings/offerings.service';
import type { OrganizationInputShape } from '../organizations/organization.validation';
import { OrganizationsService } from '../organizations/organizations.service';

const TAKAMATSU = '37201';
const MARUGAME = '37202';
const UTAZU = '37386';
const NAOSHIMA = '37364';

const P = {
  takamatsuKawaramachi: { lat: 34.341273, lng: 134.051529 }, // 高松市瓦町一丁目
  takamatsuRitsurin: { lat: 34.329321, lng: 134.044826 }, // 高松市栗林町一丁目
  marugameOte: { lat: 34.290044, lng: 133.801083 }, // 丸亀市大手町一丁目
  utazuNakamura: { lat: 34.307364, lng: 133.830839 }, // 宇多津町 中村
  naoshimaNakaoku: { lat: 34.456772, lng: 133.994847 }, // 直島町 中奥
};

const reviewer = (sub: string, code: string, name: string): Actor => ({ sub, name, role: 'municipal_staff', municipalityCode: code });
/** The reviewers; 高松市 and 宇多津町 are the dev-login users of data/demo/users.json. */
const REVIEWERS: Record<string, Actor> = {
  [TAKAMATSU]: reviewer('demo-municipal-takamatsu', TAKAMATSU, '【デモ】高松市 長寿福祉課 担当者'),
  [MARUGAME]: reviewer('demo-municipal-marugame', MARUGAME, '【デモ】丸亀市 高齢者支援課 担当者'),
  [UTAZU]: reviewer('demo-municipal-utazu', UTAZU, '【デモ】宇多津町 健康増進課 担当者'),
  [NAOSHIMA]: reviewer('demo-municipal-naoshima', NAOSHIMA, '【デモ】直島町 住民課 担当者'),
};

const weekdays = (days: number[], opensAt: string, closesAt: string) => days.map((day) => ({ day, opensAt, closesAt }));

const disclosure = (desk: string, staff: string, insured = true): OfferingInputShape['disclosure'] => ({
  staffQualifications: staff,
  liabilityInsurance: insured ? { enrolled: true, insurer: '【デモ】さんぷく損害保険株式会社', coverageSummary: '対人・対物 1事故1億円' } : { enrolled: false },
  complaintDesk: { name: `${desk} お客様相談窓口`, phone: '0120-000-000' },
  cancellationTerms: '前日17時までのご連絡でキャンセル料はかかりません。当日のキャンセルは料金の半額を頂きます。',
  effectClaim: { claimed: false },
});

interface DemoOperator {
  /** Organization id; the first two are the dev-login operators of data/demo/users.json. */
  id: string;
  /** The operator user who registers it and lists its offerings. */
  userId: string;
  /** 12-digit base of a fictitious 法人番号 (its check digit is computed); null for a group without one. */
  base12: string | null;
  organization: OrganizationInputShape;
  offerings: OfferingInputShape[];
}

const OPERATORS: DemoOperator[] = [
  {
    id: '11111111-1111-4111-8111-111111111101',
    userId: 'demo-operator-hidamari',
    base12: '470001099001',
    organization: {
      name: '【デモ】ひだまり配食株式会社',
      alternateName: '【デモ】ひだまり配食',
      description: '【デモ用の架空の事業者】高松市を拠点に、配食と見守りのサービスを提供しています。',
      phone: '0120-000-101',
      email: 'demo-hidamari@example.jp',
      complaintDesk: { name: '【デモ】ひだまり配食 お客様相談窓口', phone: '0120-000-100' },
    },
    offerings: [
      {
        title: '【デモ】ひだまり配食 夕食お届け',
        titleEn: '[Demo] Hidamari evening meal delivery',
        description: '管理栄養士が献立を作る夕食を、安否確認を兼ねて手渡しでお届けします。ご不在時はご家族へご連絡します。',
        categories: ['meal_delivery', 'monitoring_emergency'],
        price: { amountYen: 600, unit: 'per_visit', includes: '弁当代・配達料' },
        coverage: 'not_covered',
        eligibility: { certificationRequired: false, minAge: 65, otherConditions: '同居のご家族の分もご注文いただけます' },
        schedule: weekdays([1, 2, 3, 4, 5, 6], '16:00', '18:30'),
        capacityStatus: 'available',
        serviceArea: { kind: 'municipalities', municipalityCodes: [TAKAMATSU, UTAZU] },
        base: P.takamatsuKawaramachi,
        disclosure: disclosure('ひだまり配食', '管理栄養士1名、調理師2名。配達員は認知症サポーター養成講座を修了しています。'),
      },
      {
        title: '【デモ】ひだまり 家事代行',
        titleEn: '[Demo] Hidamari housekeeping',
        description: '掃除・洗濯・作り置きなど、日々の家事をお手伝いします。英語での対応もできます。',
        categories: ['housework'],
        price: { amountYen: 2500, unit: 'per_hour', includes: 'スタッフ1名の作業料・交通費' },
        coverage: 'not_covered',
        eligibility: { certificationRequired: false },
        schedule: weekdays([1, 2, 3, 4, 5], '09:00', '17:00'),
        capacityStatus: 'available',
        languages: ['ja', 'en'],
        serviceArea: { kind: 'municipalities', municipalityCodes: [TAKAMATSU] },
        base: P.takamatsuKawaramachi,
        disclosure: disclosure('ひだまり配食', '家事代行スタッフは社内研修（20時間）を修了しています。'),
      },
    ],
  },
  {
    id: '11111111-1111-4111-8111-111111111102',
    userId: 'demo-operator-mimamori',
    base12: '470001099005',
    organization: {
      name: '【デモ】みまもりネット合同会社',
      description: '【デモ用の架空の事業者】高松市で見守りセンサーと緊急時の駆けつけサービスを提供しています。',
      phone: '0120-000-501',
      complaintDesk: { name: '【デモ】みまもりネット お客様窓口', phone: '0120-000-500' },
    },
    offerings: [
      {
        title: '【デモ】みまもりネット 見守りセンサー',
        description: '居室のセンサーで生活リズムを見守り、異変があればご家族と当社に通知します。介護保険の福祉用具貸与の対象です。',
        categories: ['monitoring_emergency'],
        price: { amountYen: 1000, unit: 'per_month', includes: '介護保険の自己負担（1割）分。機器・通信費込み' },
        coverage: 'covered',
        eligibility: { certificationRequired: true, careLevels: ['care_2', 'care_3', 'care_4', 'care_5'] },
        schedule: [],
        capacityStatus: 'available',
        serviceArea: { kind: 'radius', center: P.takamatsuKawaramachi, radiusM: 8000 },
        servedMunicipalityCodes: [TAKAMATSU],
        disclosure: disclosure('みまもりネット', '福祉用具専門相談員2名が設置と説明を行います。'),
      },
    ],
  },
  {
    id: '11111111-1111-4111-8111-111111111103',
    userId: 'demo-operator-sanuki-odekake',
    base12: '470001099002',
    organization: {
      name: '【デモ】さぬきおでかけ合同会社',
      description: '【デモ用の架空の事業者】丸亀市・宇多津町で通院や買い物への付き添いを行っています。',
      phone: '0120-000-201',
      complaintDesk: { name: '【デモ】さぬきおでかけ 相談窓口', phone: '0120-000-200' },
    },
    offerings: [
      {
        title: '【デモ】さぬきおでかけ 通院付き添い',
        description: 'ご自宅から病院までの移動と院内の付き添いを行います。車いすのままご乗車いただけます。',
        categories: ['mobility'],
        price: { amountYen: 2200, unit: 'per_hour', includes: '付き添い料。車両の運賃は別途' },
        otherCosts: [{ label: '車両運賃（10kmまで）', amountYen: 1500, unit: 'per_visit' }],
        coverage: 'not_covered',
        eligibility: { certificationRequired: false, minAge: 60 },
        schedule: weekdays([1, 2, 3, 4, 5], '08:30', '17:30'),
        capacityStatus: 'waitlist',
        serviceArea: { kind: 'municipalities', municipalityCodes: [MARUGAME, UTAZU] },
        base: P.marugameOte,
        disclosure: disclosure('さぬきおでかけ', '介護職員初任者研修修了者、普通自動車第二種免許保有者'),
      },
      {
        title: '【デモ】さぬきおでかけ 商店街お買い物ツアー',
        description: 'ｶﾞｲﾄﾞ付きで宇多津の商店街をまわり、重い荷物はご自宅までお届けします。',
        categories: ['shopping_delivery', 'mobility'],
        price: { amountYen: 500, unit: 'per_visit', includes: '付き添い・荷物の配達' },
        coverage: 'not_covered',
        eligibility: { certificationRequired: false },
        schedule: weekdays([2, 5], '10:00', '12:00'),
        capacityStatus: 'available',
        serviceArea: {
          kind: 'polygon',
          polygon: [[[133.815, 34.295], [133.845, 34.295], [133.845, 34.318], [133.815, 34.318], [133.815, 34.295]]],
        },
        servedMunicipalityCodes: [UTAZU],
        base: P.utazuNakamura,
        disclosure: disclosure('さぬきおでかけ', '介護職員初任者研修修了者'),
      },
    ],
  },
  {
    id: '11111111-1111-4111-8111-111111111104',
    userId: 'demo-operator-naoshima',
    base12: null,
    organization: {
      name: '【デモ】なおしま暮らしサポート',
      description: '【デモ用の架空の団体】直島町の住民による助け合いの会です（法人番号なし）。',
      phone: '0120-000-301',
      complaintDesk: { name: '【デモ】なおしま暮らしサポート 事務局', phone: '0120-000-300' },
    },
    offerings: [
      {
        title: '【デモ】島の家事お手伝い',
        description: '島の住民ボランティアが、掃除やごみ出しなど日々のちょっとした家事をお手伝いします。',
        categories: ['housework'],
        price: { amountYen: 800, unit: 'per_hour', includes: '謝礼（交通費込み）' },
        coverage: 'not_covered',
        eligibility: { certificationRequired: false },
        schedule: weekdays([6], '09:00', '12:00'),
        capacityStatus: 'available',
        serviceArea: { kind: 'municipalities', municipalityCodes: [NAOSHIMA] },
        base: P.naoshimaNakaoku,
        disclosure: disclosure('なおしま暮らしサポート', '資格は不要です。全員が町の研修（2時間）を受けています。', false),
      },
      {
        title: '【デモ】フェリーで買い物代行',
        description: '高松の店舗でのお買い物を代行し、フェリーで島までお届けします。',
        categories: ['shopping_delivery'],
        price: { amountYen: 300, unit: 'per_visit', includes: '代行手数料。商品代金は実費' },
        coverage: 'not_covered',
        eligibility: { certificationRequired: false },
        schedule: [],
        capacityStatus: 'full',
        serviceArea: { kind: 'municipalities', municipalityCodes: [NAOSHIMA] },
        base: P.naoshimaNakaoku,
        disclosure: disclosure('なおしま暮らしサポート', '資格は不要です。', false),
      },
    ],
  },
  {
    id: '11111111-1111-4111-8111-111111111105',
    userId: 'demo-operator-kaigo-sodan',
    base12: '470001099004',
    organization: {
      name: '【デモ】かがわ仕事と介護サポート株式会社',
      description: '【デモ用の架空の事業者】企業向けに、従業員の仕事と介護の両立相談窓口を運営しています。',
      phone: '0120-000-401',
      complaintDesk: { name: '【デモ】かがわ仕事と介護サポート 苦情窓口', email: 'demo-kaigo-soudan@example.jp' },
    },
    offerings: [
      {
        title: '【デモ】仕事と介護の両立 職場の相談窓口',
        titleEn: '[Demo] Workplace consultation desk for working caregivers',
        description: '企業と契約し、従業員とそのご家族の介護の悩みに社会福祉士がオンラインと電話で答えます。',
        categories: ['workplace_consultation', 'balance_decision_support'],
        price: { amountYen: 30000, unit: 'per_month', includes: '従業員50名までの相談（企業の負担）' },
        coverage: 'not_covered',
        eligibility: { certificationRequired: false, otherConditions: '契約企業の従業員とそのご家族' },
        schedule: weekdays([1, 2, 3, 4, 5], '09:00', '18:00'),
        capacityStatus: 'available',
        serviceArea: { kind: 'municipalities', municipalityCodes: [TAKAMATSU, MARUGAME, UTAZU, NAOSHIMA] },
        base: P.takamatsuRitsurin,
        disclosure: disclosure('かがわ仕事と介護サポート', '社会福祉士3名、主任介護支援専門員1名'),
      },
    ],
  },
];

export async function loadCatalogueDemo(app: INestApplication): Promise<void> {
  const log = getLogger('catalogue-demo');
  const organizations = app.get(OrganizationsService);
  const offerings = app.get(OfferingsService);
  const listing = app.get(ListingService);
  let created = 0;
  for (const op of OPERATORS) {
    if (await organizations.find(op.id)) continue;
    const operator: Actor = { sub: op.userId, name: `${op.organization.name} 受付担当`, role: 'operator', organizationId: op.id };
    await organizations.register(operator, { ...op.organization, corporateNumber: op.base12 ? corporateNumberFromBase(op.base12) : null });
    for (const input of op.offerings) {
      const draft = await offerings.create(operator, input);
      await listing.submit(operator, draft.id);
      const served = draft.extras.servedMunicipalityCodes;
      await listing.publish(REVIEWERS[served[0]], draft.id);
      created++;
    }
  }
  if (created > 0) log.info({ offerings: created }, 'demo: catalogue operators and offerings published / デモ事業者と掲載を登録しました');
}
