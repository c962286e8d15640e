import { validateOffering } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

function withPolygon(coordinates: number[][][]) {
  const input = validOfferingInput();
  input.serviceArea = { kind: 'polygon', geometry: { type: 'Polygon', coordinates } };
  return validateOffering(input, CONTEXT);
}

describe('a polygon service area whose boundary crosses itself', () => {
  // A "bow tie" drawn over central 佐渡: the 1st and 3rd edges cross at (138.35, 38.05).
  const bowTie = [
    [
      [138.3, 38.0],
      [138.4, 38.1],
      [138.4, 38.0],
      [138.3, 38.1],
      [138.3, 38.0],
    ],
  ];

  it('is rejected with the crossing point in the message', () => {
    expect(withPolygon(bowTie)).toEqual({
      ok: false,
      errors: [
        {
          path: '/serviceArea/geometry/coordinates/0',
          code: 'polygon_self_intersecting',
          messageJa: '区域の境界が交差しています（経度138.350000, 緯度38.050000付近）。',
          messageEn: 'The polygon boundary crosses itself (near lng 138.350000, lat 38.050000).',
        },
      ],
    });
  });

  it('the same four corners in ring order are valid', () => {
    const square = [
      [
        [138.3, 38.0],
        [138.4, 38.0],
        [138.4, 38.1],
        [138.3, 38.1],
        [138.3, 38.0],
      ],
    ];
    expect(withPolygon(square).ok).toBe(true);
  });

  it('a repeated vertex is not mistaken for a crossing', () => {
    const squareWithRepeat = [
      [
        [138.3, 38.0],
        [138.4, 38.0],
        [138.4, 38.0],
        [138.4, 38.1],
        [138.3, 38.1],
        [138.3, 38.0],
      ],
    ];
    expect(withPolygon(squareWithRepeat).ok).toBe(true);
  });

  it('a self-crossing hole is reported at the hole', () => {
    const result = withPolygon([
      [
        [138.2, 37.9],
        [138.5, 37.9],
        [138.5, 38.2],
        [138.2, 38.2],
        [138.2, 37.9],
      ],
      ...bowTie,
    ]);
    expect(result).toMatchObject({ ok: false, errors: [{ path: '/serviceArea/geometry/coordinates/1', code: 'polygon_self_intersecting' }] });
  });
});
