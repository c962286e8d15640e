// Turns the shared raw data set (../shared/data, see its README) into the files `npm start` ships
// and imports on first start: data/japan/*.gz (gzip, read with node:zlib) and data/japan/manifest.json.
//
//   node tools/ops/prepare-japan-data.mjs [../shared/data]
//
// The region service's strict imports refuse a file with any bad row, and the raw files have a
// few known quirks (shared/data/README.md, "Known quirks"). Until the lenient import mode and the
// municipality code-change table land in apps/region/src/imports, this tool does the cleaning,
// and says exactly what it did (printed, and written into manifest.json under `cleaning`):
//
// municipalities (municipality_master.csv, 1,925 rows → 1,912):
//   - drops the 6 北方領土 villages 01695–01700 (no census population, no area);
//   - drops 浜松市's 7 pre-2024 wards 22131–22137 (no census row; the 2024 wards 22138–22140 replace them);
//   - fills the missing prefecture name 静岡県 of 22138–22140;
//   - 双葉町 07546 (census population 0, no official area): area from the N03 polygon (area_km2_n03_polygon_approx).
//   The classification then has 1,741 units at the default level (1,698 municipalities, 23 Tokyo
//   special wards, 20 designated cities; or their 171 wards with --wards).
// town blocks (town-blocks/01..47.csv, 277,676 rows → one file):
//   - drops the rows without coordinates (469);
//   - retagged codes, by the region service's code-change table: the 5 blocks of 古宇郡泊村 tagged
//     01696 → 01403, and 浜松市's pre-2024 wards → the 2024 wards (北区's 三方原 district → 中央区,
//     the rest → 浜名区; a boundary polygon of 北区 goes whole to 浜名区);
//   - drops a block whose (municipality, town_name/koaza) repeats an earlier one after retagging.
// shops (osm-convenience-2013.geojson): unchanged points, `category: "convenience"` added, compact JSON.
// boundaries (N03-21_PP_210101.json ×47 → one FeatureCollection): 北方領土 features dropped,
//   浜松市's pre-2024 wards retagged as above (the import merges features of one code).
//
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const src = process.argv[2] ?? join(root, '../shared/data');
const out = join(root, 'data/japan');

/**
 * Codes that no longer exist (or were mis-tagged) → the code their blocks belong to: read from the
 * region service's code-change table (apps/region/data/municipality-code-changes.csv, with its
 * sources), the same table its imports apply, so there is one list of code changes. A row with
 * `towns` applies to those towns only (浜松市北区's 三方原 district → 中央区); the row without
 * applies to the rest of the code.
 */
const CODE_CHANGES = parseCsv(readFileSync(join(root, 'apps/region/data/municipality-code-changes.csv'), 'utf8').replace(/^\uFEFF/, ''))
  .filter((r) => r.length > 1)
  .slice(1)
  .map(([retired, , towns, current]) => ({ retired, towns: towns ? new Set(towns.split('|')) : null, current }));
const RETIRED_CODES = new Set(CODE_CHANGES.map((c) => c.retired));
/** The current code for a block (by its town name) or a whole area (town null) tagged `code`. */
function currentCode(code, town) {
  const rules = CODE_CHANGES.filter((c) => c.retired === code);
  return (rules.find((c) => c.towns && town !== null && c.towns.has(town)) ?? rules.find((c) => !c.towns))?.current;
}
const NORTHERN_TERRITORIES = new Set(['01695', '01696', '01697', '01698', '01699', '01700']);

