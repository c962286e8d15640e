/** A CSV record with the 1-based line it started on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, newlines inside quotes), one record at
 * a time: a caller that keeps no record lets each die young (a nationwide file has 277,000 of
 * them). An unquoted field is one slice of the text, not a string built a character at a time.
 * A `"` opens a quoted section only at the start of a field (elsewhere it is a character of the
 * field); text after a closing quote belongs to the same field. Blank lines are skipped.
 */
export function forEachCsvRecord(text: string, onRecord: (line: number, fields: string[]) => void): void {
  const n = text.length;
  let line = 1;
  let i = 0;
  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    // One field per turn; `i` is at its first character.
    for (;;) {
      let field: string;
      if (text.charCodeAt(i) !== 0x22) {
        const start = i;
        let c = 0;
        while (i < n && (c = text.charCodeAt(i)) !== 0x2c && c !== 0x0a && c !== 0x0d) i++;
        field = text.slice(start, i);
      } else {
        // Quoted: built piece by piece (doubled quotes, newlines inside); rare in these files.
        field = '';
        let inQuotes = true;
        i++;
        for (; i < n; i++) {
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
          } else if (c === ',' || c === '\n' || c === '\r') break;
          else if (c === '"' && field === '') inQuotes = true;
          else field += c;
        }
      }
      fields.push(field);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      i++;
      if (c === 0x2c) {
        if (i >= n) {
          fields.push('');
          break;
        }
        continue;
      }
      if (c === 0x0d && text.charCodeAt(i) === 0x0a) i++;
      line++;
      break;
    }
    if (!(fields.length === 1 && fields[0] === '')) onRecord(recordLine, fields);
  }
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, newlines inside quotes), every record. */
export function parseCsv(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  forEachCsvRecord(text, (line, fields) => out.push({ line, fields }));
  return out;
}
