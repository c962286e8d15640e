import { type ExposureState, rotateShortlist } from '@sanpuku/matching-domain';

describe('a newcomer joins at the band floor instead of monopolising the top', () => {
  const veteran = { positionCounts: [100, 100, 100], listedCount: 500 };
  const state: ExposureState = { schemaVersion: 1, revision: 500, offerings: { a: veteran, b: veteran, c: veteran } };
  const candidates = ['a', 'b', 'c', 'd'].map((id) => ({ offeringId: id, organizationId: `org-${id}`, score: 80 }));
  const config = { bandWidth: 5, topPositions: 3 };

  it('its counter starts at the minimum of the band members, recorded as a change', () => {
    const r = rotateShortlist(candidates, state, 'k0', config);
    expect(r.changes[0]).toMatchObject({ offeringId: 'd', kind: 'newcomer_floor', before: null, after: { positionCounts: [100, 100, 100] } });
  });

  it('over the next 400 requests it gets a quarter of position 1, not the first 100 in a row', () => {
    let s = state;
    const firstPlaces: string[] = [];
    for (let i = 0; i < 400; i++) {
      const r = rotateShortlist(candidates, s, `k${i}`, config);
      s = r.nextState;
      firstPlaces.push(r.placements[0].offeringId);
    }
    expect(firstPlaces.slice(0, 20).filter((x) => x === 'd').length).toBeLessThanOrEqual(6);
    for (const id of ['a', 'b', 'c', 'd']) expect(firstPlaces.filter((x) => x === id).length).toBe(100);
  });
});
