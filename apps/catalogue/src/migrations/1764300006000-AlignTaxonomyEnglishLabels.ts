import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first taxonomy migration used shorter English labels than the domain's seed for seven
 * terms. Bring them in line — only where the label is still the one that migration wrote, so an
 * administrator's own relabelling is kept. [code, label written by 1764300000000, seed label]
 */
export const ENGLISH_LABEL_UPDATES: [string, string, string][] = [
  ['daily_living', 'Daily living support', 'Daily living'],
  ['procedures', 'Procedures', 'Procedures & paperwork'],
  ['decision_support', 'Decision support', "Forming & expressing one's wishes"],
  ['meal_delivery', 'Meal delivery', 'Meals (delivery)'],
  ['care_situation_assessment', 'Care situation assessment', "Assessing employees' care situations"],
  ['training', 'Training', 'Training for working caregivers'],
  ['balance_decision_support', 'Work–care balance decision support', 'Decision support for balancing work and care'],
];

export class AlignTaxonomyEnglishLabels1764300006000 implements MigrationInterface {
  name = 'AlignTaxonomyEnglishLabels1764300006000';

  async up(q: QueryRunner): Promise<void> {
    for (const [code, from, to] of ENGLISH_LABEL_UPDATES) {
      await q.query(`UPDATE taxonomy_family SET label_en = $3 WHERE code = $1 AND label_en = $2`, [code, from, to]);
      await q.query(`UPDATE taxonomy_category SET label_en = $3, updated_at = now() WHERE code = $1 AND label_en = $2`, [code, from, to]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [code, from, to] of ENGLISH_LABEL_UPDATES) {
      await q.query(`UPDATE taxonomy_family SET label_en = $2 WHERE code = $1 AND label_en = $3`, [code, from, to]);
      await q.query(`UPDATE taxonomy_category SET label_en = $2 WHERE code = $1 AND label_en = $3`, [code, from, to]);
    }
  }
}
