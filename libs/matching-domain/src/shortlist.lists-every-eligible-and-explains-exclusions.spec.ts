import { buildShortlist } from '@sanpuku/matching-domain';
import { aRequest, anOffering, NOW } from './testing/matching.fixtures';

describe('every offering meeting the hard criteria is listed; every other one says why not', () => {
  const offerings = Array.from({ length: 30 }, (_, i) =>
    anOffering({
      id: `off-${String(i).padStart(2, '0')}`,
      organizationId: `org-${i}`,
      capacity: i % 3 === 0 ? 'full' : 'available',
      base: { lat: 35.6 + i * 0.01, lng: 139.75 },
    }),
  );
  const r = buildShortlist({ request: aRequest(), offerings, exposureState: null, rotationKey: 'k', now: NOW });

  it('lists all 20 eligible ones (no cut-off) and excludes the 10 full ones with capacity_full', () => {
    expect(r.entries).toHaveLength(20);
    expect(r.excluded).toHaveLength(10);
    expect(r.excluded.every((x) => x.failed.length === 1 && x.failed[0].code === 'capacity_full')).toBe(true);
    expect(new Set([...r.entries.map((e) => e.offeringId), ...r.excluded.map((x) => x.offeringId)]).size).toBe(30);
  });

  it('positions are 1..n and scores never increase across bands', () => {
    expect(r.entries.map((e) => e.position)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (let i = 1; i < r.entries.length; i++) {
      if (r.entries[i].bandId !== r.entries[i - 1].bandId) {
        expect(r.entries[i].score).toBeLessThan(r.entries[i - 1].score);
      }
    }
  });
});
