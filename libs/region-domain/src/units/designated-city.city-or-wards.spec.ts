import { classify, MunicipalityInput, selectClassificationUnits, TownBlockInput } from '../index';
import { block, input, municipality, shop } from '../testing/classification.fixtures';

/**
 * Like the master: 横浜市 (14100, designated_city) with two wards (14101, 14102) whose rows
 * carry the ward figures, the city row carrying their sums; plus an ordinary city (14201) and a
 * Tokyo special ward (13101). Blocks are filed under the wards.
 */
const master: MunicipalityInput[] = [
  municipality({ code: '14100', unitType: 'designated_city', population: 30_000, areaKm2: 6, pop75Plus: 3_000, care3Plus: 300 }),
  municipality({ code: '14101', unitType: 'designated_city_ward', parentCode: '14100', population: 10_000, areaKm2: 2, pop75Plus: 1_000, care3Plus: 100 }),
  municipality({ code: '14102', unitType: 'designated_city_ward', parentCode: '14100', population: 20_000, areaKm2: 4, pop75Plus: 2_000, care3Plus: 200 }),
  municipality({ code: '14201', population: 5_000, areaKm2: 50 }),
  municipality({ code: '13101', unitType: 'tokyo_special_ward', population: 60_000, areaKm2: 11.66 }),
];
const blocks: TownBlockInput[] = [
  block('w1-a', '14101', 35.44, 139.63, { pop75Plus: 600, care3Plus: 60 }),
  block('w1-b', '14101', 35.45, 139.63, { pop75Plus: 400, care3Plus: 40 }),
  block('w2-a', '14102', 35.47, 139.62, { pop75Plus: 1_500, care3Plus: 150 }),
  block('w2-b', '14102', 35.48, 139.62, { pop75Plus: 500, care3Plus: 50 }),
  block('m-a', '14201', 35.28, 139.67, { pop75Plus: 800, care3Plus: 80 }),
  block('t-a', '13101', 35.69, 139.75, { pop75Plus: 7_000, care3Plus: 700 }),
];
const shops = [shop('s1', 35.44, 139.63), shop('s2', 35.47, 139.62), shop('s3', 35.69, 139.75)];

describe('designated cities: classify the city or its wards, never both', () => {
  it('level "city": the city is one unit holding all ward blocks; wards are not units', () => {
    const run = classify(input(master, blocks, shops, 'city'));
    expect(run.level).toBe('city');
    expect(run.municipalities.map((m) => m.code)).toEqual(['14100', '14201', '13101']);
    const city = run.municipalities[0];
    expect(city).toMatchObject({ unitType: 'designated_city', blockCount: 4, coveredBlockCount: 2, population: 30_000, densityPerKm2: 5_000 });
    expect(city.atHomeElderly).toBe(2_700);
    expect(city.sufficiency).toBeCloseTo((540 + 1_350) / 2_700, 12);
  });

  it('level "wards": each ward is a unit; the city is not', () => {
    const run = classify(input(master, blocks, shops, 'wards'));
    expect(run.municipalities.map((m) => m.code)).toEqual(['14101', '14102', '14201', '13101']);
    expect(run.municipalities[0]).toMatchObject({ blockCount: 2, atHomeElderly: 900, coveredAtHomeElderly: 540, sufficiency: 0.6, segment: 'B' });
    expect(run.municipalities[1]).toMatchObject({ blockCount: 2, atHomeElderly: 1_800, coveredAtHomeElderly: 1_350, sufficiency: 0.75 });
  });

  it('no double counting: every block and every at-home elderly person is counted exactly once at either level', () => {
    for (const level of ['city', 'wards'] as const) {
      const run = classify(input(master, blocks, shops, level));
      expect(run.stats.blockCount).toBe(blocks.length);
      expect(run.municipalities.reduce((s, m) => s + m.blockCount, 0)).toBe(blocks.length);
      expect(run.municipalities.reduce((s, m) => s + m.atHomeElderly, 0)).toBe(
        blocks.reduce((s, b) => s + (b.pop75Plus! - b.care3Plus!), 0),
      );
      const codes = new Set(run.municipalities.map((m) => m.code));
      expect(codes.has('14100') && (codes.has('14101') || codes.has('14102'))).toBe(false);
    }
  });

  it('ward blocks are apportioned within the unit being classified (city figures at city level)', () => {
    const noBlockCounts = blocks.map(({ pop75Plus: _p, care3Plus: _c, ...b }) => b);
    const city = classify(input(master, noBlockCounts, shops, 'city')).municipalities[0];
    const wards = classify(input(master, noBlockCounts, shops, 'wards')).municipalities.slice(0, 2);
    expect(city.pop75Plus).toBe(3_000); // the city's own figure, split over its 4 blocks
    expect(wards.map((w) => w.pop75Plus)).toEqual([1_000, 2_000]); // each ward's figure over its 2 blocks
    expect(city.estimation.pop75Method).toBe('apportioned_equally');
  });

  it('the selection maps ward codes to the city at city level, and nothing to a replaced city at ward level', () => {
    const city = selectClassificationUnits(master, 'city');
    expect(city.unitCodeByBlockCode.get('14101')).toBe('14100');
    expect(city.unitCodeByBlockCode.get('14100')).toBe('14100');
    const wards = selectClassificationUnits(master, 'wards');
    expect(wards.unitCodeByBlockCode.get('14101')).toBe('14101');
    expect(wards.unitCodeByBlockCode.has('14100')).toBe(false);
    expect([...wards.replacedCityCodes]).toEqual(['14100']);
  });

  it('a block filed directly under a city classified by wards cannot be placed and is reported', () => {
    const run = classify(input(master, [...blocks, block('city-level', '14100', 35.46, 139.62)], shops, 'wards'));
    expect(run.stats.blockCount).toBe(blocks.length);
    expect(run.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'block_in_city_classified_by_wards', municipalityCode: '14100' }),
    );
  });

  it('a ward whose city is missing from the input is classified on its own, with a warning', () => {
    const run = classify(input(master.filter((m) => m.code !== '14100'), blocks, shops, 'city'));
    expect(run.municipalities.map((m) => m.code)).toEqual(['14101', '14102', '14201', '13101']);
    expect(run.diagnostics.filter((d) => d.code === 'ward_without_parent_city')).toHaveLength(2);
  });

  it('a designated city given without wards stays one unit at ward level', () => {
    const run = classify(input(master.filter((m) => m.unitType !== 'designated_city_ward'), [], [], 'wards'));
    expect(run.municipalities.map((m) => m.code)).toContain('14100');
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ code: 'designated_city_without_wards' }));
  });
});
