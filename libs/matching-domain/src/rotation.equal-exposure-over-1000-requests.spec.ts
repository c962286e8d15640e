import { buildShortlist, type ExposureState, type OfferingReadModel } from '@sanpuku/matching-domain';
import { aRequest, anOffering, NOW } from './testing/matching.fixtures';

/**
 * 1,000 requests among 5 equally qualified operators (scores differ, but all lie inside one
 * 5-point band). Stated tolerance: each operator's share of position 1 differs from 1/5 by at
 * most 0.005 (±5 of 1,000), and its share of the top-3 slots from 1/5 by at most 0.005.
 */
const TOLERANCE = 0.005;

describe('fair rotation: equal exposure at the top over 1,000 requests', () => {
  const offerings: OfferingReadModel[] = [0, 1, 2, 3, 4].map((i) =>
    anOffering({
      id: `off-${i}`,
      organizationId: `org-${i}`,
      // 0–400 m from the senior: slightly different distance scores, same band.
      base: { lat: 35.694 + (i * 100) / 111_195, lng: 139.753 },
    }),
  );
  const request = aRequest();

  function simulate(persistState: boolean, rotationKeyOf: (i: number) => string) {
    let state: ExposureState | null = null;
    const first = new Map<string, number>();
    const top3 = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      const r = buildShortlist({ request, offerings, exposureState: state, rotationKey: rotationKeyOf(i), now: NOW });
      if (persistState) state = r.nextExposureState;
      for (const e of r.entries) {
        if (e.position === 1) first.set(e.organizationId, (first.get(e.organizationId) ?? 0) + 1);
        if (e.position <= 3) top3.set(e.organizationId, (top3.get(e.organizationId) ?? 0) + 1);
      }
    }
    return { first, top3, state };
  }

  it('all five are in one band (the premise of the scenario)', () => {
    const r = buildShortlist({ request, offerings, exposureState: null, rotationKey: 'req-0', now: NOW });
    expect(new Set(r.entries.map((e) => e.bandId))).toEqual(new Set(['b1']));
    const scores = r.entries.map((e) => e.score);
    expect(new Set(scores).size).toBeGreaterThan(1); // not trivially equal
  });

  it('each operator gets 1/5 of position 1 and 1/5 of the top-3 slots, within the tolerance', () => {
    const { first, top3, state } = simulate(true, (i) => `req-${i}`);
    for (const o of offerings) {
      expect(Math.abs((first.get(o.organizationId) ?? 0) / 1000 - 1 / 5)).toBeLessThanOrEqual(TOLERANCE);
      expect(Math.abs((top3.get(o.organizationId) ?? 0) / 3000 - 1 / 5)).toBeLessThanOrEqual(TOLERANCE);
    }
    expect(state!.revision).toBe(1000);
  });

  it('control: without the persisted state the same operator always wins (so the assertion above can fail)', () => {
    const { first } = simulate(false, () => 'same-key');
    expect([...first.values()]).toEqual([1000]);
  });
});
