import { type ExposureState, rotateShortlist } from '@sanpuku/matching-domain';
import { seededRandom, randInt } from './testing/matching.fixtures';

/**
 * Property, over 2,000 seeded random cases (random scores with ties, band widths, top-K, prior
 * exposure states with newcomers, rotation keys): whenever a candidate is listed below one
 * that scores strictly less, the two are in the same band and within bandWidth of each other.
 */
describe('a strictly better candidate outside the band is never placed below a worse one', () => {
  it('holds for 2,000 random cases (seed 20261120)', () => {
    const rnd = seededRandom(20261120);
    let inversionsInsideBands = 0;
    for (let c = 0; c < 2000; c++) {
      const n = randInt(rnd, 1, 12);
      const bandWidth = [0, 0.5, 2, 5, 10, 25][randInt(rnd, 0, 5)];
      const topPositions = randInt(rnd, 1, 5);
      const candidates = Array.from({ length: n }, (_, i) => ({
        offeringId: `o${i}`,
        organizationId: `org${randInt(rnd, 0, 4)}`,
        // Coarse grid so that exact ties happen often.
        score: Math.round(rnd() * 40) * 2.5,
      }));
      const offerings: Record<string, { positionCounts: number[]; listedCount: number }> = {};
      for (const cand of candidates) {
        if (rnd() < 0.7) {
          offerings[cand.offeringId] = {
            positionCounts: Array.from({ length: randInt(rnd, 0, 6) }, () => randInt(rnd, 0, 50)),
            listedCount: randInt(rnd, 0, 200),
          };
        }
      }
      const state: ExposureState = { schemaVersion: 1, revision: randInt(rnd, 0, 99), offerings };
      const r = rotateShortlist(candidates, state, `key-${c}`, { bandWidth, topPositions });

      expect(r.placements.map((p) => p.offeringId).sort()).toEqual(candidates.map((x) => x.offeringId).sort());
      for (let i = 0; i < r.placements.length; i++) {
        for (let j = i + 1; j < r.placements.length; j++) {
          const above = r.placements[i];
          const below = r.placements[j];
          if (below.score > above.score) {
            inversionsInsideBands++;
            expect(below.bandId).toBe(above.bandId);
            expect(below.score - above.score).toBeLessThanOrEqual(bandWidth + 1e-9);
          }
          if (below.bandId !== above.bandId) expect(above.score).toBeGreaterThan(below.score);
        }
      }
      for (const b of r.bands) expect(b.leaderScore - b.lowestScore).toBeLessThanOrEqual(bandWidth + 1e-9);
    }
    // The rotation really does reorder inside bands (otherwise the property would be vacuous).
    expect(inversionsInsideBands).toBeGreaterThan(100);
  });
});
