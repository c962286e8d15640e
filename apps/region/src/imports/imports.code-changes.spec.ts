import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isKnownMunicipalityCode } from '@sanpuku/kernel';
import { codeChangeTable } from './code-changes';
import { decide } from './import-report';
import { readMunicipalities } from './municipalities.parser';
import { readTownBlocks } from './town-blocks.parser';

const fixture = (f: string) => readFileSync(join(__dirname, 'fixtures', f));
const current = () => new Set(decide([readMunicipalities('municipality_master.csv', fixture('municipality_master.csv'))], true).rows.map((r) => r.code));

describe('the code-change table (合併, 区の再編)', () => {
  it('imports.code-change-table-maps-only-to-current-codes-the-kernel-knows', () => {
    const table = codeChangeTable();
    const retired = new Set(table.changes.map((c) => c.retiredCode));
    for (const c of table.changes) {
      expect([c.retiredCode, isKnownMunicipalityCode(c.retiredCode)]).toEqual([c.retiredCode, true]);
      expect([c.currentCode, isKnownMunicipalityCode(c.currentCode), retired.has(c.currentCode)]).toEqual([c.currentCode, true, false]);
      expect(c.source.length).toBeGreaterThan(0);
    }
  });

  it('imports.hamamatsu-old-ward-blocks-land-in-the-2024-wards-with-a-report-line-each', () => {
    const { rows, report } = decide([readTownBlocks('22.csv', fixture('town-blocks-22.csv'), { known: current() })], true);
    const hamamatsu = rows.filter((r) => ['22138', '22139', '22140'].includes(r.municipalityCode));
    const count = (code: string) => hamamatsu.filter((r) => r.municipalityCode === code).length;
    // No block is left under a retired ward; the 551 blocks of the seven old wards are all in the three new ones.
    for (const old of ['22131', '22132', '22133', '22134', '22135', '22136', '22137']) expect(count(old)).toBe(0);
    expect(count('22138') + count('22139') + count('22140')).toBe(193 + 63 + 48 + 59 + 65 + 46 + 77);
    // 北区 is split: its 三方原 district goes to 中央区, the rest to 浜名区.
    const ward = (name: string) => hamamatsu.find((r) => r.name === name)?.municipalityCode;
    expect([ward('初生町'), ward('根洗町'), ward('三方原町'), ward('細江町気賀'), ward('引佐町井伊谷')]).toEqual(['22138', '22138', '22138', '22139', '22139']);
    expect(count('22140')).toBe(77);
    // Every change is a line of the report: file, line, column, from and to.
    const changed = report.notes.filter((n) => n.code === 'code_changed');
    expect(changed).toHaveLength(hamamatsu.length);
    const note = changed.find((n) => n.fromCode === '22135' && n.toCode === '22138')!;
    expect(note).toMatchObject({ file: '22.csv', column: 'city_code' });
    expect(note.messageJa).toBe('浜松市北区 → 浜松市中央区: 浜松市の行政区再編（北区のうち三方原地区→中央区）');
  });

  it('imports.a-town-split-between-two-old-wards-stays-two-blocks-in-the-merged-ward', () => {
    const { rows } = decide([readTownBlocks('22.csv', fixture('town-blocks-22.csv'), { known: current() })], true);
    const uriuchi = rows.filter((r) => r.name === '瓜内町');
    expect(uriuchi.map((r) => [r.municipalityCode, r.blockKey])).toEqual([
      ['22138', '瓜内町'],
      ['22138', '瓜内町#22134'],
    ]);
  });

  it('imports.blocks-of-furu-tomari-tagged-01696-land-in-01403-with-a-report-line-each', () => {
    const { rows, report } = decide([readTownBlocks('01-cut.csv', fixture('town-blocks-01-cut.csv'), { known: current() })], true);
    expect(rows.filter((r) => r.name.startsWith('大字')).map((r) => [r.municipalityCode, r.name])).toEqual([
      ['01403', '大字堀株村'],
      ['01403', '大字泊村'],
      ['01403', '大字盃村'],
      ['01403', '大字興志内村'],
      ['01403', '大字茅沼村'],
    ]);
    expect(report.notes.map((n) => [n.line, n.fromCode, n.toCode])).toEqual([2, 3, 4, 5, 6].map((l) => [l, '01696', '01403']));
    expect(report.notes[0].messageEn).toBe('古宇郡泊村 → 泊村: Blocks of Tomari (Furu district) carry the code of the Northern Territories\u2019 Tomari (a data error)'.replace('\u2019', "'"));
    // The three rows without coordinates are skipped; 札幌市中央区 is untouched.
    expect(report.skippedByReason).toEqual([{ code: 'invalid_value', rows: 3 }]);
    expect(rows.filter((r) => r.municipalityCode === '01101')).toHaveLength(3);
  });

  it('imports.the-northern-territories-tomari-row-of-the-master-is-not-a-retired-unit', () => {
    expect(codeChangeTable().retiring('01696', '泊村')).toEqual([]);
    expect(codeChangeTable().forBlock('01696', '泊村', '')).toBeNull();
  });
});
