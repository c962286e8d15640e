import { labelOrCode } from '@sanpuku/kernel';
import { ClassificationPolicy } from '../policy/classification.policy';
import { DENSITY_TIER_LABELS } from '../rules/density-tier.rule';
import { SegmentReason } from '../rules/segment.rule';
import {
  Care3Method,
  ClassificationProvenance,
  MunicipalityClassification,
  MunicipalityExplanation,
  PointFeature,
  Pop75Method,
  UncoveredBlockProperties,
} from './classification.types';

type Words = { readonly ja: string; readonly en: string };

const POP75_TEXT: Record<Pop75Method, Words> = {
  block_counts: { ja: '75歳以上人口は各町丁目の実数です', en: "75+ figures are the blocks' own counts" },
  apportioned_equally: {
    ja: '75歳以上人口は推計です（町丁目ごとの数がないため、市区町村の75歳以上人口を町丁目に均等に割り振りました）',
    en: "75+ figures are ESTIMATED: no block had its own count, so the municipality's 75+ was split equally over its blocks",
  },
  remainder_apportioned_equally: {
    ja: '75歳以上人口は一部推計です（数のない町丁目に、市区町村の75歳以上人口の残りを均等に割り振りました）',
    en: "75+ figures are partly ESTIMATED: blocks without their own count share the rest of the municipality's 75+ equally",
  },
  missing: {
    ja: '数のない町丁目の75歳以上人口は、割り振る元の数がないため0としました',
    en: 'no 75+ figure was available for blocks without their own count; they were given 0',
  },
  no_blocks: { ja: '75歳以上人口を割り振る町丁目がありません', en: 'there are no town blocks to hold 75+ figures' },
};

const CARE3_TEXT: Record<Care3Method, Words> = {
  block_counts: { ja: '要介護3以上の人数は各町丁目の実数です', en: "care-level-3+ figures are the blocks' own counts" },
  apportioned_by_75plus_share: {
    ja: '要介護3以上の人数は推計です（市区町村の数を、町丁目の75歳以上人口の割合で割り振りました）',
    en: "care-level-3+ figures are ESTIMATED: the municipality's figure was apportioned to blocks by their share of 75+",
  },
  ratio_of_75plus: {
    ja: '要介護3以上の人数は推計です（数がないため、75歳以上人口に方針の比率を掛けました）',
    en: 'care-level-3+ figures are ESTIMATED: no figure was supplied, so the policy ratio of the 75+ population was used',
  },
  no_blocks: { ja: '要介護3以上の人数を割り振る町丁目がありません', en: 'there are no town blocks to hold care-level-3+ figures' },
};

const SEGMENT_TEXT: Record<SegmentReason, Words> = {
  rural: { ja: '中山間等地域は充足率にかかわらず市場性「低」です', en: 'rural municipalities have low market viability at any sufficiency' },
  sufficiency_undefined: {
    ja: '充足率を測る対象（在宅高齢者）がいないため、測れない率で「高」「中」とはせず市場性「低」としました',
    en: 'sufficiency is undefined (nobody to measure), and the classification never grades high or medium on an unmeasured rate: low',
  },
  sufficiency_at_least_a: { ja: '中山間等地域ではなく、充足率が「高」の基準以上です', en: 'not rural, and sufficiency at or above the threshold for high' },
  sufficiency_at_least_b: {
    ja: '中山間等地域ではなく、充足率が「中」の基準以上「高」の基準未満です',
    en: 'not rural, and sufficiency at or above the threshold for medium but below the one for high',
  },
  sufficiency_below_b: { ja: '充足率が「中」の基準未満のため市場性「低」です', en: 'sufficiency below the threshold for medium: low' },
};

const MARKET: Record<'A' | 'B' | 'C', Words> = {
  A: { ja: '市場性「高」', en: 'high market viability' },
  B: { ja: '市場性「中」', en: 'medium market viability' },
  C: { ja: '市場性「低」', en: 'low market viability' },
};

/** A number for people: thousands separators, at most `digits` decimals (so no figure reads like a 5-digit code). */
function num(v: number, digits = 2): string {
  // Same output as v.toLocaleString('en-US', { maximumFractionDigits: digits }), whose options
  // object builds a new formatter on every call: ~20 calls per municipality made the explanations
  // of all of Japan cost seconds.
  let f = NUMBER_FORMATS.get(digits);
  if (!f) NUMBER_FORMATS.set(digits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits })));
  return f.format(v);
}
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();

/** 'a', 'a or b', 'a, b or c'. */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** A rate as a percentage with two decimals, e.g. 83.45 %. */
function pct(v: number): string {
  return `${(v * 100).toFixed(2)} %`;
}

/**
 * The explanation's sentences, in Japanese and English. They name things in words (a tier's
 * name, a shop category's name, the distance model in words) and never carry codes, ids or
 * ISO timestamps; figures have thousands separators.
 */
