import { validateOffering, type FieldError } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

function codesFor(coordinates: number[][][]): Array<Pick<FieldError, 'path' | 'code'>> {
  const input = validOfferingInput();
  input.serviceArea = { kind: 'polygon', geometry: { type: 'Polygon', coordinates } };
  const result = validateOffering(input, CONTEXT);
  return result.ok ? [] : result.errors.map(({ path, code }) => ({ path, code }));
}

const rect = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const OUTER = rect(138.2, 37.9, 138.5, 38.2);

describe('polygon holes', () => {
  it('inside the outer ring are valid', () => {
    expect(codesFor([OUTER, rect(138.3, 38.0, 138.35, 38.05)])).toEqual([]);
  });

  it('entirely outside the outer ring are rejected', () => {
    expect(codesFor([OUTER, rect(138.6, 38.0, 138.7, 38.1)])).toEqual([{ path: '/serviceArea/geometry/coordinates/1', code: 'polygon_hole_outside_outer' }]);
  });

  it('crossing the outer ring are rejected', () => {
    expect(codesFor([OUTER, rect(138.45, 38.0, 138.55, 38.1)])).toEqual([{ path: '/serviceArea/geometry/coordinates/1', code: 'polygon_hole_outside_outer' }]);
  });

  it('overlapping another hole are rejected', () => {
    expect(codesFor([OUTER, rect(138.25, 38.0, 138.35, 38.1), rect(138.3, 38.05, 138.4, 38.15)])).toEqual([
      { path: '/serviceArea/geometry/coordinates/2', code: 'polygon_holes_overlap' },
    ]);
  });
});
