import { Segment } from './segment.rule';

/** The co-creation (産福共創) model the seed recommends for a segment, in Japanese and English. */
export interface RecommendedModel {
  readonly segment: Segment;
  readonly code: 'lead_new_resource_development' | 'use_existing_local_resources' | 'maintain_most_needed_resources';
  readonly marketViability: { readonly ja: string; readonly en: string };
  readonly title: { readonly ja: string; readonly en: string };
  readonly examples: { readonly ja: readonly string[]; readonly en: readonly string[] };
}

/** Wording from the seed deck (（参考）目指すべき姿：持続的な地域づくりのための「産福共創」). */
export const RECOMMENDED_MODELS: Readonly<Record<Segment, RecommendedModel>> = Object.freeze({
  A: Object.freeze({
    segment: 'A',
    code: 'lead_new_resource_development',
    marketViability: { ja: '市場性「高」エリア', en: 'high market viability' },
    title: {
      ja: '他地域にも展開し得る新たな資源開発を先導していくモデル',
      en: 'Lead the development of new resources that can spread to other areas',
    },
    examples: {
      ja: ['サービス開発のラボ機能', '複数企業と連携した支援体制構築'],
      en: ['service-development lab functions', 'support systems built with several companies'],
    },
  }),
  B: Object.freeze({
    segment: 'B',
    code: 'use_existing_local_resources',
    marketViability: { ja: '市場性「中」エリア', en: 'medium market viability' },
    title: {
      ja: '地域が有する既存資源を徹底活用するモデル',
      en: 'Make full use of the resources the area already has',
    },
    examples: {
      ja: ['地域資源開発主体としての企業参画', 'ローカルマーケティング支援を通じた資源充足'],
      en: ['local companies taking part as resource developers', 'filling resource gaps through local marketing support'],
    },
  }),
  C: Object.freeze({
    segment: 'C',
    code: 'maintain_most_needed_resources',
    marketViability: { ja: '市場性「低」エリア', en: 'low market viability' },
    title: {
      ja: '必要性の高い資源の維持を図るモデル',
      en: 'Maintain the resources that are most needed',
    },
    examples: {
      ja: ['公的事業との連携', '住民互助活動の効率化', '「地域協同プラットフォーム」構想との連動'],
      en: [
        'link with public programmes',
        "make residents' mutual-aid activities efficient",
        'link with the regional cooperation platform (地域協同プラットフォーム) initiative',
      ],
    },
  }),
});

export function recommendedModelFor(segment: Segment): RecommendedModel {
  return RECOMMENDED_MODELS[segment];
}
