import { distanceBaseOf, distanceFromBaseM, rankByDistance, type LatLng, type Offering } from '../index';

type Item = { id: string } & Pick<Offering, 'serviceArea' | 'base'>;
const here: LatLng = { lat: 38.041521, lng: 138.3643 }; // 佐渡市千種

const items: Item[] = [
  { id: 'no-base', serviceArea: { kind: 'municipalities', codes: ['15224'] }, base: null },
  { id: 'ryotsu', serviceArea: { kind: 'municipalities', codes: ['15224'] }, base: { lat: 38.084823, lng: 138.43225 } },
  { id: 'radius-chigusa', serviceArea: { kind: 'radius', base: { lat: 38.041521, lng: 138.3643 }, radiusM: 10_000 }, base: { lat: 37.819813, lng: 138.269629 } },
  { id: 'ogi', serviceArea: { kind: 'municipalities', codes: ['15224'] }, base: { lat: 37.819813, lng: 138.269629 } },
  { id: 'no-base-2', serviceArea: { kind: 'municipalities', codes: ['15224'] }, base: null },
];

describe('ordering offerings by distance from their base', () => {
  it('nearest first, base-less last in input order; a radius area measures from its centre', () => {
    const ranked = rankByDistance(items, distanceBaseOf, here);
    expect(ranked.map((r) => r.item.id)).toEqual(['radius-chigusa', 'ryotsu', 'ogi', 'no-base', 'no-base-2']);
    expect(ranked[0].distanceM).toBe(0);
    expect(ranked[3].distanceM).toBeNull();
  });

  it('distanceFromBaseM uses the same base rule', () => {
    expect(distanceFromBaseM(items[2], here)).toBe(0);
    expect(distanceFromBaseM(items[0], here)).toBeNull();
    expect(distanceFromBaseM(items[1], here)).toBeGreaterThan(7000);
  });
});
