import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ClassificationInput,
  ClassificationLevel,
  MunicipalityInput,
  ResourceInput,
  TownBlockInput,
  UnitType,
} from '@sanpuku/region-domain';
import { parseCsv } from '../../apps/region/src/imports/csv.parser';

function records(text: string): Array<Record<string, string>> {
  // The region service's own CSV reader: one RFC 4180 parser for the service and its benchmarks.
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, '')).map((r) => r.fields);
  return rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const num = (v: string | undefined): number | null => (v === undefined || v.trim() === '' ? null : Number(v));

/**
 * shared/data/municipalities/municipality_master.csv → units. Population: 2020 census, else the
 * 2022 resident register (Hamamatsu's pre-2024 wards have no census row). Area: the official
 * area (census population ÷ density), else the N03 polygon area. 75+: resident register 2022
 * (else 2021). care3+: not in the file, so the policy ratio applies (results say "estimated").
 */
export function loadMunicipalities(file: string): MunicipalityInput[] {
  return records(readFileSync(file, 'utf8')).map((r) => ({
    code: r.jis_code5,
    name: r.name,
    unitType: r.unit_type as UnitType,
    parentCode: r.parent_code5 || null,
    population: num(r.census2020_pop) ?? num(r.jumin2022_pop) ?? 0,
    areaKm2: num(r.area_km2_from_census_density) ?? num(r.area_km2_n03_polygon_approx) ?? NaN,
    pop75Plus: num(r.jumin2022_pop_75plus) ?? num(r.jumin2021_pop_75plus),
    care3Plus: null,
  }));
}

/** shared/data/town-blocks/*.csv (pref_code,pref_name,city_code,city_name,town_name,koaza,lat,lng). */
export function loadTownBlocks(dir: string): TownBlockInput[] {
  const blocks: TownBlockInput[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const rows = records(readFileSync(join(dir, file), 'utf8'));
    rows.forEach((r, i) => {
      blocks.push({
        id: `${file.replace('.csv', '')}:${i + 1}`,
        municipalityCode: r.city_code,
        name: r.koaza ? `${r.town_name} ${r.koaza}` : r.town_name,
        lat: num(r.lat) ?? NaN,
        lng: num(r.lng) ?? NaN,
      });
    });
  }
  return blocks;
}

/** A GeoJSON FeatureCollection of shop points; every shop gets `category`. */
export function loadShops(file: string, category = 'convenience'): ResourceInput[] {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as {
    features: Array<{ properties?: { name?: string }; geometry: { coordinates: [number, number] } }>;
  };
  return fc.features.map((f, i) => ({
    id: `osm-${i}`,
    category,
    lng: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
    name: f.properties?.name ?? null,
  }));
}

export function loadRealInput(paths: {
  blocks: string;
  shops: string;
  municipalities: string;
  level: ClassificationLevel;
}): ClassificationInput {
  return {
    municipalities: loadMunicipalities(paths.municipalities),
    blocks: loadTownBlocks(paths.blocks),
    resources: loadShops(paths.shops),
    level: paths.level,
  };
}
