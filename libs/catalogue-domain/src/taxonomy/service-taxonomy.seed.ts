import type { ServiceTaxonomy, TaxonomyTerm } from './taxonomy.model';

/**
 * Seed of the service taxonomy (docs/domain.md §3, from the METI figure
 * 高齢者・介護関連サービスの定義・範囲). Category codes and ja labels are the brief's; family codes
 * are ours. `housing`'s ja label is inferred (the figure shows only its examples).
 * The catalogue service copies this into its editable table once; code must never branch on it.
 */
const family = (code: string, labelJa: string, labelEn: string): TaxonomyTerm => ({ code, parentCode: null, labelJa, labelEn });
const term = (parentCode: string, code: string, labelJa: string, labelEn: string): TaxonomyTerm => ({
  code,
  parentCode,
  labelJa,
  labelEn,
});

const P = 'prevention_participation';
const D = 'daily_living';
const F = 'functional_care';
const S = 'family_support';
const R = 'preparation';

export const SERVICE_TAXONOMY_SEED: ServiceTaxonomy = {
  id: '3046cfe4-de90-484d-bd23-8008e482b4cb',
  name: 'Sanpuku 高齢者・介護関連サービス分類',
  description:
    '経済産業省「高齢者・介護関連サービスの定義・範囲」に基づくサービス分類 / Eldercare service taxonomy after the METI figure',
  version: '2025.1',
  terms: [
    family(P, '介護予防・社会参加支援', 'Prevention & social participation'),
    term(P, 'hobby_leisure', '趣味・レジャー', 'Hobbies & leisure'),
    term(P, 'learning_work', '学習・就労', 'Learning & work'),
    term(P, 'exercise', '運動', 'Exercise'),
    term(P, 'social_exchange', '会話・交流', 'Conversation & social exchange'),
    term(P, 'care_prevention', '介護予防', 'Care prevention'),
    family(D, '日常生活支援', 'Daily living'),
    term(D, 'housework', '家事', 'Housework'),
    term(D, 'mobility', '移動', 'Mobility'),
    term(D, 'asset_management', '資産管理', 'Asset management'),
    term(D, 'shopping_delivery', '買い物・物の運搬', 'Shopping & delivery'),
    term(D, 'procedures', '各種手続き', 'Procedures & paperwork'),
    term(D, 'meals_medication', '飲食・服薬', 'Meals & medication'),
    term(D, 'decision_support', '意思表明', "Forming & expressing one's wishes"),
    term(D, 'housing', '住まい', 'Housing'),
    family(F, '生活機能維持・療養支援', 'Functional maintenance & care'),
    term(F, 'grooming_toileting', 'みだしなみ、排泄', 'Grooming & toileting'),
    term(F, 'home_modification', '住宅改修、福祉用具', 'Home modification & assistive equipment'),
    term(F, 'personal_care', '身体介助', 'Personal care'),
    term(F, 'life_assistance', '生活援助', 'Life assistance'),
    term(F, 'other_needs', 'その他困り事', 'Other needs'),
    family(S, '家族支援', 'Family support'),
    term(S, 'monitoring_emergency', '見守り・緊急連絡', 'Monitoring & emergency contact'),
    term(S, 'meal_delivery', '食事', 'Meals (delivery)'),
    term(S, 'workplace_consultation', '職場の相談窓口', 'Workplace consultation desk'),
    term(S, 'care_situation_assessment', '介護の実態把握支援', "Assessing employees' care situations"),
    term(S, 'training', '研修の実施', 'Training for working caregivers'),
    term(S, 'balance_decision_support', '介護両立の意思決定支援', 'Decision support for balancing work and care'),
    family(R, '備え', 'Preparation'),
    term(R, 'insurance_end_of_life', '民間保険、終活関連', 'Private insurance & end-of-life planning'),
  ],
};

/** Help text for operators choosing a category (the figure's examples, in Japanese). Not part of the taxonomy model. */
export const SERVICE_CATEGORY_EXAMPLES_JA: Readonly<Record<string, string>> = {
  hobby_leisure: 'サークル活動支援、旅行サポート等',
  learning_work: 'eラーニング、職場マッチング等',
  exercise: '運動サポート、フィットネス等',
  social_exchange: 'コミュニティ運営等',
  care_prevention: '通いの場、地域サロン等',
  housework: '家事代行、スマート家電等',
  mobility: '外出支援等',
  asset_management: '金銭・土地・株の管理・処分等',
  shopping_delivery: '買い物付き添い、配達サービス等',
  procedures: '契約立会い・任意後見等',
  meals_medication: '食事・服薬支援等',
  decision_support: '意思形成・表出支援等',
  housing: '物件紹介、共助型すまい等',
  grooming_toileting: '清拭・入浴、排泄介助等',
  home_modification: '手すり設置、車椅子レンタル等',
  personal_care: '食事・入浴・排泄介助等（主に施設入所）',
  life_assistance: '掃除、洗濯、調理等',
  other_needs: '人材派遣マッチング等',
  monitoring_emergency: 'センサー活用、定期訪問等',
  meal_delivery: '配食サービス等',
  insurance_end_of_life: '民間保険、終活関連等',
};
