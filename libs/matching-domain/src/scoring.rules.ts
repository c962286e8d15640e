import { DISTANCE_MODEL, geodesicDistanceM } from './geo.distance';
import { parseInstantMs } from './input.errors';
import type { ScoreWeights, ScoringConfig } from './matching.config';
import type { OfferingReadModel } from './offering.types';
import { PRICE_UNIT_LABELS } from './reason.messages';
import type { HelpRequestFacts } from './request.types';

export const SCORE_PARTS = ['distance', 'needs_coverage', 'price', 'freshness'] as const;
export type ScorePartName = (typeof SCORE_PARTS)[number];

export type ScoreDetailValue = string | number | boolean | null;

/**
 * One named part of a score. `value` is 0..1; `points` = 100 × weight/Σweights × value, rounded
 * to 2 decimals; the total score is the sum of the parts' points, so it can be re-added by hand.
 */
export interface ScorePart {
  readonly part: ScorePartName;
  readonly weight: number;
  /** weight / Σ weights. */
  readonly normalizedWeight: number;
  readonly value: number;
  readonly points: number;
  /** Largest points this part can give (100 × normalizedWeight), for display. */
  readonly maxPoints: number;
  readonly ja: string;
  readonly en: string;
  readonly detail: Readonly<Record<string, ScoreDetailValue>>;
}

export interface OfferingScore {
  /** 0–100, sum of the parts' points, 2 decimals. No paid or sponsored input exists. */
  readonly score: number;
  readonly parts: readonly ScorePart[];
}

const DAY_MS = 86_400_000;
export const round2 = (x: number): number => Math.round(x * 100) / 100;
const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
const fmt = (x: number, digits = 2): string => x.toFixed(digits);

interface PartValue {
  value: number;
  ja: string;
  en: string;
  detail: Record<string, ScoreDetailValue>;
}

function distancePart(request: HelpRequestFacts, offering: OfferingReadModel, cfg: ScoringConfig): PartValue {
  const half = cfg.distance.halfValueDistanceM;
  if (!offering.base || !request.location) {
    const v = clamp01(cfg.distance.unknownValue);
    return {
      value: v,
      ja: `拠点または所在地が不明のため、距離は中立値（${fmt(v)}）で評価`,
      en: `Base point or senior location unknown: neutral distance value ${fmt(v)}`,
      detail: { distanceM: null, halfValueDistanceM: half, known: false, distanceModel: DISTANCE_MODEL },
    };
  }
  const d = geodesicDistanceM(offering.base, request.location);
  const v = clamp01(Math.pow(0.5, d / half));
  const km = fmt(d / 1000, 1);
  const halfKm = fmt(half / 1000, 1);
  return {
    value: v,
    ja: `拠点からの距離 約${km}km（${halfKm}kmごとに評価が半減）`,
    en: `Distance from base ≈ ${km} km (value halves every ${halfKm} km)`,
    detail: { distanceM: d, halfValueDistanceM: half, known: true, distanceModel: DISTANCE_MODEL },
  };
}

function needsCoveragePart(request: HelpRequestFacts, offering: OfferingReadModel): PartValue {
  const needs = [...new Set(request.needs)];
  const offered = new Set(offering.categories);
  const covered = needs.filter((n) => offered.has(n)).length;
  const v = needs.length ? covered / needs.length : 0;
  return {
    value: v,
    ja: `ご希望${needs.length}分野のうち${covered}分野に対応`,
    en: `Covers ${covered} of ${needs.length} requested categories`,
    detail: { requested: needs.length, covered },
  };
}

