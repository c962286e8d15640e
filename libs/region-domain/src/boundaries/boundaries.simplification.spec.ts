import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  douglasPeucker,
  JAPAN_SIMPLIFICATION,
  mergeBoundariesByCode,
  parseBoundaryFeatures,
  Position,
  positionCount,
  PREFECTURE_SIMPLIFICATION,
  quantiseRing,
  simplifyMultiPolygon,
  simplifyRing,
} from '../index';

const kagawa = mergeBoundariesByCode(parseBoundaryFeatures(JSON.parse(readFileSync(join(__dirname, '../../../../data/kagawa/boundaries-37.geojson'), 'utf8'))).features);

/** Planar distance from p to the polyline. */
function distanceToLine(p: Position, line: Position[]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = line[i];
    const [bx, by] = line[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy)));
  }
  return best;
}

describe('boundary simplification for drawing', () => {
  it('simplify.douglas-peucker-keeps-ends-drops-near-collinear-points-and-stays-within-tolerance', () => {
    const line: Position[] = [[0, 0], [1, 0.01], [2, -0.01], [3, 5], [4, 6], [5, 7.001], [6, 8]];
    const s = douglasPeucker(line, 0.1);
    expect(s[0]).toEqual([0, 0]);
    expect(s[s.length - 1]).toEqual([6, 8]);
    expect(s).not.toContainEqual([1, 0.01]);
    expect(s).toContainEqual([3, 5]);
    for (const p of line) expect(distanceToLine(p, s)).toBeLessThanOrEqual(0.1);
  });

  it('simplify.every-original-point-stays-within-tolerance-plus-rounding-on-real-boundaries', () => {
    for (const m of kagawa) {
      for (const poly of m.polygons) {
        const ring = poly[0];
        const s = simplifyRing(ring, PREFECTURE_SIMPLIFICATION.toleranceDeg, PREFECTURE_SIMPLIFICATION.decimals);
        if (!s) continue;
        expect(s[0]).toEqual(s[s.length - 1]);
        for (const p of ring) expect(distanceToLine(p, s)).toBeLessThanOrEqual(PREFECTURE_SIMPLIFICATION.toleranceDeg + 1e-5);
      }
    }
  });

  it('simplify.quantises-to-5-decimals-and-drops-repeated-positions', () => {
    const q = quantiseRing([[134.000001, 34.000001], [134.000004, 34.000002], [134.1234567, 34.2], [134.1, 34.3], [134.0000001, 34.0]], 5);
    expect(q).toEqual([[134, 34], [134.12346, 34.2], [134.1, 34.3], [134, 34]]);
  });

  it('simplify.kagawa-keeps-all-17-municipalities-and-shrinks', () => {
    let before = 0;
    let pref = 0;
    let japan = 0;
    for (const m of kagawa) {
      const p = simplifyMultiPolygon(m.polygons, PREFECTURE_SIMPLIFICATION);
      const j = simplifyMultiPolygon(m.polygons, JAPAN_SIMPLIFICATION);
      expect(p.length).toBeGreaterThan(0);
      expect(j.length).toBeGreaterThan(0);
      before += positionCount(m.polygons);
      pref += positionCount(p);
      japan += positionCount(j);
    }
    expect(pref).toBeLessThan(before);
    expect(japan).toBeLessThan(pref);
  });

  it('simplify.a-tiny-island-municipality-never-disappears', () => {
    const tiny: Position[] = [[134, 34], [134.0001, 34], [134.0001, 34.0001], [134, 34.0001], [134, 34]];
    const s = simplifyMultiPolygon([[tiny]], JAPAN_SIMPLIFICATION);
    expect(s).toEqual([[[[134, 34], [134.0001, 34], [134.0001, 34.0001], [134, 34.0001], [134, 34]]]]);
  });
});
