import iconv from 'iconv-lite';
import { decide } from './import-report';
import { ImportIssue, ImportRejected } from './import.errors';
import { readMunicipalities } from './municipalities.parser';
import { readTownBlocks } from './town-blocks.parser';

const BLOCKS_HEADER = 'pref_code,pref_name,city_code,city_name,town_name,koaza,lat,lng';
const MASTER_HEADER = 'jis_code5,lg_code6,pref_name,name,unit_type,parent_code5,census2020_pop,area_km2_from_census_density';

function refusal(run: () => unknown): ImportIssue[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportRejected);
    return (e as ImportRejected).issues;
  }
  throw new Error('expected the import to be refused');
}

const blocks = (text: string | Buffer, lenient: boolean) => () =>
  decide([readTownBlocks('b.csv', typeof text === 'string' ? Buffer.from(text) : text, { known: new Set(['37201']) })], lenient);
const municipalities = (text: string, lenient: boolean) => () => decide([readMunicipalities('m.csv', Buffer.from(text))], lenient);

describe('files an import refuses in either mode', () => {
  it.each([false, true])('imports.header-only-town-block-file-is-refused-not-a-0-row-dataset (lenient %s)', (lenient) => {
    expect(refusal(blocks(`${BLOCKS_HEADER}\n`, lenient)).map((i) => [i.line, i.code])).toEqual([[1, 'empty_file']]);
  });

  it.each([false, true])('imports.header-only-municipality-file-is-refused (lenient %s)', (lenient) => {
    expect(refusal(municipalities(`${MASTER_HEADER}\r\n`, lenient)).map((i) => [i.line, i.code])).toEqual([[1, 'empty_file']]);
  });

  it('imports.lenient-file-with-no-valid-row-is-refused-naming-the-file-and-every-row', () => {
    const issues = refusal(blocks(`${BLOCKS_HEADER}\n37,香川県,37201,高松市,番町一丁目,,,\n37,香川県,37201,高松市,番町二丁目,,abc,134.0`, true));
    expect(issues[0]).toMatchObject({ file: 'b.csv', line: 0, code: 'no_valid_row', messageJa: 'データ行2行のうち取り込める行がありません' });
    expect(issues.slice(1).map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'lat', 'invalid_value'],
      [2, 'lng', 'invalid_value'],
      [3, 'lat', 'invalid_number'],
    ]);
  });

  it('imports.utf8-file-cut-inside-a-multi-byte-character-names-the-line', () => {
    const whole = Buffer.from(`${BLOCKS_HEADER}\n37,香川県,37201,高松市,番町一丁目,,34.345,134.046\n37,香川県,37201,高松市,番町二丁目`);
    const cut = whole.subarray(0, whole.length - 1); // 目 is 3 bytes in UTF-8: 2 remain
    const [issue] = refusal(blocks(cut, true));
    expect(issue).toMatchObject({ file: 'b.csv', line: 3, code: 'wrong_encoding' });
    expect(issue.messageEn).toContain('ends in the middle of a multi-byte UTF-8 character on line 3');
    expect(issue.messageJa).toContain('3行目で文字の途中でファイルが終わっています');
  });

  it('imports.shift-jis-file-cut-inside-a-double-byte-character-names-the-line', () => {
    const whole = iconv.encode(`${BLOCKS_HEADER}\r\n37,香川県,37201,高松市,番町一丁目,,34.345,134.046\r\n37,香川県,37201,高松市,番町二丁目`, 'cp932');
    const cut = whole.subarray(0, whole.length - 1); // 目 is 2 bytes in Shift_JIS: its lead byte remains
    const [issue] = refusal(blocks(cut, true));
    expect(issue).toMatchObject({ line: 3, code: 'wrong_encoding' });
    expect(issue.messageEn).toContain('ends in the middle of a Shift_JIS character on line 3');
  });
});
