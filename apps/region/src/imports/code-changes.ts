import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@sanpuku/platform';
import { parseCsv } from './csv.parser';

/** One line of the code-change table (apps/region/data/municipality-code-changes.csv, documented in the region README). */
export interface CodeChange {
  retiredCode: string;
  /** Only rows whose municipality name (as the file spells it) is this; null: every row of the code. */
  nameInFile: string | null;
  /** Only blocks with one of these town names (a ward split by district); null: every block. */
  towns: ReadonlySet<string> | null;
  currentCode: string;
  currentName: string;
  effective: string | null;
  reasonJa: string;
  reasonEn: string;
  source: string;
}

export const CODE_CHANGES_FILE = join(repoRoot(), 'apps/region/data/municipality-code-changes.csv');

/**
 * Retired municipality codes (合併, 区の再編) and known mis-coded rows, mapped to current codes.
 * Imports apply it so every block lands in a current unit and no unit overlaps another; every
 * change is a line in the import's report.
 */
export class CodeChangeTable {
  private readonly byCode = new Map<string, CodeChange[]>();

  constructor(readonly changes: readonly CodeChange[]) {
    for (const c of changes) this.byCode.set(c.retiredCode, [...(this.byCode.get(c.retiredCode) ?? []), c]);
  }

  static fromCsv(text: string): CodeChangeTable {
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    const at = (name: string) => {
      const i = header.fields.indexOf(name);
      if (i < 0) throw new Error(`code-change table: missing column ${name}`);
      return i;
    };
    const col = Object.fromEntries(
      ['retired_code', 'name_in_file', 'towns', 'current_code', 'current_name', 'effective', 'reason_ja', 'reason_en', 'source'].map((n) => [n, at(n)]),
    );
    return new CodeChangeTable(
      rows.map((r) => {
        const f = (n: string) => (r.fields[col[n]] ?? '').trim();
        return {
          retiredCode: f('retired_code'),
          nameInFile: f('name_in_file') || null,
          towns: f('towns') ? new Set(f('towns').split('|')) : null,
          currentCode: f('current_code'),
          currentName: f('current_name'),
          effective: f('effective') || null,
          reasonJa: f('reason_ja'),
          reasonEn: f('reason_en'),
          source: f('source'),
        };
      }),
    );
  }

  /** The current code for a block tagged `code`, of municipality `cityName` and town `townName`; null when the code is current. */
  forBlock(code: string, cityName: string, townName: string): CodeChange | null {
    const candidates = this.byCode.get(code);
    if (!candidates) return null;
    for (const c of candidates) {
      if (c.nameInFile !== null && c.nameInFile !== cityName) continue;
      if (c.towns !== null && !c.towns.has(townName)) continue;
      return c;
    }
    return null;
  }

  /** The changes that retire a whole unit (a municipality row with this code and name is no longer a unit); empty when it is current. */
  retiring(code: string, name: string): CodeChange[] {
    return (this.byCode.get(code) ?? []).filter((c) => c.nameInFile === null || c.nameInFile === name);
  }
}

let loaded: CodeChangeTable | undefined;

/** The table shipped with the region service. */
export function codeChangeTable(): CodeChangeTable {
  return (loaded ??= CodeChangeTable.fromCsv(readFileSync(CODE_CHANGES_FILE, 'utf8')));
}
