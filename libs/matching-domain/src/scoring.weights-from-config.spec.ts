import { buildShortlist, resolveMatchingConfig } from '@sanpuku/matching-domain';
import { aRequest, anOffering, daysBefore, NOW } from './testing/matching.fixtures';

describe('weights come from the config and change the order they should', () => {
  const request = aRequest({ location: { lat: 35.0, lng: 139.0 } });
  const near = anOffering({ id: 'near', organizationId: 'o-near', base: { lat: 35.0, lng: 139.0 }, capacityConfirmedAt: daysBefore(29) });
  const fresh = anOffering({ id: 'fresh', organizationId: 'o-fresh', base: { lat: 35.05, lng: 139.0 }, capacityConfirmedAt: daysBefore(0) });
  const order = (weights: { distance: number; freshness: number }) =>
    buildShortlist({
      request,
      offerings: [near, fresh],
      exposureState: null,
      rotationKey: 'k',
      now: NOW,
      config: resolveMatchingConfig({ scoring: { weights: { ...weights, needsCoverage: 0, price: 0 } }, rotation: { bandWidth: 0 } }),
    }).entries.map((e) => e.offeringId);

  it('distance-only weights put the nearer first', () => expect(order({ distance: 1, freshness: 0 })).toEqual(['near', 'fresh']));
  it('freshness-only weights put the fresher first', () => expect(order({ distance: 0, freshness: 1 })).toEqual(['fresh', 'near']));
});
