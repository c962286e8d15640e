import { validateOffering, type FieldError } from '../index';
import { CATEGORY_CODES, CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

function codesFor(codes: unknown, known?: ReadonlySet<string>): Array<Pick<FieldError, 'path' | 'code'>> {
  const input = validOfferingInput();
  input.serviceArea = { kind: 'municipalities', codes };
  const result = validateOffering(input, known ? { categoryCodes: CATEGORY_CODES, knownMunicipalityCodes: known } : CONTEXT);
  return result.ok ? [] : result.errors.map(({ path, code }) => ({ path, code }));
}

describe('a municipality service area', () => {
  it('takes 5-digit JIS codes with a prefecture 01–47', () => {
    expect(codesFor(['15224', '37322', '01100'])).toEqual([]);
    expect(codesFor(['152242', '1522', '48001', '00100'])).toEqual([
      { path: '/serviceArea/codes/0', code: 'municipality_code_invalid' },
      { path: '/serviceArea/codes/1', code: 'municipality_code_invalid' },
      { path: '/serviceArea/codes/2', code: 'municipality_code_invalid' },
      { path: '/serviceArea/codes/3', code: 'municipality_code_invalid' },
    ]);
  });

  it('checks codes against a master list when one is given', () => {
    expect(codesFor(['15224', '15999'], new Set(['15224']))).toEqual([{ path: '/serviceArea/codes/1', code: 'municipality_code_unknown' }]);
  });

  it('needs at least one code, without duplicates', () => {
    expect(codesFor([])).toEqual([{ path: '/serviceArea/codes', code: 'municipality_codes_empty' }]);
    expect(codesFor(['15224', '15224'])).toEqual([{ path: '/serviceArea/codes/1', code: 'municipality_code_duplicate' }]);
  });

  it('rejects an unknown area kind', () => {
    const input = validOfferingInput();
    input.serviceArea = { kind: 'prefecture', codes: ['15'] };
    expect(validateOffering(input, CONTEXT)).toMatchObject({ ok: false, errors: [{ path: '/serviceArea/kind', code: 'service_area_kind_invalid' }] });
  });
});
