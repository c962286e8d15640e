import { buildShortlist } from '@sanpuku/matching-domain';
import { aRequest, anOffering, NOW } from './testing/matching.fixtures';

describe('needs that no listed offering covers are reported as unmet', () => {
  it('one need covered, one not', () => {
    const r = buildShortlist({
      request: aRequest({ needs: ['meal_delivery', 'mobility'] }),
      offerings: [anOffering({ categories: ['meal_delivery'] }), anOffering({ id: 'x', categories: ['mobility'], capacity: 'full' })],
      exposureState: null,
      rotationKey: 'k',
      now: NOW,
    });
    expect(r.uncoveredNeeds).toEqual(['mobility']);
  });

  it('no offering at all: every need is unmet', () => {
    const r = buildShortlist({
      request: aRequest({ needs: ['housework', 'mobility'] }),
      offerings: [],
      exposureState: null,
      rotationKey: 'k',
      now: NOW,
    });
    expect(r.entries).toEqual([]);
    expect(r.uncoveredNeeds).toEqual(['housework', 'mobility']);
  });
});
