import { buildNeutralityReport, type ExposureLogRecord } from '@sanpuku/matching-domain';

const rec = (organizationId: string, position: number, at = '2026-11-10T01:00:00.000Z', municipalityCode = '13101'): ExposureLogRecord => ({
  offeringId: `${organizationId}-o`,
  organizationId,
  position,
  municipalityCode,
  at,
});

describe('neutrality report: per-operator top exposure share vs eligibility share', () => {
  // 10 shortlists of 4 (top 2 counted). A: top 10×, B: top 6×, C: top 4×, D: never top.
  const exposures: ExposureLogRecord[] = [];
  for (let i = 0; i < 10; i++) {
    exposures.push(rec('A', 1));
    exposures.push(rec(i < 6 ? 'B' : 'C', 2));
    exposures.push(rec(i < 6 ? 'C' : 'B', 3));
    exposures.push(rec('D', 4));
  }
  const eligibility = ['A', 'B', 'C', 'D'].map((organizationId) => ({ organizationId, count: 10 }));
  const report = buildNeutralityReport({ exposures, eligibility, topPositions: 2 });
  const row = (id: string) => report.operators.find((r) => r.organizationId === id)!;

  it('computes shares and deviations', () => {
    expect(report.totalTopExposures).toBe(20);
    expect(report.totalEligible).toBe(40);
    expect(row('A')).toMatchObject({ topExposures: 10, exposureShare: 0.5, eligibilityShare: 0.25, deviation: 0.25, ratio: 2 });
    expect(row('B')).toMatchObject({ topExposures: 6, exposureShare: 0.3 });
    expect(row('B').deviation).toBeCloseTo(0.05, 12);
    expect(row('C').deviation).toBeCloseTo(-0.05, 12);
    expect(row('D')).toMatchObject({ topExposures: 0, exposureShare: 0, deviation: -0.25, ratio: 0 });
    expect(report.maxAbsDeviation).toBe(0.25);
  });

  it('sorts the most deviating operators first', () => {
    expect(report.operators.map((r) => r.organizationId)).toEqual(['A', 'D', 'B', 'C']);
  });

  it('an operator eligible but never listed still appears (share 0)', () => {
    const r = buildNeutralityReport({ exposures, eligibility: [...eligibility, { organizationId: 'E', count: 10 }], topPositions: 2 });
    expect(r.operators.find((x) => x.organizationId === 'E')).toMatchObject({ topExposures: 0, eligibilityShare: 0.2, deviation: -0.2 });
  });
});
