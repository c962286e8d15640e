import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HSDS as other publishers write it (issue 12, item 6):
 * - `hsds_extra` on organization and offering: the fields of an imported HSDS object our model
 *   does not hold (domain `HsdsExtra`), written back on export; null when there were none.
 * - `hsds_held_record`: HSDS objects kept as written because they are not listings (another
 *   publisher's service without our eldercare facts, locations, taxonomies and terms of other
 *   taxonomies, service_at_location objects, tabular rows of other tables), exported back. One
 *   row per collection (or table) and id; a later import of the same id replaces it.
 */
export class HsdsInterop1764300010000 implements MigrationInterface {
  name = 'HsdsInterop1764300010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization ADD COLUMN hsds_extra jsonb`);
    await q.query(`ALTER TABLE offering ADD COLUMN hsds_extra jsonb`);
    await q.query(`
      CREATE TABLE hsds_held_record (
        collection text NOT NULL CHECK (collection ~ '^[a-z_]{1,64}$'),
        id text NOT NULL CHECK (length(id) BETWEEN 1 AND 200),
        organization_id text,
        object jsonb NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        imported_by text NOT NULL,
        PRIMARY KEY (collection, id)
      )`);
    await q.query(`CREATE INDEX hsds_held_record_organization ON hsds_held_record (organization_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE hsds_held_record`);
    await q.query(`ALTER TABLE offering DROP COLUMN hsds_extra`);
    await q.query(`ALTER TABLE organization DROP COLUMN hsds_extra`);
  }
}
