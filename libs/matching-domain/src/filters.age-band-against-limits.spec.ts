import { evaluateHardFilters } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './testing/matching.fixtures';

describe('age limits against an age band', () => {
  const for75Plus = anOffering({ minAge: 75 });

  it('no limits: passes without confirmation', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ ageBand: '65_69' }), anOffering()), 'age');
    expect(o).toMatchObject({ passed: true, code: 'age_no_requirement', needsConfirmation: false });
  });

  it('band fully inside the limits passes', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ ageBand: '90_plus' }), for75Plus), 'age');
    expect(o).toMatchObject({ passed: true, code: 'age_within_range', needsConfirmation: false });
  });

  it('band partly inside passes but asks for confirmation (70–74 vs min 72)', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ ageBand: '70_74' }), anOffering({ minAge: 72 })), 'age');
    expect(o).toMatchObject({ passed: true, code: 'age_band_partially_in_range', needsConfirmation: true });
  });

  it('band entirely outside fails (65–69 vs min 75; 90+ vs max 89)', () => {
    expect(outcomeOf(evaluateHardFilters(aRequest({ ageBand: '65_69' }), for75Plus), 'age')).toMatchObject({
      passed: false,
      code: 'age_out_of_range',
    });
    expect(
      outcomeOf(evaluateHardFilters(aRequest({ ageBand: '90_plus' }), anOffering({ maxAge: 89 })), 'age'),
    ).toMatchObject({ passed: false, code: 'age_out_of_range' });
  });
});
