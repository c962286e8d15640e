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
        // Quoted: the text up to each closing quote taken as one slice, `""` standing for `"`.
        field = '';
        let inQuotes = true;
        i++;
        while (i < n) {
          if (inQuotes) {
            const q = text.indexOf('"', i);
            const end = q < 0 ? n : q;
            for (let k = i; k < end; k++) if (text.charCodeAt(k) === 0x0a) line++;
            field += text.slice(i, end);
            if (q < 0) i = n;
            else if (text.charCodeAt(q + 1) === 0x22) {
              field += '"';
              i = q + 2;
            } else {
              inQuotes = false;
              i = q + 1;
            }
            continue;
          }
          const c = text.charCodeAt(i);
          if (c === 0x2c || c === 0x0a || c === 0x0d) break;
          // After the closing quote the field goes on; a quote reopens it only while it is still empty.
          if (c === 0x22 && field === '') inQuotes = true;
          else field += text[i];
          i++;
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
