import { buildShortlist, type ExposureState, type OfferingReadModel } from '@sanpuku/matching-domain';
import { aRequest, anOffering, seededRandom, NOW } from './testing/matching.fixtures';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.values(o as object).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

describe('rotation is deterministic, independent of input order, and does not mutate its input', () => {
  const offerings: OfferingReadModel[] = Array.from({ length: 8 }, (_, i) =>
    anOffering({ id: `off-${i}`, organizationId: `org-${i % 3}`, base: { lat: 35.69 + i * 0.002, lng: 139.75 } }),
  );
  const state: ExposureState = deepFreeze({
    schemaVersion: 1,
    revision: 7,
    offerings: { 'off-1': { positionCounts: [3, 1, 0], listedCount: 9 }, 'off-4': { positionCounts: [0, 2, 2], listedCount: 9 } },
  });
  const run = (list: OfferingReadModel[]) =>
    buildShortlist({ request: aRequest(), offerings: list, exposureState: state, rotationKey: 'req-42', now: NOW });

  it('shuffled offerings give the same shortlist and next state', () => {
    const base = run(offerings);
    const rnd = seededRandom(7);
    for (let k = 0; k < 20; k++) {
      const shuffled = [...offerings].sort(() => rnd() - 0.5);
      const r = run(shuffled);
      expect(r.entries).toEqual(base.entries);
      expect(r.nextExposureState).toEqual(base.nextExposureState);
    }
  });

  it('the input state is left as it was (frozen input does not throw) and a new state is returned', () => {
    const before = JSON.stringify(state);
    const r = run(offerings);
    expect(JSON.stringify(state)).toBe(before);
    expect(r.nextExposureState).not.toBe(state);
    expect(r.nextExposureState.revision).toBe(8);
  });

  it('a different rotation key may reorder exact ties but not the bands', () => {
    const a = run(offerings);
    const b = buildShortlist({ request: aRequest(), offerings, exposureState: state, rotationKey: 'req-43', now: NOW });
    expect(b.bands).toEqual(a.bands);
  });
});