export function explanationNotes(
  c: MunicipalityClassification,
  provenance: ClassificationProvenance,
  policy: ClassificationPolicy,
): { readonly ja: readonly string[]; readonly en: readonly string[] } {
  const tier = DENSITY_TIER_LABELS[c.tier];
  const categories = provenance.resourceCategories.map((k) => labelOrCode('ResourceCategory', k));
  const model = labelOrCode('DistanceModel', provenance.distanceModelRef);
  const { generalCityMinPerKm2: g, largeCityMinPerKm2: l } = policy.densityTiers;
  const { segmentAMin: a, segmentBMin: b } = policy.sufficiencyThresholds;
  const market = MARKET[c.segment];
  const undefinedWhy: Words =
    c.sufficiencyUndefinedReason === 'no_town_blocks'
      ? { ja: '町丁目がありません', en: 'the municipality has no town blocks' }
      : { ja: '町丁目に在宅高齢者がいません', en: 'its blocks hold no at-home elderly' };
  const ja = [
    `人口密度 ${num(c.densityPerKm2, 1)}人/km² ＝ 人口 ${num(c.population)}人 ÷ 面積 ${num(c.areaKm2)} km² → ${tier.ja}。` +
      `一般市は${num(g)}人/km²以上、大都市部は${num(l)}人/km²以上です（境界値を含む）。`,
    `在宅高齢者（町丁目ごと）＝ 75歳以上人口 − 要介護3以上の人数。${POP75_TEXT[c.estimation.pop75Method].ja}。` +
      `${CARE3_TEXT[c.estimation.care3Method].ja}。端数はそのまま計算しています。`,
    `町丁目の代表点から${num(provenance.radiusM)} m以内（ちょうどを含む）に${categories.map((x) => x.ja).join('・')}のいずれかがあれば、` +
      `その町丁目は買い物拠点があるとみなします（距離は${model.ja}）。`,
    c.sufficiency === null
      ? `地域資源充足率は計算できません（${undefinedWhy.ja}）。`
      : `地域資源充足率 ＝ ${num(c.coveredAtHomeElderly)} ÷ ${num(c.atHomeElderly)} ＝ ${pct(c.sufficiency)}` +
        `（町丁目${num(c.blockCount)}か所のうち${num(c.coveredBlockCount)}か所に拠点あり）。`,
    `${market.ja}：${SEGMENT_TEXT[c.segmentReason].ja}（「高」は${pct(a)}以上、「中」は${pct(b)}以上、境界値を含む）。`,
  ];
  const en = [
    `Density ${num(c.densityPerKm2, 1)} people/km² = population ${num(c.population)} / area ${num(c.areaKm2)} km² → ` +
      `${tier.en}; general city from ${num(g)}, large city from ${num(l)} people/km², lower bounds inclusive.`,
    `At-home elderly (在宅高齢者) per block = 75+ − care level 3+; ${POP75_TEXT[c.estimation.pop75Method].en}; ` +
      `${CARE3_TEXT[c.estimation.care3Method].en}. Fractions are kept.`,
    `A block is covered when a ${orList(categories.map((x) => x.en.toLowerCase()))} lies within ` +
      `${num(provenance.radiusM)} m (inclusive) of its representative point, measured as ${model.en.charAt(0).toLowerCase()}${model.en.slice(1)}.`,
    c.sufficiency === null
      ? `Sufficiency is undefined: ${undefinedWhy.en}.`
      : `Sufficiency = ${num(c.coveredAtHomeElderly)} / ${num(c.atHomeElderly)} = ${pct(c.sufficiency)} ` +
        `(${num(c.coveredBlockCount)} of ${num(c.blockCount)} blocks covered).`,
    `${market.en.charAt(0).toUpperCase()}${market.en.slice(1)}: ${SEGMENT_TEXT[c.segmentReason].en} (high from ${pct(a)}, ` +
      `medium from ${pct(b)}, lower bounds inclusive).`,
  ];
  return { ja, en };
}

export interface UncoveredBlockRow {
  readonly id: string;
  readonly name: string | null;
  readonly lat: number;
  readonly lng: number;
  readonly pop75Plus: number;
  readonly care3Plus: number;
  readonly atHomeElderly: number;
  readonly estimated: boolean;
}

export function buildExplanation(
  classification: MunicipalityClassification,
  provenance: ClassificationProvenance,
  policy: ClassificationPolicy,
  uncovered: readonly UncoveredBlockRow[],
): MunicipalityExplanation {
  const c = classification;
  const notes = explanationNotes(c, provenance, policy);
  const features: PointFeature<UncoveredBlockProperties>[] = uncovered.map((b) => ({
    type: 'Feature',
    id: b.id,
    geometry: { type: 'Point', coordinates: [b.lng, b.lat] },
    properties: {
      blockId: b.id,
      name: b.name,
      pop75Plus: b.pop75Plus,
      care3Plus: b.care3Plus,
      atHomeElderly: b.atHomeElderly,
      estimated: b.estimated,
    },
  }));
  return {
    ...c,
    provenance,
    thresholds: {
      generalCityMinPerKm2: policy.densityTiers.generalCityMinPerKm2,
      largeCityMinPerKm2: policy.densityTiers.largeCityMinPerKm2,
      segmentAMin: policy.sufficiencyThresholds.segmentAMin,
      segmentBMin: policy.sufficiencyThresholds.segmentBMin,
    },
    notesJa: notes.ja,
    notesEn: notes.en,
    uncoveredBlocks: { type: 'FeatureCollection', features },
  };
}
