import { MigrationInterface, QueryRunner } from 'typeorm';
import { normaliseTownBlockName } from '@sanpuku/region-domain';

/**
 * `townBlocks(municipalityCode, query)`: each town block keeps the search form of its name
 * (region-domain `normaliseTownBlockName`: width, kana, kanji/arabic numerals) next to the name,
 * indexed per municipality so a search reads one municipality's blocks through the index, and a
 * prefix match (the common case while typing) is an index range scan.
 *
 * Existing rows are filled here; imports write the column from then on. If the normalisation ever
 * changes, a new migration recomputes the column the same way.
 */
export class TownBlockNameSearch1764900000000 implements MigrationInterface {
  name = 'TownBlockNameSearch1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE town_block ADD COLUMN name_search text`);
    const rows: { id: string; name: string }[] = await q.query(`SELECT id, name FROM town_block`);
    for (let i = 0; i < rows.length; i += 5000) {
      const c = rows.slice(i, i + 5000);
      await q.query(
        `UPDATE town_block t SET name_search = u.s FROM unnest($1::bigint[], $2::text[]) AS u(id, s) WHERE t.id = u.id`,
        [c.map((r) => r.id), c.map((r) => normaliseTownBlockName(r.name))],
      );
    }
    await q.query(`ALTER TABLE town_block ALTER COLUMN name_search SET NOT NULL`);
    await q.query(`CREATE INDEX town_block_name_search ON town_block (municipality_code, name_search text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX town_block_name_search`);
    await q.query(`ALTER TABLE town_block DROP COLUMN name_search`);
  }
}
