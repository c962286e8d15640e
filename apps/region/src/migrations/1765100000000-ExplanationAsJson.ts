import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A classification run stores every municipality's explanation, uncovered blocks included: for
 * all of Japan ~69 MB of JSON per run. As `jsonb` PostgreSQL parses and re-encodes all of it and
 * compresses it with pglz, which made storing a run take several seconds. The explanation is only
 * ever written once and read back whole (never queried inside), so `json` (kept as text, checked
 * for syntax) with lz4 compression where the server supports it stores it about five times faster.
 * Readers are unchanged: the driver parses `json` like `jsonb`. (A query that needs jsonb
 * operators can cast: `explanation::jsonb`.)
 */
export class ExplanationAsJson1765100000000 implements MigrationInterface {
  name = 'ExplanationAsJson1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipality_classification ALTER COLUMN explanation TYPE json USING explanation::json`);
    const [{ lz4 }] = await q.query(`SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) AS lz4`);
    if (lz4) await q.query(`ALTER TABLE municipality_classification ALTER COLUMN explanation SET COMPRESSION lz4`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipality_classification ALTER COLUMN explanation SET COMPRESSION default`);
    await q.query(`ALTER TABLE municipality_classification ALTER COLUMN explanation TYPE jsonb USING explanation::jsonb`);
  }
}