function pricePart(request: HelpRequestFacts, offering: OfferingReadModel, cfg: ScoringConfig): PartValue {
  const budget = request.preferences.budgetYen ?? null;
  const price = offering.priceYen;
  const unit = PRICE_UNIT_LABELS[offering.priceUnit];
  const free = offering.priceUnit === 'free' || price === 0;
  const base = { priceYen: price, priceUnit: offering.priceUnit, budgetYen: budget };
  if (free) {
    return { value: 1, ja: '無料', en: 'Free of charge', detail: { ...base, withinBudget: true } };
  }
  if (budget === null) {
    return {
      value: 1,
      ja: `予算の指定なし（料金 ${price}円/${unit.ja}、全候補同じ評価）`,
      en: `No budget given (price ¥${price} ${unit.en}; every candidate valued the same)`,
      detail: { ...base, withinBudget: null },
    };
  }
  if (price <= budget) {
    return {
      value: 1,
      ja: `料金 ${price}円（${unit.ja}）はご予算 ${budget}円以内`,
      en: `Price ¥${price} ${unit.en} is within the budget of ¥${budget}`,
      detail: { ...base, withinBudget: true },
    };
  }
  const ratio = cfg.price.zeroValueAtOverBudgetRatio;
  const over = budget > 0 ? (price - budget) / budget : Number.POSITIVE_INFINITY;
  const v = clamp01(1 - over / ratio);
  const pct = Number.isFinite(over) ? `${Math.round(over * 100)}%` : '—';
  return {
    value: v,
    ja: `料金 ${price}円（${unit.ja}）はご予算 ${budget}円を超過（${pct}超、予算の${Math.round((1 + ratio) * 100)}%で評価ゼロ）`,
    en: `Price ¥${price} ${unit.en} is over the budget of ¥${budget} (by ${pct}; value 0 at ${Math.round((1 + ratio) * 100)}% of budget)`,
    detail: { ...base, withinBudget: false, overBudgetRatio: Number.isFinite(over) ? over : null },
  };
}

function freshnessPart(offering: OfferingReadModel, nowMs: number, cfg: ScoringConfig): PartValue {
  const staleAfter = cfg.freshness.staleAfterDays;
  const confirmedMs = parseInstantMs(offering.capacityConfirmedAt);
  if (confirmedMs === null) {
    return {
      value: 0,
      ja: '空き状況の確認日時が不明（評価ゼロ）',
      en: 'Capacity confirmation time unknown (value 0)',
      detail: { daysSinceConfirmed: null, staleAfterDays: staleAfter, stale: true },
    };
  }
  // A confirmation "in the future" (clock skew) counts as confirmed now.
  const days = Math.max(0, (nowMs - confirmedMs) / DAY_MS);
  const v = clamp01(1 - days / staleAfter);
  const stale = days >= staleAfter;
  return {
    value: v,
    ja: `空き状況の確認から${fmt(days, 1)}日経過（${staleAfter}日で評価ゼロ${stale ? '、情報が古い' : ''}）`,
    en: `Capacity confirmed ${fmt(days, 1)} days ago (value 0 at ${staleAfter} days${stale ? '; stale' : ''})`,
    detail: { daysSinceConfirmed: days, staleAfterDays: staleAfter, stale },
  };
}

const WEIGHT_KEY: Readonly<Record<ScorePartName, keyof ScoreWeights>> = {
  distance: 'distance',
  needs_coverage: 'needsCoverage',
  price: 'price',
  freshness: 'freshness',
};

/**
 * Scores an offering that passed the hard filters. Transparent: four named parts, weights from
 * the config, every input that moved the score is in `detail`. `now` is passed in.
 */
export function scoreOffering(
  request: HelpRequestFacts,
  offering: OfferingReadModel,
  now: Date,
  config: ScoringConfig,
): OfferingScore {
  const nowMs = now.getTime();
  const values: Record<ScorePartName, PartValue> = {
    distance: distancePart(request, offering, config),
    needs_coverage: needsCoveragePart(request, offering),
    price: pricePart(request, offering, config),
    freshness: freshnessPart(offering, nowMs, config),
  };
  const w = config.weights;
  const total = w.distance + w.needsCoverage + w.price + w.freshness;
  const parts: ScorePart[] = SCORE_PARTS.map((name) => {
    const weight = w[WEIGHT_KEY[name]];
    const normalizedWeight = weight / total;
    const pv = values[name];
    return {
      part: name,
      weight,
      normalizedWeight,
      value: pv.value,
      points: round2(100 * normalizedWeight * pv.value),
      maxPoints: round2(100 * normalizedWeight),
      ja: pv.ja,
      en: pv.en,
      detail: pv.detail,
    };
  });
  const score = round2(parts.reduce((s, p) => s + p.points, 0));
  return { score, parts };
}
