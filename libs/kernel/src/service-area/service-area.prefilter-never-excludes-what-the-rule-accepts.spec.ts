import { geodesicDirect } from '../geodesy';
import { seededRandom } from '../seeded-random';
import { serviceAreaMayContain, serviceAreaPrefilterSql, storedAreaKeysOf, type PrefilterPlace } from './prefilter';
import { serviceAreaContains, type ServiceAreaShape } from './service-area';

/** Areas and places drawn from one seed, half of the places on or next to the areas' edges. */
function cases(seed: number, n: number): { area: ServiceAreaShape; place: PrefilterPlace & { point: { lat: number; lng: number }; municipalityCode: string } }[] {
  const rnd = seededRandom(seed);
  const codes = ['37201', '37202', '37203', '37204', '37205', '01100', '47201'];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    // Japan, Hokkaido to Okinawa.
    const center = { lat: 24 + rnd() * 22, lng: 123 + rnd() * 22 };
    let area: ServiceAreaShape;
    let edge: { lat: number; lng: number };
    const kind = rnd();
    if (kind < 0.4) {
      const radiusM = 50 + rnd() * 100_000;
      area = { kind: 'radius', center, radiusM };
      const on = geodesicDirect(center.lat, center.lng, rnd() * 360, radiusM * (1 + (rnd() - 0.5) * 1e-6));
      edge = { lat: on.lat, lng: on.lng };
    } else if (kind < 0.8) {
      // A star-shaped ring (concave when the radii vary), sometimes with a hole.
      const k = 3 + Math.floor(rnd() * 9);
      const size = 0.001 + rnd() * 0.5;
      const ring = Array.from({ length: k }, (_, j) => {
        const a = (2 * Math.PI * j) / k;
        const r = size * (0.3 + rnd() * 0.7);
        return [center.lng + r * Math.cos(a), center.lat + r * Math.sin(a)];
      });
      ring.push(ring[0]);
      const hole = [
        [center.lng - size * 0.1, center.lat - size * 0.1],
        [center.lng + size * 0.1, center.lat - size * 0.1],
        [center.lng + size * 0.1, center.lat + size * 0.1],
        [center.lng - size * 0.1, center.lat + size * 0.1],
        [center.lng - size * 0.1, center.lat - size * 0.1],
      ];
      area = { kind: 'polygon', rings: rnd() < 0.5 ? [ring] : [ring, hole] };
      const j = Math.floor(rnd() * k);
      const t = rnd();
      edge = { lng: ring[j][0] + t * (ring[j + 1][0] - ring[j][0]), lat: ring[j][1] + t * (ring[j + 1][1] - ring[j][1]) };
    } else {
      area = { kind: 'municipalities', codes: codes.filter(() => rnd() < 0.4) };
      edge = center;
    }
    const point = rnd() < 0.5 ? edge : { lat: center.lat + (rnd() - 0.5) * 2, lng: center.lng + (rnd() - 0.5) * 2 };
    out.push({ area, place: { point, municipalityCode: pick(codes) } });
  }
  return out;
}

describe('the service-area prefilter', () => {
  it('never leaves out a place the containment rule accepts (3,000 seeded areas and places, half on the edges)', () => {
    let accepted = 0;
    let narrowed = 0;
    const missed: unknown[] = [];
    const wrongWithoutPoint: unknown[] = [];
    for (const { area, place } of cases(20261208, 3_000)) {
      const keys = storedAreaKeysOf(area);
      const inside = serviceAreaContains(area, place).inside;
      const kept = serviceAreaMayContain(keys, place);
      if (inside) {
        accepted++;
        if (!kept) missed.push({ area, place });
      }
      // Without a point (matching), radius and polygon areas are all kept; lists still need the code.
      const withoutPoint = serviceAreaMayContain(keys, { municipalityCode: place.municipalityCode });
      if (withoutPoint !== (area.kind !== 'municipalities' || area.codes.includes(place.municipalityCode))) wrongWithoutPoint.push({ area, place });
      if (!kept) narrowed++;
    }
    expect(missed).toEqual([]);
    expect(wrongWithoutPoint).toEqual([]);
    // Both outcomes occur, so the check is not vacuous: the prefilter does narrow.
    expect(accepted).toBeGreaterThan(500);
    expect(narrowed).toBeGreaterThan(500);
  });

  it('the box of a radius area contains every point of its circle, at every bearing', () => {
    const area: ServiceAreaShape = { kind: 'radius', center: { lat: 45.4154, lng: 141.673 }, radiusM: 100_000 };
    const keys = storedAreaKeysOf(area);
    for (let bearing = 0; bearing < 360; bearing += 0.1) {
      const p = geodesicDirect(area.center.lat, area.center.lng, bearing, area.radiusM);
      expect(serviceAreaMayContain(keys, { point: { lat: p.lat, lng: p.lng } })).toBe(true);
    }
  });

  describe('as SQL, the same terms over each caller’s columns', () => {
    const render = (place: PrefilterPlace, columns: Parameters<typeof serviceAreaPrefilterSql>[1], first = 0) => {
      const params: unknown[] = [];
      const sql = serviceAreaPrefilterSql(place, columns, (v) => {
        params.push(v);
        return `$${first + params.length}`;
      });
      return { sql, params };
    };
    const catalogue = { kind: 'area_kind', codes: { sql: 'served_municipalities', type: 'text[]' as const }, box: 'bbox' };
    const matching = { kind: `snapshot->'serviceArea'->>'kind'`, codes: { sql: `snapshot->'serviceArea'->'codes'`, type: 'jsonb' as const } };

    it('a point with its municipality (catalogue): the lists naming it, or a box containing the point', () => {
      expect(render({ point: { lat: 34.34, lng: 134.05 }, municipalityCode: '37201' }, catalogue)).toEqual({
        sql: `((area_kind = 'municipalities' AND served_municipalities @> ARRAY[$3::text]) OR bbox @> box(point($1::float8, $2::float8), point($1::float8, $2::float8)))`,
        params: [134.05, 34.34, '37201'],
      });
    });

    it('a point alone (catalogue): the boxes containing it; lists are left out', () => {
      expect(render({ point: { lat: 34.34, lng: 134.05 } }, catalogue).sql).toBe(`bbox @> box(point($1::float8, $2::float8), point($1::float8, $2::float8))`);
    });

    it('a municipality alone (matching, a jsonb snapshot): the lists naming it, and every radius and polygon area', () => {
      expect(render({ municipalityCode: '37201' }, matching, 1)).toEqual({
        sql: `((snapshot->'serviceArea'->>'kind' = 'municipalities' AND snapshot->'serviceArea'->'codes' @> jsonb_build_array($2::text)) OR snapshot->'serviceArea'->>'kind' <> 'municipalities')`,
        params: ['37201'],
      });
    });

    it('refuses a point without a box column rather than silently keeping everything', () => {
      expect(() => render({ point: { lat: 34, lng: 134 } }, matching)).toThrow(/box column/);
    });
  });
});
