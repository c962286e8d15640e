import { evaluateHardFilters } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './testing/matching.fixtures';

describe('coverage preference', () => {
  const covered = anOffering({ coverage: 'covered' });
  const selfPaid = anOffering({ coverage: 'not_covered' });

  it("'not_covered' excludes a covered offering", () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ preferences: { coverage: 'not_covered' } }), covered), 'coverage');
    expect(o).toMatchObject({ passed: false, code: 'coverage_differs_from_preference' });
  });

  it("'covered' excludes a self-paid offering", () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ preferences: { coverage: 'covered' } }), selfPaid), 'coverage');
    expect(o).toMatchObject({ passed: false, code: 'coverage_differs_from_preference' });
  });

  it("'covered' keeps a covered offering for a certified senior", () => {
    const o = outcomeOf(
      evaluateHardFilters(aRequest({ careLevel: 'care_1', preferences: { coverage: 'covered' } }), covered),
      'coverage',
    );
    expect(o).toMatchObject({ passed: true, code: 'coverage_matches_preference' });
  });
});
