import { validateOffering } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

// domain.md §3: 介護保険適用 services are only for people with a care-need certification.
describe('an insurance-covered offering', () => {
  it('cannot be open to people without a certification', () => {
    const input = validOfferingInput();
    input.coverage = 'covered';
    input.eligibility = { careLevels: 'none_required', minAge: null, maxAge: null };
    expect(validateOffering(input, CONTEXT)).toMatchObject({
      ok: false,
      errors: [{ path: '/eligibility/careLevels', code: 'covered_requires_care_level' }],
    });
  });

  it('is valid when it lists care levels', () => {
    const input = validOfferingInput();
    input.coverage = 'covered';
    input.eligibility = { careLevels: ['care_1', 'care_2', 'care_3'], minAge: null, maxAge: null };
    expect(validateOffering(input, CONTEXT).ok).toBe(true);
  });

  it('rejects a coverage value other than covered/not_covered', () => {
    const input = validOfferingInput();
    input.coverage = 'partial';
    expect(validateOffering(input, CONTEXT)).toMatchObject({ ok: false, errors: [{ path: '/coverage', code: 'coverage_invalid' }] });
  });
});
