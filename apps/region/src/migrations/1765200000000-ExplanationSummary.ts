import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The small part of a classification's explanation that area reads show on every card — notes,
 * recommended model, the number of uncovered blocks — in its own jsonb column. Reading it from the
 * `json` explanation made PostgreSQL decompress and re-parse the whole document, uncovered-block
 * GeoJSON included, once per extracted field and row: most of an area query's time. The full
 * explanation stays where it was for the one field that needs it (uncoveredBlocksGeoJson).
 * Existing runs are filled in from their explanations.
 */
export class ExplanationSummary1765200000000 implements MigrationInterface {
  name = 'ExplanationSummary1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipality_classification ADD COLUMN explanation_summary jsonb`);
    await q.query(`
      UPDATE municipality_classification c
         SET explanation_summary = jsonb_build_object(
               'notesJa', e.doc->'notesJa', 'notesEn', e.doc->'notesEn', 'notes', e.doc->'notes',
               'recommendedModel', e.doc->'recommendedModel',
               'uncoveredBlockCount', COALESCE(jsonb_array_length(e.doc->'uncoveredBlocks'->'features'), 0))
        FROM (SELECT run_id, municipality_code, explanation::jsonb AS doc FROM municipality_classification) e
       WHERE e.run_id = c.run_id AND e.municipality_code = c.municipality_code`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipality_classification DROP COLUMN explanation_summary`);
  }
}
