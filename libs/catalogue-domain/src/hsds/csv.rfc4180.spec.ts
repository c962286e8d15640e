import { parseCsv, writeCsv } from './csv';

describe('csv.rfc4180', () => {
  it('reads quoted fields, doubled quotes, newlines inside quotes, CRLF and LF, a BOM; skips blank lines', () => {
    const r = parseCsv('\uFEFFid,text\r\n1,"a, ""b""\nc"\n\n2,plain\n');
    expect(r).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['id', 'text'] },
        { line: 2, fields: ['1', 'a, "b"\nc'] },
        { line: 5, fields: ['2', 'plain'] },
      ],
    });
  });

  it('names the line of an unclosed quote and of a quote inside an unquoted field', () => {
    expect(parseCsv('id\n"open\nstill open')).toEqual({ ok: false, line: 2, problem: 'unterminated_quote' });
    expect(parseCsv('id,x\n1,ab"c\n')).toEqual({ ok: false, line: 2, problem: 'quote_in_unquoted_field' });
  });

  it('writes what it reads back unchanged (quotes only when needed)', () => {
    const rows = [['id', 'number', 'note'], ['1', '"+44 1234 234567"', 'a,b'], ['2', '', ' lead'], ['3', '改行\nあり', 'x']];
    const text = writeCsv(rows);
    expect(text.split('\r\n')[1]).toBe('1,"""+44 1234 234567""","a,b"');
    const back = parseCsv(text);
    expect(back.ok && back.records.map((r) => r.fields)).toEqual(rows);
  });
});
