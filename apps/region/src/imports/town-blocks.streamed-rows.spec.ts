import { readTownBlocks, TownBlockRow } from './town-blocks.parser';

const header = 'pref_code,pref_name,city_code,city_name,town_name,koaza,lat,lng';

describe('town blocks read into a sink (the streamed import)', () => {
  it('town-blocks.a-sink-takes-each-valid-row-with-its-coordinates-as-text-and-rows-stay-empty', () => {
    const got: [TownBlockRow, string, string][] = [];
    const r = readTownBlocks(
      'blocks.csv',
      Buffer.from(
        [
          header,
          '37,香川県,37201,高松市,番町一丁目,,34.345000,134.046',
          '37,香川県,37201,高松市,番町二丁目,,abc,134.0',
          // Full-width digits and a padded value: read as numbers, written as String(n).
          '37,香川県,37201,高松市,番町三丁目,,３４．３４７, 134.05 ',
        ].join('\n'),
      ),
      { known: new Set(['37201']) },
      (row, lat, lng) => got.push([row, lat, lng]),
    );
    expect(r.rows).toEqual([]);
    expect(r).toMatchObject({ rowsRead: 3, imported: 2 });
    expect(r.skipped.map((i) => [i.line, i.code])).toEqual([[3, 'invalid_number']]);
    expect(got.map(([row, lat, lng]) => [row.line, row.blockKey, row.lat, lat, row.lng, lng])).toEqual([
      [2, '番町一丁目', 34.345, '34.345000', 134.046, '134.046'],
      [4, '番町三丁目', 34.347, '34.347', 134.05, '134.05'],
    ]);
    // The text PostgreSQL reads is the very number the parser checked.
    for (const [row, lat, lng] of got) expect([Number(lat), Number(lng)]).toEqual([row.lat, row.lng]);
  });
});