/** RFC 4180 CSV → rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}
const csvField = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvLine = (fields) => fields.map(csvField).join(',');

const cleaning = {};
const files = {};
function write(name, text) {
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  writeFileSync(join(out, name), gz);
  files[name] = { bytes: gz.length, sha256: createHash('sha256').update(gz).digest('hex') };
}
mkdirSync(out, { recursive: true });

// ---- municipalities
{
  const [header, ...rows] = parseCsv(readFileSync(join(src, 'municipalities/municipality_master.csv'), 'utf8').replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
  const at = (n) => header.indexOf(n);
  const kept = [];
  const dropped = [];
  const filled = [];
  for (const r of rows) {
    const code = r[at('jis_code5')];
    if (NORTHERN_TERRITORIES.has(code) || RETIRED_CODES.has(code)) {
      dropped.push(`${code} ${r[at('name')]}`);
      continue;
    }
    if (!r[at('pref_name')] && code.startsWith('22')) {
      r[at('pref_name')] = '静岡県';
      filled.push(`${code} pref_name=静岡県`);
    }
    if (!r[at('area_km2_from_census_density')] && r[at('area_km2_n03_polygon_approx')]) {
      r[at('area_km2_from_census_density')] = r[at('area_km2_n03_polygon_approx')];
      filled.push(`${code} ${r[at('name')]} area_km2=${r[at('area_km2_n03_polygon_approx')]} (N03 polygon)`);
    }
    if (!r[at('census2020_pop')] || !r[at('area_km2_from_census_density')]) throw new Error(`row ${code} still lacks census figures`);
    kept.push(r);
  }
  write('municipalities.csv.gz', [header, ...kept].map(csvLine).join('\n') + '\n');
  cleaning.municipalities = { rowsIn: rows.length, rowsOut: kept.length, dropped, filled };
}

// ---- town blocks
{
  let header = null;
  const lines = [];
  const seen = new Set();
  const noCoordinates = [];
  const retagged = {};
  const duplicates = [];
  let rowsIn = 0;
  for (const f of readdirSync(join(src, 'town-blocks')).filter((n) => /^\d\d\.csv$/.test(n)).sort()) {
    const [h, ...rows] = parseCsv(readFileSync(join(src, 'town-blocks', f), 'utf8').replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
    header ??= h;
    if (h.join(',') !== header.join(',')) throw new Error(`${f}: different header`);
    const at = (n) => header.indexOf(n);
    for (const r of rows) {
      rowsIn++;
      if (!r[at('lat')].trim() || !r[at('lng')].trim()) {
        noCoordinates.push(`${f}: ${r[at('city_code')]} ${r[at('town_name')]}${r[at('koaza')]}`);
        continue;
      }
      const code = r[at('city_code')];
      const to = currentCode(code, r[at('town_name')]);
      if (to) {
        retagged[`${code}→${to}`] = (retagged[`${code}→${to}`] ?? 0) + 1;
        r[at('city_code')] = to;
      }
      const key = `${r[at('city_code')]}|${r[at('town_name')]}/${r[at('koaza')]}`;
      if (seen.has(key)) {
        duplicates.push(`${f}: ${r[at('city_code')]} ${r[at('town_name')]}${r[at('koaza')]} (from ${code})`);
        continue;
      }
      seen.add(key);
      lines.push(csvLine(r));
    }
  }
  write('town-blocks.csv.gz', [csvLine(header), ...lines].join('\n') + '\n');
  cleaning.townBlocks = { rowsIn, rowsOut: lines.length, droppedWithoutCoordinates: noCoordinates.length, retagged, droppedDuplicatesAfterRetagging: duplicates };
}

// ---- shops
{
  const geo = JSON.parse(readFileSync(join(src, 'shops/osm-convenience-2013.geojson'), 'utf8'));
  const features = geo.features.map((f) => ({ type: 'Feature', properties: { name: f.properties?.name ?? null, category: 'convenience' }, geometry: f.geometry }));
  write('shops.geojson.gz', JSON.stringify({ type: 'FeatureCollection', features }));
  cleaning.shops = { rowsIn: geo.features.length, rowsOut: features.length, added: 'category=convenience' };
}

// ---- boundaries
{
  const features = [];
  const dropped = [];
  const retagged = [];
  for (const f of readdirSync(join(src, 'boundaries')).filter((n) => /^N03-21_\d\d_210101\.json$/.test(n)).sort()) {
    for (const feature of JSON.parse(readFileSync(join(src, 'boundaries', f), 'utf8')).features) {
      const code = feature.properties?.N03_007;
      if (NORTHERN_TERRITORIES.has(code)) {
        dropped.push(`${code} ${feature.properties.N03_004}`);
        continue;
      }
      const to = currentCode(code, null);
      if (to) {
        retagged.push(`${code}→${to}`);
        feature.properties = { ...feature.properties, N03_004: null, N03_007: to };
      }
      features.push(feature);
    }
  }
  write('boundaries.geojson.gz', JSON.stringify({ type: 'FeatureCollection', features }));
  cleaning.boundaries = { featuresOut: features.length, dropped, retagged };
}

const version = createHash('sha256')
  .update(Object.entries(files).map(([n, f]) => `${n}:${f.sha256}`).join('\n'))
  .digest('hex')
  .slice(0, 16);
writeFileSync(join(out, 'manifest.json'), JSON.stringify({ version, source: 'shared/data (see README.md)', files, cleaning }, null, 2) + '\n');
console.log(JSON.stringify({ version, files, cleaning: { ...cleaning, townBlocks: { ...cleaning.townBlocks } } }, null, 2));
