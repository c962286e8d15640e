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
    | 'empty_file';
  messageEn: string;
  messageJa: string;
  value?: string;
}

/** Raised when a dataset cannot be imported; nothing of it was written. */
export class ImportRejected extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(`import rejected with ${issues.length} problem(s); nothing was imported / ${issues.length}件の問題があるため取り込みませんでした`);
    this.name = 'ImportRejected';
  }
}

/** Collects issues, capping how many are kept so a broken 280,000-line file stays readable. */
export class IssueList {
  readonly items: ImportIssue[] = [];
  private dropped = 0;
  constructor(
    readonly file: string,
    private readonly cap = 1000,
  ) {}

  add(line: number, column: string | null, code: ImportIssue['code'], messageEn: string, messageJa: string, value?: string): void {
    if (this.items.length >= this.cap) {
      this.dropped++;
      return;
    }
    this.items.push({ file: this.file, line, column, code, messageEn, messageJa, ...(value !== undefined ? { value } : {}) });
  }

  get count(): number {
    return this.items.length + this.dropped;
  }

  throwIfAny(): void {
    if (this.count === 0) return;
    if (this.dropped) {
      this.items.push({ file: this.file, line: 0, column: null, code: 'invalid_value', messageEn: `${this.dropped} more problems not listed`, messageJa: `ほか${this.dropped}件の問題` });
    }
    throw new ImportRejected(this.items);
  }
}
