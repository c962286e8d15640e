import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decide, reportCsv } from './import-report';
import { ImportRejected } from './import.errors';
import { readMunicipalities } from './municipalities.parser';
import { readTownBlocks } from './town-blocks.parser';

const fixture = (f: string) => readFileSync(join(__dirname, 'fixtures', f));
const master = () => readMunicipalities('municipality_master.csv', fixture('municipality_master.csv'));

describe('a lenient import of the raw municipality master', () => {
  it('imports.lenient-raw-master-imports-with-the-named-rows-skipped-and-their-reasons', () => {
    const { rows, report } = decide([master()], true);
    expect(report).toMatchObject({ lenient: true, rowsRead: 1925, skipped: 7, imported: 1911 });
    expect(rows).toHaveLength(1911);
    // The six 北方領土 villages (no census population, no area) and 双葉町 (no area), each at its line and column.
    const skipped = report.skippedRows.map((i) => [i.line, i.column, i.code]);
    expect(skipped).toEqual([
      ...[191, 192, 193, 194, 195, 196].flatMap((line) => [
        [line, 'census2020_pop', 'invalid_value'],
        [line, 'area_km2_from_census_density', 'invalid_value'],
      ]),
      [424, 'area_km2_from_census_density', 'invalid_value'],
    ]);
    expect(report.skippedByReason).toEqual([{ code: 'invalid_value', rows: 7 }]);
    const codes = new Set(rows.map((r) => r.code));
    for (const c of ['01695', '01696', '01697', '01698', '01699', '01700', '07546']) expect(codes.has(c)).toBe(false);
  });

  it('imports.lenient-raw-master-leaves-out-hamamatsu-old-wards-and-reads-the-new-wards-prefecture-from-the-code', () => {
    const { rows, report } = decide([master()], true);
    expect(report.notes.map((n) => [n.line, n.code, n.fromCode, n.toCode])).toEqual([
      [1029, 'retired_unit_left_out', '22131', '22138'],
      [1030, 'retired_unit_left_out', '22132', '22138'],
      [1031, 'retired_unit_left_out', '22133', '22138'],
      [1032, 'retired_unit_left_out', '22134', '22138'],
      [1033, 'retired_unit_left_out', '22135', '22138'],
      [1034, 'retired_unit_left_out', '22136', '22139'],
      [1035, 'retired_unit_left_out', '22137', '22140'],
      [1036, 'prefecture_name_from_code', '22138', '22138'],
      [1037, 'prefecture_name_from_code', '22139', '22139'],
      [1038, 'prefecture_name_from_code', '22140', '22140'],
    ]);
    expect(report.notes[4].messageJa).toBe('浜松市北区は廃止された区域です（浜松市の行政区再編（北区のうち三方原地区→中央区））。取り込まず、区域は浜松市中央区・浜松市浜名区に含まれます');
    const hamamatsu = rows.filter((r) => r.parentCode === '22130');
    expect(hamamatsu.map((r) => [r.code, r.name, r.prefectureName])).toEqual([
      ['22138', '中央区', '静岡県'],
      ['22139', '浜名区', '静岡県'],
      ['22140', '天竜区', '静岡県'],
    ]);
  });

  it('imports.strict-is-still-the-default-and-refuses-the-raw-master-naming-every-problem', () => {
    try {
      decide([master()], false);
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(ImportRejected);
      expect(new Set((e as ImportRejected).issues.map((i) => i.line))).toEqual(new Set([191, 192, 193, 194, 195, 196, 424]));
    }
  });

  it('imports.report-csv-lists-every-skipped-row-and-every-note-with-file-line-column-and-reason', () => {
    const csv = reportCsv(decide([master()], true).report);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('file,line,column,kind,code,value,new_value,reason_ja,reason_en');
    expect(lines).toHaveLength(1 + 13 + 10);
    expect(lines[1]).toBe('municipality_master.csv,191,census2020_pop,skipped,invalid_value,,,値が必要です,value is required');
    expect(lines).toContain(
      'municipality_master.csv,1036,pref_name,note,prefecture_name_from_code,22138,22138,中央区: 都道府県名がないため、コードから静岡県としました,中央区: no prefecture name; 静岡県 read from the code',
    );
  });
});

describe('a lenient import of real town-block files', () => {
  const known = () => new Set(decide([master()], true).rows.map((r) => r.code));

  it('imports.lenient-town-blocks-skip-rows-without-coordinates-and-import-the-rest', () => {
    const { rows, report } = decide([readTownBlocks('22.csv', fixture('town-blocks-22.csv'), { known: known() })], true);
    expect(report.rowsRead).toBe(3688);
    expect(report.skipped).toBe(11);
    expect(report.skippedByReason).toEqual([{ code: 'invalid_value', rows: 11 }]);
    expect(rows).toHaveLength(3688 - 11);
    expect(new Set(report.skippedRows.map((i) => i.column))).toEqual(new Set(['lat', 'lng']));
    expect(report.skippedRows.every((i) => i.file === '22.csv' && i.line > 1)).toBe(true);
  });

  it('imports.strict-town-blocks-refuse-the-same-file-whole', () => {
    expect(() => decide([readTownBlocks('22.csv', fixture('town-blocks-22.csv'), { known: known() })], false)).toThrow(ImportRejected);
  });
});
