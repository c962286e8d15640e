/** A CSV record with the 1-based line it started on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; problem: 'unterminated_quote' | 'quote_in_unquoted_field' };

/**
 * RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes; a leading
 * byte-order mark is ignored; blank lines are skipped. A quote that is never closed, or a quote
 * inside an unquoted field, is an error naming its line.
 */
export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endField = () => {
    fields.push(field);
    field = '';
    quoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field !== '' || quoted) return { ok: false, line, problem: 'quote_in_unquoted_field' };
      inQuotes = true;
      quoted = true;
      quoteLine = line;
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
      fields = [];
      line++;
      recordLine = line;
    } else {
      if (quoted) return { ok: false, line, problem: 'quote_in_unquoted_field' };
      field += c;
    }
  }
  if (inQuotes) return { ok: false, line: quoteLine, problem: 'unterminated_quote' };
  if (field !== '' || fields.length || quoted) {
    endField();
    records.push({ line: recordLine, fields });
  }
  return { ok: true, records };
}

const needsQuotes = /[",\r\n]|^\s|\s$/;

/** RFC 4180 CSV text (CRLF line ends; fields quoted only when they must be). */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((r) => r.map((f) => (needsQuotes.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')).join('\r\n') + '\r\n';
}
