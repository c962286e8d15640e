import iconv from 'iconv-lite';
import { parseTownBlocks } from './town-blocks.parser';

// Two real rows in the official MLIT 位置参照情報 大字・町丁目レベル layout (Shift_JIS, 10 columns, quoted).
const MLIT = [
  '"都道府県コード","都道府県名","市区町村コード","市区町村名","大字町丁目コード","大字町丁目名","緯度","経度","原典資料コード","大字・字・丁目区分コード"',
  '"37","香川県","37201","高松市","372010001001","番町一丁目","34.345","134.046","1","3"',
  '"37","香川県","37201","高松市","372010001002","番町二丁目","34.3437","134.0434","1","3"',
].join('\r\n');

describe('town blocks in the official MLIT layout (Shift_JIS)', () => {
  it('decodes Shift_JIS, keys blocks by their 12-digit code and joins municipalities by code', () => {
    const r = parseTownBlocks('37000-19.0a.csv', iconv.encode(MLIT, 'cp932'), new Set(['37201']));
    expect(r.format).toBe('mlit-oaza-chome');
    expect(r.encoding).toBe('shift_jis');
    expect(r.rows).toEqual([
      { line: 2, municipalityCode: '37201', blockKey: '372010001001', name: '番町一丁目', lat: 34.345, lng: 134.046, pop75plus: null, care3plus: null },
      { line: 3, municipalityCode: '37201', blockKey: '372010001002', name: '番町二丁目', lat: 34.3437, lng: 134.0434, pop75plus: null, care3plus: null },
    ]);
  });

  it('reads the same file without its header row', () => {
    const headerless = MLIT.split('\r\n').slice(1).join('\r\n');
    expect(parseTownBlocks('x.csv', iconv.encode(headerless, 'cp932'), new Set(['37201'])).rows).toHaveLength(2);
  });

  it('rejects bytes that are neither UTF-8 nor Shift_JIS', () => {
    expect(() => parseTownBlocks('x.csv', Buffer.from([0x22, 0xff, 0xfe, 0x81, 0x22, 0x0a]), new Set())).toThrow(/nothing was imported/);
    try {
      parseTownBlocks('x.csv', Buffer.from([0x22, 0xff, 0xfe, 0x81, 0x22, 0x0a]), new Set());
    } catch (e) {
      expect((e as { issues: { code: string; line: number }[] }).issues).toEqual([expect.objectContaining({ code: 'wrong_encoding', line: 1 })]);
    }
  });
});
