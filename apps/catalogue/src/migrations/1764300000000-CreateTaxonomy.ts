import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service taxonomy of the METI figure 高齢者・介護関連サービスの定義・範囲, as data: an
 * administrator edits these rows; code never enumerates them. Labels are the seed's; `housing`'s
 * Japanese label is inferred (the seed shows only its examples).
 */
export const SEED_FAMILIES: [string, string, string, number][] = [
  ['prevention_participation', '介護予防・社会参加支援', 'Prevention & social participation', 1],
  ['daily_living', '日常生活支援', 'Daily living support', 2],
  ['functional_care', '生活機能維持・療養支援', 'Functional maintenance & care', 3],
  ['family_support', '家族支援', 'Family support', 4],
  ['preparation', '備え', 'Preparation', 5],
];

// [code, family, ja, en, examples (ja), benefits]
export const SEED_CATEGORIES: [string, string, string, string, string, 'senior_and_family' | 'mainly_family'][] = [
  ['hobby_leisure', 'prevention_participation', '趣味・レジャー', 'Hobbies & leisure', 'サークル活動、旅行支援', 'senior_and_family'],
  ['learning_work', 'prevention_participation', '学習・就労', 'Learning & work', 'eラーニング、就労マッチング', 'senior_and_family'],
  ['exercise', 'prevention_participation', '運動', 'Exercise', '運動支援、フィットネス', 'senior_and_family'],
  ['social_exchange', 'prevention_participation', '会話・交流', 'Conversation & social exchange', 'ランニングコミュニティ', 'senior_and_family'],
  ['care_prevention', 'prevention_participation', '介護予防', 'Care prevention', '通いの場、地域サロン', 'senior_and_family'],
  ['housework', 'daily_living', '家事', 'Housework', '家事代行、スマート家電', 'senior_and_family'],
  ['mobility', 'daily_living', '移動', 'Mobility', '外出支援', 'senior_and_family'],
  ['asset_management', 'daily_living', '資産管理', 'Asset management', '金銭・土地・株式の管理・処分', 'senior_and_family'],
  ['shopping_delivery', 'daily_living', '買い物・物の運搬', 'Shopping & delivery', '買い物同行、配達', 'senior_and_family'],
  ['procedures', 'daily_living', '各種手続き', 'Procedures', '契約立会い、任意後見', 'senior_and_family'],
  ['meals_medication', 'daily_living', '飲食・服薬', 'Meals & medication', '食事・服薬の支援', 'senior_and_family'],
  ['decision_support', 'daily_living', '意思表明', 'Decision support', '意思の形成・表明の支援', 'senior_and_family'],
  ['housing', 'daily_living', '住まい', 'Housing', '住まいの紹介、共助型すまい', 'senior_and_family'],
  ['grooming_toileting', 'functional_care', 'みだしなみ、排泄', 'Grooming & toileting', '清拭、入浴、排泄の介助', 'senior_and_family'],
  ['home_modification', 'functional_care', '住宅改修、福祉用具', 'Home modification & assistive equipment', '手すり設置、車いすレンタル', 'senior_and_family'],
  ['personal_care', 'functional_care', '身体介助', 'Personal care', '食事・入浴・排泄の介助（主に施設）', 'senior_and_family'],
  ['life_assistance', 'functional_care', '生活援助', 'Life assistance', '掃除、洗濯、調理', 'senior_and_family'],
  ['other_needs', 'functional_care', 'その他困り事', 'Other needs', 'その他の困り事への人材マッチング', 'senior_and_family'],
  ['monitoring_emergency', 'family_support', '見守り・緊急連絡', 'Monitoring & emergency contact', 'センサー、定期訪問', 'senior_and_family'],
  ['meal_delivery', 'family_support', '食事', 'Meal delivery', '配食', 'senior_and_family'],
  ['workplace_consultation', 'family_support', '職場の相談窓口', 'Workplace consultation desk', '職場の介護相談窓口', 'mainly_family'],
  ['care_situation_assessment', 'family_support', '介護の実態把握支援', 'Care situation assessment', '従業員の介護実態の把握支援', 'mainly_family'],
  ['training', 'family_support', '研修の実施', 'Training', '仕事と介護の両立研修', 'mainly_family'],
  ['balance_decision_support', 'family_support', '介護両立の意思決定支援', 'Work–care balance decision support', '仕事と介護の両立に関する意思決定支援', 'mainly_family'],
  ['insurance_end_of_life', 'preparation', '民間保険、終活関連', 'Private insurance & end-of-life planning', '民間保険、終活', 'senior_and_family'],
];

export class CreateTaxonomy1764300000000 implements MigrationInterface {
  name = 'CreateTaxonomy1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE taxonomy_family (
        code        text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
        label_ja    text NOT NULL,
        label_en    text NOT NULL,
        sort_order  integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE taxonomy_category (
        code         text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
        family_code  text NOT NULL REFERENCES taxonomy_family(code),
        label_ja     text NOT NULL,
        label_en     text NOT NULL,
        examples_ja  text NOT NULL DEFAULT '',
        benefits     text NOT NULL CHECK (benefits IN ('senior_and_family', 'mainly_family')),
        sort_order   integer NOT NULL,
        active       boolean NOT NULL DEFAULT true,
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
    for (const [code, ja, en, order] of SEED_FAMILIES) {
      await q.query(`INSERT INTO taxonomy_family (code, label_ja, label_en, sort_order) VALUES ($1, $2, $3, $4)`, [code, ja, en, order]);
    }
    let order = 0;
    for (const [code, family, ja, en, examples, benefits] of SEED_CATEGORIES) {
      await q.query(
        `INSERT INTO taxonomy_category (code, family_code, label_ja, label_en, examples_ja, benefits, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [code, family, ja, en, examples, benefits, ++order],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE taxonomy_category`);
    await q.query(`DROP TABLE taxonomy_family`);
  }
}
