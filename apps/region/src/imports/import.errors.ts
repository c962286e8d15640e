/** One problem in an input file, precise enough to fix it: file, line, column and reason. */
export interface ImportIssue {
  file: string;
  /** 1-based line of the file (the header is line 1); 0 for whole-file problems. */
  line: number;
  /** Column name (CSV header, or the JSON path for GeoJSON), or null for whole-row problems. */
  column: string | null;
  code:
    | 'wrong_encoding'
    | 'unknown_format'
    | 'missing_column'
    | 'wrong_column_count'
    | 'invalid_code'
    | 'unknown_municipality'
    | 'invalid_number'
    | 'negative_population'
    | 'invalid_area'
    | 'outside_japan'
    | 'duplicate_key'
    | 'invalid_value'
    | 'inconsistent'
    | 'empty_file'
    | 'no_valid_row';
  messageEn: string;
  messageJa: string;
  value?: string;
}

/**
 * Something the import changed or filled in on purpose, reported line by line (never silently):
 * a retired municipality code replaced by its current one (the code-change table), a retired
 * unit left out of a municipality file, a missing prefecture name read from the code.
 */
export interface ImportNote {
  file: string;
  line: number;
  column: string | null;
  code: 'code_changed' | 'retired_unit_left_out' | 'prefecture_name_from_code';
  messageEn: string;
  messageJa: string;
  /** The code as it was in the file. */
  fromCode: string | null;
  /** The code it was imported under (null when the row was left out). */
  toCode: string | null;
}

/** Raised when a dataset cannot be imported; nothing of it was written. */
export class ImportRejected extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(`import rejected with ${issues.length} problem(s); nothing was imported / ${issues.length}件の問題があるため取り込みませんでした`);
    this.name = 'ImportRejected';
  }
}

/** At most this many problems are listed when a file is refused, so a broken 280,000-line file stays readable. */
export const REFUSAL_ISSUE_CAP = 1000;

/** Refuses with the first `cap` issues and a line saying how many more there were. */
export function reject(issues: readonly ImportIssue[], cap = REFUSAL_ISSUE_CAP): never {
  const listed = issues.slice(0, cap);
  if (issues.length > cap) {
    const more = issues.length - cap;
    listed.push({ file: issues[cap].file, line: 0, column: null, code: 'invalid_value', messageEn: `${more} more problems not listed`, messageJa: `ほか${more}件の問題` });
  }
  throw new ImportRejected(listed);
}

/**
 * Collects the problems of one file. Row problems are kept, every one (a lenient import reports
 * each skipped row); `fatal` problems (encoding, layout, missing columns) refuse the file at once
 * in either mode.
 */
export class IssueList {
  readonly items: ImportIssue[] = [];
  constructor(readonly file: string) {}

  add(line: number, column: string | null, code: ImportIssue['code'], messageEn: string, messageJa: string, value?: string): void {
    this.items.push({ file: this.file, line, column, code, messageEn, messageJa, ...(value !== undefined ? { value } : {}) });
  }

  get count(): number {
    return this.items.length;
  }

  /** Refuses the file now (whole-file problems). */
  fatal(line: number, column: string | null, code: ImportIssue['code'], messageEn: string, messageJa: string): never {
    this.add(line, column, code, messageEn, messageJa);
    return reject(this.items);
  }

  throwIfAny(): void {
    if (this.count) reject(this.items);
  }
}
