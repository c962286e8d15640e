import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Region's own data: imported datasets (each import is a versioned, all-or-nothing dataset),
 * municipalities keyed by JIS code, town blocks with representative points, resources (shops),
 * and classification runs whose results stay reproducible (policy + dataset versions stored).
 */
export class CreateRegionModel1764300002000 implements MigrationInterface {
  name = 'CreateRegionModel1764300002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dataset_version (
        id           uuid PRIMARY KEY,
        kind         text NOT NULL CHECK (kind IN ('municipalities', 'town_blocks', 'resources')),
        source_name  text NOT NULL,
        format       text NOT NULL,
        sha256       text NOT NULL,
        row_count    integer NOT NULL,
        scope        text[] NOT NULL DEFAULT '{}',
        imported_at  timestamptz NOT NULL DEFAULT now(),
        imported_by  text
      )`);
    await q.query(`
      CREATE TABLE municipality (
        code               char(5) PRIMARY KEY CHECK (code ~ '^[0-9]{5}$'),
        lg_code6           char(6),
        name               text NOT NULL,
        prefecture_code    char(2) NOT NULL,
        prefecture_name    text NOT NULL,
        unit_type          text NOT NULL CHECK (unit_type IN ('municipality', 'tokyo_special_ward', 'designated_city', 'designated_city_ward')),
        parent_code        char(5),
        area_km2           double precision NOT NULL CHECK (area_km2 > 0),
        population         integer NOT NULL CHECK (population >= 0),
        pop_75plus         integer CHECK (pop_75plus >= 0),
        care3plus          integer CHECK (care3plus >= 0),
        dataset_version_id uuid NOT NULL REFERENCES dataset_version(id)
      )`);
    await q.query(`CREATE INDEX municipality_prefecture ON municipality (prefecture_code)`);
    await q.query(`
      CREATE TABLE town_block (
        id                 bigserial PRIMARY KEY,
        municipality_code  char(5) NOT NULL REFERENCES municipality(code),
        block_key          text NOT NULL,
        name               text NOT NULL,
        lat                double precision NOT NULL,
        lng                double precision NOT NULL,
        pop_75plus         double precision CHECK (pop_75plus >= 0),
        care3plus          double precision CHECK (care3plus >= 0),
        dataset_version_id uuid NOT NULL REFERENCES dataset_version(id),
        UNIQUE (municipality_code, block_key)
      )`);
    await q.query(`
      CREATE TABLE resource (
        id                 bigserial PRIMARY KEY,
        category           text NOT NULL CHECK (category ~ '^[a-z][a-z0-9_]*$'),
        name               text,
        lat                double precision NOT NULL,
        lng                double precision NOT NULL,
        source_ref         text,
        dataset_version_id uuid NOT NULL REFERENCES dataset_version(id)
      )`);
    await q.query(`
      CREATE TABLE classification_run (
        id               uuid PRIMARY KEY,
        policy_id        text NOT NULL,
        policy           jsonb NOT NULL,
        unit_level       text NOT NULL CHECK (unit_level IN ('city', 'ward')),
        dataset_versions uuid[] NOT NULL,
        distance_model   text NOT NULL,
        started_at       timestamptz NOT NULL,
        finished_at      timestamptz NOT NULL,
        summary          jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE municipality_classification (
        run_id              uuid NOT NULL REFERENCES classification_run(id),
        municipality_code   char(5) NOT NULL,
        tier                text NOT NULL,
        segment             char(1) NOT NULL CHECK (segment IN ('A', 'B', 'C')),
        density_per_km2     double precision NOT NULL,
        at_home_elderly     double precision NOT NULL,
        covered_elderly     double precision NOT NULL,
        sufficiency         double precision,
        estimated           boolean NOT NULL,
        explanation         jsonb NOT NULL,
        PRIMARY KEY (run_id, municipality_code)
      )`);
    await q.query(`
      CREATE TABLE area_segment_state (
        municipality_code  char(5) PRIMARY KEY,
        segment            char(1) NOT NULL,
        run_id             uuid NOT NULL,
        version            integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['area_segment_state', 'municipality_classification', 'classification_run', 'resource', 'town_block', 'municipality', 'dataset_version']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
