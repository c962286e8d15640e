import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Municipal boundaries (国土数値情報 行政区域 N03), owned by region so the web app can draw maps
 * without a tile server. One row per municipality code, all its features (islands) merged into one
 * MultiPolygon, stored as imported (`polygons`: GeoJSON MultiPolygon coordinates); the maps API
 * simplifies on the way out. `level`: `municipality` (incl. Tokyo's special wards), `ward` (a
 * designated city's ward, `parent_code` = its city) or `designated_city` (rolled up from its wards
 * at import). A new dataset kind `boundaries` versions each import.
 */
export class MunicipalBoundaries1765000000000 implements MigrationInterface {
  name = 'MunicipalBoundaries1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dataset_version DROP CONSTRAINT dataset_version_kind_check`);
    await q.query(`ALTER TABLE dataset_version ADD CONSTRAINT dataset_version_kind_check CHECK (kind IN ('municipalities', 'town_blocks', 'resources', 'boundaries'))`);
    await q.query(`
      CREATE TABLE municipality_boundary (
        code               char(5) PRIMARY KEY CHECK (code ~ '^[0-9]{5}$'),
        prefecture_code    char(2) NOT NULL,
        name               text NOT NULL,
        level              text NOT NULL CHECK (level IN ('municipality', 'ward', 'designated_city')),
        parent_code        char(5),
        polygons           jsonb NOT NULL,
        bbox               double precision[] NOT NULL CHECK (cardinality(bbox) = 4),
        position_count     integer NOT NULL,
        dataset_version_id uuid NOT NULL REFERENCES dataset_version(id)
      )`);
    await q.query(`CREATE INDEX municipality_boundary_prefecture ON municipality_boundary (prefecture_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE municipality_boundary`);
    await q.query(`DELETE FROM dataset_version WHERE kind = 'boundaries'`);
    await q.query(`ALTER TABLE dataset_version DROP CONSTRAINT dataset_version_kind_check`);
    await q.query(`ALTER TABLE dataset_version ADD CONSTRAINT dataset_version_kind_check CHECK (kind IN ('municipalities', 'town_blocks', 'resources'))`);
  }
}
