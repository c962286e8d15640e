import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching's local copies of other services' data, kept from their events (never joined
 * across schemas). `version` is the source aggregate's version: older events are ignored.
 */
export class CreateReadModels1764300001000 implements MigrationInterface {
  name = 'CreateReadModels1764300001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offering_read_model (
        offering_id      uuid PRIMARY KEY,
        organization_id  uuid NOT NULL,
        version          integer NOT NULL,
        status           text NOT NULL CHECK (status IN ('published', 'withdrawn')),
        categories       text[] NOT NULL DEFAULT '{}',
        snapshot         jsonb,
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX offering_read_model_categories ON offering_read_model USING gin (categories) WHERE status = 'published'`);
    await q.query(`
      CREATE TABLE area_segment_read_model (
        municipality_code  char(5) PRIMARY KEY,
        segment            char(1) NOT NULL CHECK (segment IN ('A', 'B', 'C')),
        tier               text NOT NULL,
        density_per_km2    double precision NOT NULL,
        sufficiency        double precision,
        run_id             uuid NOT NULL,
        policy_id          text NOT NULL,
        version            integer NOT NULL,
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE area_segment_read_model`);
    await q.query(`DROP TABLE offering_read_model`);
  }
}
