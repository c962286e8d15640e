import { aggregateUnmetDemand, type UnmetDemandRecord } from '@sanpuku/matching-domain';

const times = (n: number, r: UnmetDemandRecord) => Array.from({ length: n }, () => r);

describe('unmet demand: cells below the minimum are suppressed, not counted', () => {
  const records = [
    ...times(7, { municipalityCode: '13101', category: 'meal_delivery', month: '2026-11' }),
    ...times(5, { municipalityCode: '13101', category: 'mobility', month: '2026-11' }),
    ...times(4, { municipalityCode: '13102', category: 'mobility', month: '2026-11' }),
    ...times(1, { municipalityCode: '13102', category: 'housework', month: '2026-10' }),
  ];
  const { cells } = aggregateUnmetDemand(records, { minCellCount: 5 });

  it('cells at or above the minimum carry their count', () => {
    expect(cells.filter((c) => !c.suppressed)).toEqual([
      { municipalityCode: '13101', category: 'meal_delivery', month: '2026-11', suppressed: false, count: 7 },
      { municipalityCode: '13101', category: 'mobility', month: '2026-11', suppressed: false, count: 5 },
    ]);
  });

  it('cells below it say suppressed and have no count property at all', () => {
    const small = cells.filter((c) => c.suppressed);
    expect(small).toEqual([
      { municipalityCode: '13102', category: 'housework', month: '2026-10', suppressed: true },
      { municipalityCode: '13102', category: 'mobility', month: '2026-11', suppressed: true },
    ]);
    for (const c of small) expect('count' in c).toBe(false);
    expect(JSON.stringify(small)).not.toMatch(/count/);
  });

  it('the minimum is configurable', () => {
    expect(aggregateUnmetDemand(records, { minCellCount: 1 }).cells.every((c) => !c.suppressed)).toBe(true);
    expect(aggregateUnmetDemand(records, { minCellCount: 8 }).cells.every((c) => c.suppressed)).toBe(true);
  });
});
