import { MigrationInterface, QueryRunner } from 'typeorm';
import { readExplanation } from '../classification/stored-explanation';

/**
 * A run stores its municipalities' uncovered blocks packed (`uncovered_blocks`, see
 * classification/stored-explanation.ts) and its explanations without them (nor the notes and the
 * recommended model, which the summary column holds): the blocks' GeoJSON was ~65 of the ~71 MB
 * a nationwide run wrote, most of the time storing a run took. The GeoJSON
 * is built when it is read. Runs stored before keep their explanations as they are (the column is
 * null for them and readers take the blocks from the explanation), so nothing is rewritten here.
 *
 * Packed float64 compresses little: with pglz, PostgreSQL would spend time trying; lz4 (where
 * the server has it) is cheap enough to keep the few bytes it saves.
 */
export class PackedUncoveredBlocks1765310000000 implements MigrationInterface {
  name = 'PackedUncoveredBlocks1765310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipality_classification ADD COLUMN uncovered_blocks bytea`);
    const [{ lz4 }] = await q.query(`SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) AS lz4`);
    await q.query(
      lz4
        ? `ALTER TABLE municipality_classification ALTER COLUMN uncovered_blocks SET COMPRESSION lz4`
        : `ALTER TABLE municipality_classification ALTER COLUMN uncovered_blocks SET STORAGE EXTERNAL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Back into the explanations, as the previous schema stored them (one row at a time: a
    // nationwide run's GeoJSON is ~65 MB).
    const keys: { run_id: string; municipality_code: string }[] = await q.query(
      `SELECT run_id, municipality_code FROM municipality_classification WHERE uncovered_blocks IS NOT NULL`,
    );
    for (const k of keys) {
      const [row] = await q.query(`SELECT explanation, explanation_summary, uncovered_blocks FROM municipality_classification WHERE run_id = $1 AND municipality_code = $2`, [k.run_id, k.municipality_code]);
      await q.query(`UPDATE municipality_classification SET explanation = $3::json WHERE run_id = $1 AND municipality_code = $2`, [
        k.run_id,
        k.municipality_code,
        JSON.stringify(readExplanation(row.explanation, row.explanation_summary, row.uncovered_blocks)),
      ]);
    }
    await q.query(`ALTER TABLE municipality_classification DROP COLUMN uncovered_blocks`);
  }
}
