import { ImportIssue, ImportRejected } from './import.errors';
import { parseTownBlocks } from './town-blocks.parser';

const header = 'pref_code,pref_name,city_code,city_name,town_name,koaza,lat,lng';

function issuesOf(csv: string, known = ['37201']): ImportIssue[] {
  try {
    parseTownBlocks('blocks.csv', Buffer.from(csv), new Set(known));
  } catch (e) {
    expect(e).toBeInstanceOf(ImportRejected);
    return (e as ImportRejected).issues;
  }
  throw new Error('expected the file to be rejected');
}

describe('a bad town-block file', () => {
  it('names file, line, column and reason for every problem', () => {
    const issues = issuesOf(
      [
        header,
        '37,香川県,37201,高松市,番町一丁目,,34.345,134.046',
        '37,香川県,99999,架空市,どこか,,34.3,134.0',
        '37,香川県,37201,高松市,沖の町,,10.0,134.0',
        '37,香川県,37201,高松市,番町一丁目,,34.345,134.046',
        '37,香川県,37201,高松市,番町二丁目,,abc,134.0',
        '37,香川県,37201,高松市',
      ].join('\n'),
    );
    expect(issues.map((i) => [i.file, i.line, i.column, i.code])).toEqual([
      ['blocks.csv', 3, 'city_code', 'invalid_code'],
      ['blocks.csv', 4, 'lat,lng', 'outside_japan'],
      ['blocks.csv', 5, 'town_name', 'duplicate_key'],
      ['blocks.csv', 6, 'lat', 'invalid_number'],
      ['blocks.csv', 7, null, 'wrong_column_count'],
    ]);
    expect(issues[2].messageEn).toBe('番町一丁目 of 高松市 already appears on line 2');
    expect(issues[2].messageJa).toBe('高松市の番町一丁目は2行目と重複しています');
    expect(issues[2].value).toBe('番町一丁目');
  });

  it('rejects a valid code of a municipality that was never imported (codes, not names, are the join key)', () => {
    const issues = issuesOf(`${header}\n37,香川県,37202,丸亀市,大手町一丁目,,34.29,133.80`, ['37201']);
    expect(issues).toEqual([expect.objectContaining({ line: 2, column: 'city_code', code: 'unknown_municipality', value: '37202' })]);
  });

  it('import.messages-name-the-municipality-in-words-and-keep-the-code-in-value', () => {
    const [issue] = issuesOf(`${header}\n37,香川県,37202,丸亀市,大手町一丁目,,34.29,133.80`, ['37201']);
    expect(issue.messageJa).toBe('丸亀市が未登録です（先に市区町村を取り込んでください）');
    expect(issue.messageEn).toBe('丸亀市 is not imported yet (import municipalities first)');
    for (const m of [issue.messageJa, issue.messageEn]) expect(m).not.toMatch(/\d{5}/);
    expect(issue.value).toBe('37202');
  });

  it('reads real UTF-8 rows with per-block counts when present, full-width digits included', () => {
    const r = parseTownBlocks('b.csv', Buffer.from(`${header},pop_75plus,care3plus\n37,香川県,３７２０１,高松市,番町一丁目,,34.345,134.046,１２０,１５`), new Set(['37201']));
    expect(r.rows[0]).toMatchObject({ municipalityCode: '37201', pop75plus: 120, care3plus: 15, blockKey: '番町一丁目' });
  });
});
