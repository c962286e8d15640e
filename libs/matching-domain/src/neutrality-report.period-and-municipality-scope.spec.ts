import { buildNeutralityReport, eligibilityFromExposureLog, type ExposureLogRecord } from '@sanpuku/matching-domain';

const rec = (organizationId: string, position: number, at: string, municipalityCode: string): ExposureLogRecord => ({
  offeringId: `${organizationId}-o`,
  organizationId,
  position,
  municipalityCode,
  at,
});

describe('neutrality report scoped by period [from, to) and municipality', () => {
  const exposures = [
    rec('A', 1, '2026-10-31T23:59:59.999Z', '13101'), // before the period
    rec('A', 1, '2026-11-01T00:00:00.000Z', '13101'), // first instant: in
    rec('B', 2, '2026-11-01T00:00:00.000Z', '13101'),
    rec('B', 1, '2026-11-15T00:00:00.000Z', '13102'), // other municipality
    rec('A', 1, '2026-12-01T00:00:00.000Z', '13101'), // end is exclusive: out
  ];
  const period = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };

  it('counts only in-scope records, drops eligibility rows of other municipalities', () => {
    const r = buildNeutralityReport({
      exposures,
      eligibility: [
        { organizationId: 'A', count: 1, municipalityCode: '13101' },
        { organizationId: 'B', count: 1, municipalityCode: '13101' },
        { organizationId: 'B', count: 5, municipalityCode: '13102' },
      ],
      topPositions: 1,
      municipalityCode: '13101',
      period,
    });
    expect(r.recordsInScope).toBe(2);
    expect(r.recordsOutOfScope).toBe(3);
    expect(r.totalTopExposures).toBe(1);
    expect(r.totalEligible).toBe(2);
    expect(r.operators.find((x) => x.organizationId === 'A')).toMatchObject({ topExposures: 1, exposureShare: 1, eligibilityShare: 0.5 });
    expect(r.period).toEqual({ from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' });
  });

  it('eligibility can be derived from the log (every eligible offering is listed)', () => {
    expect(eligibilityFromExposureLog(exposures, period)).toEqual([
      { organizationId: 'A', municipalityCode: '13101', count: 1 },
      { organizationId: 'B', municipalityCode: '13101', count: 1 },
      { organizationId: 'B', municipalityCode: '13102', count: 1 },
    ]);
  });
});
