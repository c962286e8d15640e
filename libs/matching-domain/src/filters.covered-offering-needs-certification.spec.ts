import { buildShortlist, evaluateHardFilters } from '@sanpuku/matching-domain';
import { aRequest, anOffering, NOW, outcomeOf } from './testing/matching.fixtures';

describe('a care-insurance-covered offering needs a care-need certification (要支援/要介護)', () => {
  const covered = anOffering({ id: 'covered', coverage: 'covered', eligibleCareLevels: [] });

  it('an uncertified senior is excluded even with coverage preference "any" and no level list', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ careLevel: 'none' }), covered), 'coverage');
    expect(o).toMatchObject({ passed: false, code: 'covered_requires_certification' });
    expect(o.ja).toContain('要支援・要介護の認定');
    expect(o.en).toContain('certification');
  });

  it.each(['support_1', 'support_2', 'care_1', 'care_5'] as const)('a senior certified %s is not excluded', (careLevel) => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ careLevel }), covered), 'coverage');
    expect(o).toMatchObject({ passed: true });
  });

  it('an uncovered (self-paid) offering is open to an uncertified senior', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ careLevel: 'none' }), anOffering()), 'coverage');
    expect(o).toMatchObject({ passed: true, code: 'coverage_any_accepted' });
  });

  it('the shortlist lists the exclusion reason', () => {
    const result = buildShortlist({
      request: aRequest({ careLevel: 'none' }),
      offerings: [covered],
      exposureState: null,
      rotationKey: 'req-1',
      now: NOW,
    });
    expect(result.entries).toHaveLength(0);
    expect(result.excluded[0].failed.map((f) => f.code)).toEqual(['covered_requires_certification']);
  });
});
