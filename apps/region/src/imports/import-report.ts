import { ImportIssue, ImportNote, reject } from './import.errors';

/** What one file of an import gave: its valid rows, every skipped row's problems, and what was changed on purpose. */
export interface FileOutcome<R> {
  file: string;
  rows: R[];
  /** Rows imported when they were streamed to the database as they were read (`rows` then stays empty); else `rows.length`. */
  imported?: number;
  /** Data rows read (the header not counted). */
  rowsRead: number;
  /** Every problem of every row that cannot be imported (a row may have several). */
  skipped: ImportIssue[];
  notes: ImportNote[];
}

export interface ImportReport {
  lenient: boolean;
  rowsRead: number;
  imported: number;
  /** Rows left out (a row with several problems counts once). */
  skipped: number;
  /** Skipped rows per reason (a row counts under its first problem). */
  skippedByReason: { code: ImportIssue['code']; rows: number }[];
  /** Every problem of every skipped row, with file, line, column and reason. */
  skippedRows: ImportIssue[];
  /** Code changes and filled-in values, line by line. */
  notes: ImportNote[];
  files: { file: string; rowsRead: number; imported: number; skipped: number }[];
}

const importedOf = (o: FileOutcome<unknown>) => o.imported ?? o.rows.length;
const rowKey = (i: { file: string; line: number }) => `${i.file}\u0000${i.line}`;

/**
 * Strict (the default): any skipped row refuses the whole import, every problem listed. Lenient:
 * the valid rows are imported and the report lists every skipped row. Either way a file with data
 * rows of which none is valid is refused (it is the wrong file, not a file with a few bad rows).
 */
export function decide<R>(outcomes: readonly FileOutcome<R>[], lenient: boolean): { rows: R[]; report: ImportReport } {
  const all = outcomes.flatMap((o) => o.skipped);
  if (!lenient && all.length) reject(all);
  const dead = outcomes.filter((o) => importedOf(o) === 0);
  if (dead.length) {
    reject([
      ...dead.map(
        (o): ImportIssue => ({
          file: o.file,
          line: 0,
          column: null,
          code: 'no_valid_row',
          messageEn: `none of the ${o.rowsRead} data rows can be imported`,
          messageJa: `データ行${o.rowsRead}行のうち取り込める行がありません`,
        }),
      ),
      ...dead.flatMap((o) => o.skipped),
    ]);
  }
  const firstReason = new Map<string, ImportIssue['code']>();
  for (const i of all) if (!firstReason.has(rowKey(i))) firstReason.set(rowKey(i), i.code);
  const byReason = new Map<ImportIssue['code'], number>();
  for (const code of firstReason.values()) byReason.set(code, (byReason.get(code) ?? 0) + 1);
  const files = outcomes.map((o) => ({ file: o.file, rowsRead: o.rowsRead, imported: importedOf(o), skipped: new Set(o.skipped.map(rowKey)).size }));
  return {
    rows: outcomes.flatMap((o) => o.rows),
    report: {
      lenient,
      rowsRead: files.reduce((s, f) => s + f.rowsRead, 0),
      imported: files.reduce((s, f) => s + f.imported, 0),
      skipped: firstReason.size,
      skippedByReason: [...byReason].map(([code, rows]) => ({ code, rows })).sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code)),
      skippedRows: all,
      notes: outcomes.flatMap((o) => o.notes),
      files,
    },
  };
}

/** A report that says nothing was skipped or changed (imports that have no lenient mode yet). */
export function plainReport(file: string, rows: number): ImportReport {
  return { lenient: false, rowsRead: rows, imported: rows, skipped: 0, skippedByReason: [], skippedRows: [], notes: [], files: [{ file, rowsRead: rows, imported: rows, skipped: 0 }] };
}

const cell = (v: string | number | null | undefined) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The report as CSV (UTF-8 with BOM so spreadsheet software opens the Japanese as such): one
 * line per skipped-row problem and per note, with file, line, column, kind, code, the value and
 * the reason in Japanese and English.
 */
export function reportCsv(r: Pick<ImportReport, 'skippedRows' | 'notes'>): string {
  const lines = [['file', 'line', 'column', 'kind', 'code', 'value', 'new_value', 'reason_ja', 'reason_en'].join(',')];
  for (const i of r.skippedRows) lines.push([i.file, i.line, i.column, 'skipped', i.code, i.value, '', i.messageJa, i.messageEn].map(cell).join(','));
  for (const n of r.notes) lines.push([n.file, n.line, n.column, 'note', n.code, n.fromCode, n.toCode, n.messageJa, n.messageEn].map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
