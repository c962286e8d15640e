import { evaluateHardFilters } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './testing/matching.fixtures';

describe('care-level eligibility', () => {
  const forCare3Plus = anOffering({ eligibleCareLevels: ['care_3', 'care_4', 'care_5'] });

  it('an empty eligible list means no requirement', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ careLevel: 'none' }), anOffering()), 'care_level');
    expect(o).toMatchObject({ passed: true, code: 'care_level_no_requirement' });
  });

  it('a listed level passes', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ careLevel: 'care_4' }), forCare3Plus), 'care_level');
    expect(o).toMatchObject({ passed: true, code: 'care_level_eligible' });
    expect(o.ja).toContain('要介護4');
  });

  it('an unlisted level fails and both messages name the levels', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ careLevel: 'care_2' }), forCare3Plus), 'care_level');
    expect(o).toMatchObject({ passed: false, code: 'care_level_not_eligible' });
    expect(o.ja).toContain('要介護2');
    expect(o.ja).toContain('要介護3・要介護4・要介護5');
    expect(o.en).toContain('care level 2');
  });
});
