import { CATEGORY_CODE, JIS_CODE_5, MatchingInputError, MONTH_KEY } from './input.errors';

/**
 * One unmet need: a request (or one category of it) that found no operator. No person id:
 * aggregation is never per person.
 */
export interface UnmetDemandRecord {
  readonly municipalityCode: string;
  readonly category: string;
  /** 'YYYY-MM' (use monthKeyJst(at) to derive it in Japan time). */
  readonly month: string;
}

export interface UnmetDemandOptions {
  /** Cells with fewer records than this are suppressed (count withheld). ≥ 1. */
  readonly minCellCount: number;
}

export type UnmetDemandCell =
  | {
      readonly municipalityCode: string;
      readonly category: string;
      readonly month: string;
      readonly suppressed: false;
      readonly count: number;
    }
  | {
      readonly municipalityCode: string;
      readonly category: string;
      readonly month: string;
      readonly suppressed: true;
    };

export interface UnmetDemandAggregate {
  readonly minCellCount: number;
  /** Sorted by municipalityCode, category, month. Cells with zero records are not listed. */
  readonly cells: readonly UnmetDemandCell[];
}

/**
 * Counts per municipality × category × month, suppressing small cells (count < minCellCount):
 * a suppressed cell has `suppressed: true` and no count property at all. No totals are
 * returned, because totals would let a reader subtract their way back to a suppressed count.
 */
export function aggregateUnmetDemand(
  records: readonly UnmetDemandRecord[],
  options: UnmetDemandOptions,
): UnmetDemandAggregate {
  const issues: string[] = [];
  if (!Number.isInteger(options.minCellCount) || options.minCellCount < 1) {
    issues.push('minCellCount must be an integer ≥ 1');
  }
  const counts = new Map<string, { municipalityCode: string; category: string; month: string; n: number }>();
  records.forEach((r, i) => {
    if (!JIS_CODE_5.test(r.municipalityCode)) issues.push(`records[${i}].municipalityCode must be a 5-digit JIS code`);
    else if (!CATEGORY_CODE.test(r.category)) issues.push(`records[${i}].category must be a category code`);
    else if (!MONTH_KEY.test(r.month)) issues.push(`records[${i}].month must be 'YYYY-MM'`);
    else {
      const key = `${r.municipalityCode}|${r.category}|${r.month}`;
      const c = counts.get(key) ?? { municipalityCode: r.municipalityCode, category: r.category, month: r.month, n: 0 };
      c.n++;
      counts.set(key, c);
    }
  });
  if (issues.length) throw new MatchingInputError('unmet demand records', issues);

  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const cells: UnmetDemandCell[] = [...counts.values()]
    .sort((a, b) => cmp(a.municipalityCode, b.municipalityCode) || cmp(a.category, b.category) || cmp(a.month, b.month))
    .map((c) =>
      c.n < options.minCellCount
        ? { municipalityCode: c.municipalityCode, category: c.category, month: c.month, suppressed: true as const }
        : { municipalityCode: c.municipalityCode, category: c.category, month: c.month, suppressed: false as const, count: c.n },
    );
  return { minCellCount: options.minCellCount, cells };
}
