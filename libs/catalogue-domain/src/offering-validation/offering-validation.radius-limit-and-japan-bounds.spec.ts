import { validateOffering, type FieldError } from '../index';
import { CONTEXT, SADO_CHIGUSA, validOfferingInput } from '../testing/offering.fixtures';

function codesFor(serviceArea: unknown, base: unknown = SADO_CHIGUSA): Array<Pick<FieldError, 'path' | 'code'>> {
  const input = validOfferingInput();
  input.serviceArea = serviceArea;
  input.base = base;
  const result = validateOffering(input, CONTEXT);
  return result.ok ? [] : result.errors.map(({ path, code }) => ({ path, code }));
}

describe('a radius service area', () => {
  it('allows up to exactly 100 km', () => {
    expect(codesFor({ kind: 'radius', base: SADO_CHIGUSA, radiusM: 100_000 })).toEqual([]);
    expect(codesFor({ kind: 'radius', base: SADO_CHIGUSA, radiusM: 100_000.01 })).toEqual([{ path: '/serviceArea/radiusM', code: 'radius_too_large' }]);
    expect(codesFor({ kind: 'radius', base: SADO_CHIGUSA, radiusM: 0 })).toEqual([{ path: '/serviceArea/radiusM', code: 'radius_not_positive' }]);
  });

  it('needs its base point inside Japan (lat 20–46, lng 122–154)', () => {
    // Shanghai (People's Square): a real place just west of the box.
    expect(codesFor({ kind: 'radius', base: { lat: 31.2304, lng: 121.4737 }, radiusM: 5000 })).toEqual([
      { path: '/serviceArea/base', code: 'base_outside_japan' },
    ]);
    // lat/lng swapped, a common data-entry mistake
    expect(codesFor({ kind: 'radius', base: { lat: SADO_CHIGUSA.lng, lng: SADO_CHIGUSA.lat }, radiusM: 5000 })).toEqual([
      { path: '/serviceArea/base/lat', code: 'coordinate_invalid' },
      { path: '/serviceArea/base', code: 'base_outside_japan' },
    ]);
    // 南鳥島 (Minamitorishima, 24.28N 153.98E) and 与那国島 (24.47N 122.99E) are inside.
    expect(codesFor({ kind: 'radius', base: { lat: 24.2867, lng: 153.9807 }, radiusM: 3000 })).toEqual([]);
    expect(codesFor({ kind: 'radius', base: { lat: 24.4676, lng: 122.9876 }, radiusM: 3000 })).toEqual([]);
  });

  it('applies the Japan bounds to the offering base as well', () => {
    expect(codesFor({ kind: 'municipalities', codes: ['15224'] }, { lat: 0, lng: 0 })).toEqual([{ path: '/base', code: 'base_outside_japan' }]);
  });
});
