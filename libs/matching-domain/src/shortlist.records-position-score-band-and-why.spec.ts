import { buildShortlist, type ExposureState } from '@sanpuku/matching-domain';
import { aRequest, anOffering, NOW } from './testing/matching.fixtures';

describe('the shortlist records, per position, offeringId, score, band id and why it is there', () => {
  // 'best' is 0 m away; 'far' 10 km; 'twin-a'/'twin-b' identical, 2 km away.
  const home = { lat: 35.0, lng: 139.0 };
  const km = (k: number) => ({ lat: 35.0 + (k * 1000) / 111_195, lng: 139.0 });
  const offerings = [
    anOffering({ id: 'far', organizationId: 'org-far', base: km(10) }),
    anOffering({ id: 'twin-a', organizationId: 'org-a', base: km(2) }),
    anOffering({ id: 'best', organizationId: 'org-best', base: home, categories: ['meal_delivery', 'housework'] }),
    anOffering({ id: 'twin-b', organizationId: 'org-b', base: km(2) }),
  ];
  const request = aRequest({ location: home, needs: ['meal_delivery', 'housework'] });
  const state: ExposureState = {
    schemaVersion: 1,
    revision: 3,
    offerings: {
      'twin-a': { positionCounts: [0, 2, 0], listedCount: 2 },
      'twin-b': { positionCounts: [0, 1, 0], listedCount: 1 },
    },
  };
  const r = buildShortlist({ request, offerings, exposureState: state, rotationKey: 'req-7', now: NOW });

  it('orders by band, rotates inside the band by exposure', () => {
    expect(r.entries.map((e) => [e.position, e.offeringId, e.bandId])).toEqual([
      [1, 'best', 'b1'],
      [2, 'twin-b', 'b2'], // fewer top-2 exposures (1) than twin-a (2)
      [3, 'twin-a', 'b2'],
      [4, 'far', 'b3'],
    ]);
    expect(r.entries[1].score).toBe(r.entries[2].score);
    expect(r.entries[0].score).toBeGreaterThan(r.entries[1].score);
  });

  it('each position says why, in both languages', () => {
    expect(r.entries[0].placement).toMatchObject({ rule: 'only_member_of_band' });
    expect(r.entries[1].placement).toMatchObject({ rule: 'least_exposed', exposureWindow: 2, exposureCountBefore: 1, contenders: 2 });
    expect(r.entries[1].placement.en).toContain('fewest top-2 exposures (1)');
    expect(r.entries[1].placement.ja).toContain('表示回数が最少（1回）');
    expect(r.entries[2].placement.rule).toBe('last_remaining_in_band');
    for (const e of r.entries) {
      expect(e.placement.tieBreakHash).toMatch(/^[0-9a-f]{8}$/);
      expect(e.explanation.criteriaMet.length).toBeGreaterThanOrEqual(7);
      expect(e.explanation.scoreParts).toHaveLength(4);
    }
  });

  it('emits one exposure record per listed position and counts the top positions in the next state', () => {
    expect(r.exposureRecords.map((x) => [x.position, x.offeringId, x.organizationId, x.bandId])).toEqual([
      [1, 'best', 'org-best', 'b1'],
      [2, 'twin-b', 'org-b', 'b2'],
      [3, 'twin-a', 'org-a', 'b2'],
      [4, 'far', 'org-far', 'b3'],
    ]);
    expect(r.exposureRecords.every((x) => x.at === NOW.toISOString() && x.municipalityCode === '13101')).toBe(true);
    expect(r.nextExposureState.offerings['twin-b'].positionCounts).toEqual([0, 2, 0]);
    expect(r.nextExposureState.offerings['twin-a'].positionCounts).toEqual([0, 2, 1]);
    expect(r.nextExposureState.offerings['far'].positionCounts).toEqual([0, 0, 0]);
    expect(r.nextExposureState.offerings['far'].listedCount).toBe(1);
  });

  it('an exact exposure tie is broken by the stable hash, and says so', () => {
    const tie = buildShortlist({
      request,
      offerings: offerings.filter((o) => o.id.startsWith('twin')),
      exposureState: null,
      rotationKey: 'req-8',
      now: NOW,
    });
    expect(tie.entries[0].placement.rule).toBe('hash_tiebreak');
    expect(tie.entries[0].placement.tieBreakHash < tie.entries[1].placement.tieBreakHash).toBe(true);
    expect(tie.entries[0].placement.en).toContain('smallest tie-break hash');
  });
});
