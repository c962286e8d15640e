import { OfferingPublishedV1 } from '@sanpuku/contracts';
import { buildShortlist } from '@sanpuku/matching-domain';
import { mapStoredSnapshot, rotationScopeKey } from './offering-snapshot.mapper';

describe('the offering read model’s snapshot becomes the domain’s OfferingReadModel', () => {
  const snapshot = OfferingPublishedV1.schema.parse(OfferingPublishedV1.example);

  it('maps every matchable field and keeps the listing text for display', () => {
    const m = mapStoredSnapshot(snapshot.offeringId, snapshot);
    expect(m).toEqual({
      ok: true,
      offering: {
        id: '0f8fad5b-d9cb-469f-a165-70867728950e',
        organizationId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        categories: ['meal_delivery'],
        coverage: 'not_covered',
        priceYen: 600,
        priceUnit: 'per_visit',
        eligibleCareLevels: [],
        minAge: null,
        maxAge: null,
        days: [1, 2, 3, 4, 5],
        languages: ['ja'],
        capacity: 'available',
        capacityConfirmedAt: '2026-11-01T09:00:00+09:00',
        serviceArea: { kind: 'municipalities', codes: ['13101'] },
        base: { lat: 35.69, lng: 139.75 },
      },
      display: {
        title: '【デモ】ひだまり配食 夕食お届け',
        organizationName: '【デモ】ひだまり配食株式会社',
        categories: ['meal_delivery'],
        coverage: 'not_covered',
        priceYen: 600,
        priceUnit: 'per_visit',
        capacity: 'available',
        days: [1, 2, 3, 4, 5],
      },
    });
  });

  it('the mapped offering goes through the domain pipeline and is listed with its explanation', () => {
    const m = mapStoredSnapshot(snapshot.offeringId, snapshot);
    if (!m.ok) throw new Error('mapping failed');
    const result = buildShortlist({
      request: { careLevel: 'care_1', ageBand: '80_84', municipalityCode: '13101', location: null, needs: ['meal_delivery'], preferences: { coverage: 'any' } },
      offerings: [m.offering],
      exposureState: null,
      rotationKey: 'r1',
      now: new Date('2026-11-20T00:00:00Z'),
    });
    expect(result.entries.map((e) => e.offeringId)).toEqual([snapshot.offeringId]);
    expect(result.entries[0].explanation.criteriaMet.map((o) => o.code)).toContain('area_municipality_listed');
  });

  it('a snapshot the contract no longer accepts is reported with its issues, not thrown', () => {
    const m = mapStoredSnapshot('x', { ...snapshot, priceYen: -5 });
    expect(m).toMatchObject({ ok: false, offeringId: 'x', issues: [expect.stringContaining('priceYen')] });
  });
});

describe('rotation scope', () => {
  it('requests with the same needs in any order share one scope; another municipality does not', () => {
    expect(rotationScopeKey('13101', ['meal_delivery', 'housework'])).toBe(rotationScopeKey('13101', ['housework', 'meal_delivery', 'housework']));
    expect(rotationScopeKey('13101', ['meal_delivery'])).not.toBe(rotationScopeKey('13102', ['meal_delivery']));
  });
});
