import { aggregateUnmetDemand, MatchingInputError } from '@sanpuku/matching-domain';

describe('unmet demand counts per municipality × category × month', () => {
  it('separates each dimension and sorts cells', () => {
    const r = aggregateUnmetDemand(
      [
        { municipalityCode: '13102', category: 'mobility', month: '2026-11' },
        { municipalityCode: '13101', category: 'mobility', month: '2026-12' },
        { municipalityCode: '13101', category: 'mobility', month: '2026-11' },
        { municipalityCode: '13101', category: 'housework', month: '2026-11' },
        { municipalityCode: '13101', category: 'mobility', month: '2026-11' },
      ],
      { minCellCount: 1 },
    );
    expect(r.cells.map((c) => [c.municipalityCode, c.category, c.month, c.suppressed ? null : c.count])).toEqual([
      ['13101', 'housework', '2026-11', 1],
      ['13101', 'mobility', '2026-11', 2],
      ['13101', 'mobility', '2026-12', 1],
      ['13102', 'mobility', '2026-11', 1],
    ]);
  });

  it('refuses malformed records and a minimum below 1', () => {
    expect(() => aggregateUnmetDemand([{ municipalityCode: '131', category: 'mobility', month: '2026-11' }], { minCellCount: 3 })).toThrow(MatchingInputError);
    expect(() => aggregateUnmetDemand([{ municipalityCode: '13101', category: 'mobility', month: '2026-13' }], { minCellCount: 3 })).toThrow(/YYYY-MM/);
    expect(() => aggregateUnmetDemand([], { minCellCount: 0 })).toThrow(/minCellCount/);
  });
});
