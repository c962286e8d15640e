import { validateOffering, type FieldError } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

function errorsFor(eligibility: unknown): Array<Pick<FieldError, 'path' | 'code'>> {
  const input = validOfferingInput();
  input.eligibility = eligibility;
  const result = validateOffering(input, CONTEXT);
  return result.ok ? [] : result.errors.map(({ path, code }) => ({ path, code }));
}

describe('eligibility', () => {
  it('accepts none_required and every certification level', () => {
    expect(errorsFor({ careLevels: 'none_required', minAge: null, maxAge: null })).toEqual([]);
    expect(
      errorsFor({ careLevels: ['support_1', 'support_2', 'care_1', 'care_2', 'care_3', 'care_4', 'care_5'], minAge: 40, maxAge: 120 }),
    ).toEqual([]);
  });

  it('rejects unknown and duplicate levels at their index, and an empty list', () => {
    expect(errorsFor({ careLevels: ['care_1', 'care_6', 'care_1'], minAge: null, maxAge: null })).toEqual([
      { path: '/eligibility/careLevels/1', code: 'care_level_invalid' },
      { path: '/eligibility/careLevels/2', code: 'care_level_duplicate' },
    ]);
    expect(errorsFor({ careLevels: [], minAge: null, maxAge: null })).toEqual([{ path: '/eligibility/careLevels', code: 'care_levels_empty' }]);
    expect(errorsFor({ careLevels: 'any', minAge: null, maxAge: null })).toEqual([{ path: '/eligibility/careLevels', code: 'care_levels_invalid' }]);
  });

  it('requires a sane age range', () => {
    expect(errorsFor({ careLevels: 'none_required', minAge: 75, maxAge: 65 })).toEqual([{ path: '/eligibility/maxAge', code: 'age_range_inverted' }]);
    expect(errorsFor({ careLevels: 'none_required', minAge: -1, maxAge: 200 })).toEqual([
      { path: '/eligibility/minAge', code: 'age_invalid' },
      { path: '/eligibility/maxAge', code: 'age_invalid' },
    ]);
    expect(errorsFor({ careLevels: 'none_required', minAge: 64.5, maxAge: null })).toEqual([{ path: '/eligibility/minAge', code: 'age_invalid' }]);
  });
});
