import { ClassificationSession } from '../index';
import { geodesicDirect } from '@sanpuku/kernel';
import { block, input, municipality, shop, shopAtDistance } from '../testing/classification.fixtures';

/**
 * A small, densely settled island (general-city density) whose nearest shops are on the
 * mainland across a strait, 600 m and more from every island block. The 500 m rule looks at
 * distance only: municipal borders and water do not matter, so a mainland shop within 500 m
 * would count; here none is.
 */
const ISLAND = '38999'; // fictitious code on 愛媛県's numbering
const MAINLAND = '38201';
const islandCentre = { lat: 33.95, lng: 132.9 };
const islandBlocks = [0, 120, 240].map((az, i) => {
  const p = geodesicDirect(islandCentre.lat, islandCentre.lng, az, 150);
  return block(`island-${i}`, ISLAND, p.lat, p.lng, { pop75Plus: 100 + i, care3Plus: 10 });
});
// Mainland to the north: blocks 1.5 km north of the island centre, each with a shop on it.
const mainlandBlocks = [-200, 0, 200].map((dx, i) => {
  const north = geodesicDirect(islandCentre.lat, islandCentre.lng, 0, 1500);
  const p = geodesicDirect(north.lat, north.lng, 90, dx);
  return block(`main-${i}`, MAINLAND, p.lat, p.lng);
});
const mainlandShops = mainlandBlocks.map((b, i) => shop(`ms-${i}`, b.lat, b.lng));
// The closest mainland shop to the island: 600 m north of the northern island block.
const strandShop = shopAtDistance('strand', islandBlocks[0], 0, 600);

const municipalities = [
  municipality({ code: ISLAND, population: 1_500, areaKm2: 3, pop75Plus: null, care3Plus: null }), // 500 /km²
  municipality({ code: MAINLAND, population: 300_000, areaKm2: 400 }),
];

describe('an island with no shop within 500 m', () => {
  const session = ClassificationSession.create(input(municipalities, [...islandBlocks, ...mainlandBlocks], [...mainlandShops, strandShop]));
  const island = session.municipality(ISLAND)!;

  it('is not rural, but has 0 % sufficiency, so it is C with the "maintain" model', () => {
    expect(island.tier).toBe('general_city');
    expect(island.coveredBlockCount).toBe(0);
    expect(island.sufficiency).toBe(0);
    expect(island.segment).toBe('C');
    expect(island.segmentReason).toBe('sufficiency_below_b');
    expect(island.recommendedModel.code).toBe('maintain_most_needed_resources');
  });

  it('its neighbour across the strait is fully covered', () => {
    expect(session.municipality(MAINLAND)).toMatchObject({ sufficiency: 1, segment: 'A' });
  });

  it('explains itself with every island block as an uncovered GeoJSON point', () => {
    const e = session.explain(ISLAND)!;
    expect(e.uncoveredBlocks.type).toBe('FeatureCollection');
    expect(e.uncoveredBlocks.features.map((f) => f.id)).toEqual(['island-0', 'island-1', 'island-2']);
    const f = e.uncoveredBlocks.features[1];
    expect(f).toEqual({
      type: 'Feature',
      id: 'island-1',
      geometry: { type: 'Point', coordinates: [islandBlocks[1].lng, islandBlocks[1].lat] }, // [lng, lat]
      properties: {
        blockId: 'island-1',
        name: 'block island-1',
        pop75Plus: 101,
        care3Plus: 10,
        atHomeElderly: 91,
        estimated: false,
      },
    });
    expect(e).toMatchObject({
      population: 1_500,
      areaKm2: 3,
      densityPerKm2: 500,
      tier: 'general_city',
      atHomeElderly: 90 + 91 + 92,
      coveredAtHomeElderly: 0,
      sufficiency: 0,
      segment: 'C',
      estimation: { estimated: false, pop75Method: 'block_counts', care3Method: 'block_counts' },
      provenance: { policyRef: 'seed-default@1', distanceModelRef: 'ellipsoid:WGS84', radiusM: 500 },
    });
    expect(e.notesEn.join('\n')).toContain('0 of 3 blocks covered');
    expect(e.notesJa.join('\n')).toContain('町丁目3か所のうち0か所に拠点あり');
  });

  it('a mainland shop within 500 m of an island block would count across the municipal border', () => {
    const whatIf = session.whatIf({ add: [shopAtDistance('ferry-kiosk', islandBlocks[0], 0, 450)] });
    expect(whatIf.changedBlocks.map((b) => b.blockId)).toEqual(['island-0']);
    expect(whatIf.municipalities[0]).toMatchObject({ code: ISLAND, before: { segment: 'C' }, after: { segment: 'C' } });
    expect(whatIf.municipalities[0].after.sufficiency).toBeCloseTo(90 / 273, 12);
  });
});
