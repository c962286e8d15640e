import { forEachCsvRecord, parseCsv } from './csv.parser';

/** Records as `[line, fields]`, read one at a time. */
const records = (text: string) => {
  const out: [number, string[]][] = [];
  forEachCsvRecord(text, (line, fields) => out.push([line, fields]));
  return out;
};

describe('CSV read one record at a time (unquoted fields are slices of the text)', () => {
  it('csv.plain-fields-lines-and-endings', () => {
    expect(records('a,b\r\nc,,d\n\n\re,f')).toEqual([
      [1, ['a', 'b']],
      [2, ['c', '', 'd']],
      [5, ['e', 'f']],
    ]);
    expect(records('a,\nb,')).toEqual([
      [1, ['a', '']],
      [2, ['b', '']],
    ]);
    expect(records('')).toEqual([]);
    expect(records('\n\n')).toEqual([]);
  });

  it('csv.quoted-fields-keep-commas-newlines-and-doubled-quotes-and-count-lines-inside-them', () => {
    expect(records('"a,b","say ""hi""","two\nlines"\nnext,"x"y\n')).toEqual([
      [1, ['a,b', 'say "hi"', 'two\nlines']],
      [3, ['next', 'xy']],
    ]);
    // A quote inside an unquoted field is a character of it; an empty quoted field is empty.
    expect(records('ab"c,"",""""\n')).toEqual([[1, ['ab"c', '', '"']]]);
    // A quoted field that never closes runs to the end of the text.
    expect(records('a,"b\nc')).toEqual([[1, ['a', 'b\nc']]]);
  });

  it('csv.parse-csv-gives-the-same-records-as-objects', () => {
    const text = '都道府県,市区町村\n"香川県","高松市"\r\n香川県,丸亀市';
    expect(parseCsv(text)).toEqual(records(text).map(([line, fields]) => ({ line, fields })));
  });
});
