import { validateOffering, type FieldError } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

function codesFor(geometry: unknown): Array<Pick<FieldError, 'path' | 'code'>> {
  const input = validOfferingInput();
  input.serviceArea = { kind: 'polygon', geometry };
  const result = validateOffering(input, CONTEXT);
  return result.ok ? [] : result.errors.map(({ path, code }) => ({ path, code }));
}

const P = '/serviceArea/geometry/coordinates';

describe('polygon rings', () => {
  it('must be closed (first position = last position)', () => {
    expect(codesFor({ type: 'Polygon', coordinates: [[[138.3, 38.0], [138.4, 38.0], [138.4, 38.1], [138.3, 38.1]]] })).toEqual([
      { path: `${P}/0`, code: 'polygon_ring_not_closed' },
    ]);
  });

  it('need at least 4 positions', () => {
    expect(codesFor({ type: 'Polygon', coordinates: [[[138.3, 38.0], [138.4, 38.0], [138.3, 38.0]]] })).toEqual([
      { path: `${P}/0`, code: 'polygon_ring_too_few_positions' },
    ]);
  });

  it('must enclose an area', () => {
    expect(codesFor({ type: 'Polygon', coordinates: [[[138.3, 38.0], [138.4, 38.0], [138.5, 38.0], [138.3, 38.0]]] })).toEqual([
      { path: `${P}/0`, code: 'polygon_ring_degenerate' },
    ]);
  });

  it('must lie in Japan, and positions must be [lng, lat] numbers', () => {
    expect(codesFor({ type: 'Polygon', coordinates: [[[38.0, 138.3], [38.0, 138.4], [38.1, 138.4], [38.0, 138.3]]] })).toEqual([
      { path: `${P}/0/0`, code: 'polygon_outside_japan' },
    ]);
    expect(codesFor({ type: 'Polygon', coordinates: [[[138.3], [138.4, 38.0, 0, 1], ['138.4', 38.1], [138.3, 38.0]]] })).toEqual([
      { path: `${P}/0/0`, code: 'position_invalid' },
      { path: `${P}/0/1`, code: 'position_invalid' },
      { path: `${P}/0/2/0`, code: 'position_invalid' },
    ]);
  });

  it('must form a GeoJSON Polygon', () => {
    expect(codesFor({ type: 'MultiPolygon', coordinates: [] })).toEqual([{ path: '/serviceArea/geometry/type', code: 'geometry_type_invalid' }]);
    expect(codesFor({ type: 'Polygon', coordinates: [] })).toEqual([{ path: P, code: 'polygon_rings_empty' }]);
  });
});
