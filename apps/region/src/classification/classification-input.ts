import { endianness } from 'node:os';
import { DataSource, EntityManager } from 'typeorm';
import { ClassificationInput, ClassificationLevel, TownBlockInput, UnitType } from '@sanpuku/region-domain';

/** A town block's figure that is absent (NULL): the columns are CHECKed ≥ 0, so −1 is never a figure. */
const ABSENT = -1;

/** A float8send column (big-endian) as numbers: one copy and one byte swap instead of a read per value. */
function float64s(column: Buffer): Float64Array {
  const values = new Float64Array(column.length / 8);
  const bytes = Buffer.from(values.buffer);
  column.copy(bytes);
  if (endianness() === 'LE') bytes.swap64();
  return values;
}

/**
 * Every town block, in id order, as the classifier takes them. 277,205 rows for all of Japan:
 * read as rows, the driver parsed ~2 million fields one by one (most of the time reading the
 * input took). Here the server packs each column into one value — the numbers as float8/int8
 * binary, the texts as one json array — and the client cuts them apart.
 */
async function townBlocks(m: EntityManager | DataSource): Promise<TownBlockInput[]> {
  // The aggregates read an ordered subquery (they keep its order when the plan is not parallel,
  // which json_agg's aggregation never is); the ids come along and are checked below, so an
  // order the server did not keep is sorted here rather than read wrong.
  const [c]: { n: number; id: Buffer | null; lat: Buffer; lng: Buffer; pop: Buffer; care: Buffer; code: string[]; name: string[] }[] = await m.query(
    `SELECT count(*)::int AS n, string_agg(int8send(id), ''::bytea) AS id, string_agg(float8send(lat), ''::bytea) AS lat, string_agg(float8send(lng), ''::bytea) AS lng,
            string_agg(float8send(COALESCE(pop_75plus, ${ABSENT})), ''::bytea) AS pop, string_agg(float8send(COALESCE(care3plus, ${ABSENT})), ''::bytea) AS care,
            json_agg(municipality_code) AS code, json_agg(name) AS name
       FROM (SELECT id, municipality_code, name, lat, lng, pop_75plus, care3plus FROM town_block ORDER BY id) b`,
  );
  if (!c.n || !c.id) return [];
  const [lat, lng, pop, care] = [c.lat, c.lng, c.pop, c.care].map(float64s);
  const figure = (column: Float64Array, i: number) => (column[i] === ABSENT ? null : column[i]);
  // Ids are bigserial: far below 2^53, so a double holds them exactly.
  const ids = new Float64Array(c.n);
  let sorted = true;
  for (let i = 0; i < c.n; i++) {
    ids[i] = c.id.readUInt32BE(i * 8) * 2 ** 32 + c.id.readUInt32BE(i * 8 + 4);
    if (i > 0 && ids[i] <= ids[i - 1]) sorted = false;
  }
  const rows = Array.from({ length: c.n }, (_, i) => i);
  if (!sorted) rows.sort((a, b) => ids[a] - ids[b]);
  const blocks: TownBlockInput[] = rows.map((i) => ({
    id: String(ids[i]),
    municipalityCode: c.code[i],
    name: c.name[i],
    lat: lat[i],
    lng: lng[i],
    pop75Plus: figure(pop, i),
    care3Plus: figure(care, i),
  }));
  return blocks;
}

/** The current datasets as the classifier's input, and the dataset versions they come from. */
export async function loadClassificationInput(
  m: EntityManager | DataSource,
  level: ClassificationLevel,
): Promise<{ input: ClassificationInput; datasetVersions: string[] }> {
  const municipalities = await m.query(`SELECT code, name, unit_type, parent_code, population, area_km2, pop_75plus, care3plus FROM municipality ORDER BY code`);
  const blocks = await townBlocks(m);
  const resources = await m.query(`SELECT id, category, name, lat, lng FROM resource ORDER BY id`);
  const versions: { id: string }[] = await m.query(
    `SELECT dataset_version_id AS id FROM municipality UNION SELECT dataset_version_id FROM town_block UNION SELECT dataset_version_id FROM resource`,
  );
  return {
    datasetVersions: versions.map((v) => v.id).sort(),
    input: {
      level,
      municipalities: municipalities.map((r: Record<string, any>) => ({
        code: r.code,
        name: r.name,
        unitType: r.unit_type as UnitType,
        parentCode: r.parent_code,
        population: r.population,
        areaKm2: r.area_km2,
        pop75Plus: r.pop_75plus,
        care3Plus: r.care3plus,
      })),
      blocks,
      resources: resources.map((r: Record<string, any>) => ({ id: String(r.id), category: r.category, name: r.name, lat: r.lat, lng: r.lng })),
    },
  };
}
