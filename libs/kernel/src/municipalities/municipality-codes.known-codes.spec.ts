import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isKnownMunicipalityCode, MUNICIPALITIES, municipalityName } from './municipality-codes';

describe('the municipality codes of Japan', () => {
  it('municipalities.every-kagawa-code-in-the-project-data-is-known', () => {
    const csv = readFileSync(join(__dirname, '../../../../data/kagawa/municipalities.csv'), 'utf8').trim().split(/\r?\n/);
    const col = csv[0].split(',').indexOf('jis_code5');
    const codes = csv.slice(1).map((l) => l.split(',')[col]);
    expect(codes).toHaveLength(17);
    expect(codes.filter((c) => !isKnownMunicipalityCode(c))).toEqual([]);
    expect(municipalityName('37201')).toBe('香川県高松市');
  });

  it('municipalities.unknown-codes-are-not-known', () => {
    for (const c of ['99999', '00000', '48001', '37999']) expect([c, isKnownMunicipalityCode(c)]).toEqual([c, false]);
  });

  it('municipalities.every-prefecture-and-tokyo-wards-and-designated-city-wards', () => {
    const prefectures = new Set([...MUNICIPALITIES.keys()].map((c) => c.slice(0, 2)));
    expect(prefectures.size).toBe(47);
    expect(municipalityName('13101')).toBe('東京都千代田区');
    expect(isKnownMunicipalityCode('01100') && isKnownMunicipalityCode('01101')).toBe(true); // 札幌市 and 中央区
    expect(MUNICIPALITIES.size).toBeGreaterThan(1700);
  });
});
