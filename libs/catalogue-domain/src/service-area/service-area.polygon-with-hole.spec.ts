import { locateInServiceArea, validateOffering, type ServiceArea } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

// An operator in 佐渡 serves the 国中 plain but leaves out the area around 加茂湖 (served by a partner).
// Points are real 佐渡市 town-block representative points.
const AREA: ServiceArea = {
  kind: 'polygon',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [138.3, 37.98],
        [138.55, 37.98],
        [138.55, 38.12],
        [138.3, 38.12],
        [138.3, 37.98],
      ],
      [
        [138.44, 38.03],
        [138.44, 38.08],
        [138.5, 38.08],
        [138.5, 38.03],
        [138.44, 38.03],
      ],
    ],
  },
};

describe('a polygon service area with a hole', () => {
  it('is valid', () => {
    const input = validOfferingInput();
    input.serviceArea = AREA;
    expect(validateOffering(input, CONTEXT).ok).toBe(true);
  });

  it('contains a point between the outer ring and the hole (佐渡市千種)', () => {
    expect(locateInServiceArea(AREA, { lat: 38.041521, lng: 138.3643 }).inside).toBe(true);
  });

  it('does not contain points in the hole (佐渡市吾潟, 佐渡市下久知)', () => {
    expect(locateInServiceArea(AREA, { lat: 38.053017, lng: 138.451651 }).inside).toBe(false);
    expect(locateInServiceArea(AREA, { lat: 38.056944, lng: 138.469817 }).inside).toBe(false);
  });

  it('counts a point on the hole boundary as inside the area (boundaries are inclusive)', () => {
    expect(locateInServiceArea(AREA, { lat: 38.05, lng: 138.44 }).inside).toBe(true);
  });

  it('does not contain a point beyond the outer ring (佐渡市小木町)', () => {
    expect(locateInServiceArea(AREA, { lat: 37.819813, lng: 138.269629 }).inside).toBe(false);
  });
});
