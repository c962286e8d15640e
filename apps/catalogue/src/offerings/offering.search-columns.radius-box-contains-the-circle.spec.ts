import { geodesicDestination, geodesicDistanceM, type Offering } from '@sanpuku/catalogue-domain';
import { validOfferingInput } from '@sanpuku/catalogue-domain/testing';
import { boundingBoxOf, searchColumnsOf } from './offering.search-columns';

const inBox = (b: NonNullable<ReturnType<typeof boundingBoxOf>>, p: { lat: number; lng: number }) =>
  p.lat >= b.minLat && p.lat <= b.maxLat && p.lng >= b.minLng && p.lng <= b.maxLng;

describe('the bounding box of a radius area', () => {
  it.each([
    ['高松市番町 3 km', { lat: 34.34253, lng: 134.046355 }, 3000],
    ['稚内 100 km (high latitude, widest box)', { lat: 45.4154, lng: 141.673 }, 100_000],
    ['石垣 500 m', { lat: 24.3407, lng: 124.1557 }, 500],
  ])('%s contains every point of the circle, at every bearing', (_name, base, radiusM) => {
    const box = boundingBoxOf({ kind: 'radius', base, radiusM })!;
    for (let bearing = 0; bearing < 360; bearing += 0.25) {
      const p = geodesicDestination(base, bearing, radiusM);
      expect(geodesicDistanceM(base, p)).toBeCloseTo(radiusM, 3);
      expect(inBox(box, p)).toBe(true);
    }
  });

  it('is tight: at most ~20 m beyond the circle north and south', () => {
    const base = { lat: 34.34253, lng: 134.046355 };
    const box = boundingBoxOf({ kind: 'radius', base, radiusM: 3000 })!;
    const north = geodesicDestination(base, 0, 3000);
    expect(geodesicDistanceM(north, { lat: box.maxLat, lng: base.lng })).toBeLessThan(20);
  });
});

describe('the other search columns', () => {
  // Left unvalidated on purpose: the columns must normalise the half-width, double-spaced name themselves.
  const offering = validOfferingInput({
    name: 'ｶﾞｲﾄﾞ付き　おでかけ',
    description: '配食',
    categories: ['mobility'],
    price: { amountYen: 500, unit: 'per_visit' },
    otherCosts: [],
    coverage: 'covered',
    eligibility: { careLevels: ['care_1', 'care_2'], minAge: null, maxAge: null },
    schedule: [
      { day: 5, opensAt: '09:00', closesAt: '10:00' },
      { day: 1, opensAt: '09:00', closesAt: '10:00' },
      { day: 5, opensAt: '13:00', closesAt: '14:00' },
    ],
    detailsConfirmedAt: '2026-11-01T09:00:00+09:00',
    serviceArea: {
      kind: 'polygon',
      geometry: { type: 'Polygon', coordinates: [[[133.815, 34.295], [133.845, 34.295], [133.845, 34.318], [133.815, 34.295]]] },
    },
    base: null,
    disclosure: { staffQualifications: null, liabilityInsurance: null, complaintDesk: null, cancellationTerms: null, effectClaim: null },
  }) as Offering;
  const extras = { titleEn: 'Guided outings', descriptionEn: null, priceIncludes: null, eligibilityNotes: null, servedMunicipalityCodes: ['37386'] };
  const c = searchColumnsOf(offering, extras, { name: 'テスト合同会社', alternateName: null });

  it('a polygon box is its outer ring’s extent; days are distinct and sorted; care levels as listed', () => {
    expect(c.bbox).toEqual({ minLat: 34.295, maxLat: 34.318, minLng: 133.815, maxLng: 133.845 });
    expect(c.days).toEqual([1, 5]);
    expect(c).toMatchObject({ noCertification: false, careLevels: ['care_1', 'care_2'], areaKind: 'polygon', baseLat: null, servedMunicipalities: ['37386'] });
  });

  it('search tokens are the normalised bigrams and characters of each text (half-width ｶﾞｲﾄﾞ is がいど), never spanning two texts', () => {
    expect(c.searchTokens).toEqual(expect.arrayContaining(['がい', 'いど', 'ど付', 'おで', 'guided', 'outings', '配食', 'てす', '合同']));
    expect(c.searchTokens).toEqual(expect.arrayContaining(['が', '付', '配', '食', '社']));
    expect(c.searchTokens).not.toContain('け配'); // title end + description start
    expect(c.titleSort).toBe('がいど付きおでかけ');
  });
});
