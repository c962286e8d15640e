import { BOUNDARY_TOLERANCE_M, ClassificationInput, ClassificationSession, MunicipalityInput, ResourceInput, SEED_DEFAULT_POLICY, TownBlockInput } from '..';
import { geodesicDirect, geodesicDistance, seededRandom } from '@sanpuku/kernel';

// Plain literals rather than the shared fixtures: every figure this test relies on is in view here.
const shop = (id: string, lat: number, lng: number, category = 'convenience'): ResourceInput => ({ id, category, lat, lng });

/**
 * The session on one fixed input against facts this test works out on its own, with nothing
 * from the code under test but the result: every block carries its own 75+ and care3+ counts
 * (so at-home elderly = 75+ − care3+, no apportionment), coverage is every (shop, block) pair
 * measured with the kernel's geodesic distance, and the unit figures, tiers and segments follow
 * from the rules in docs/domain.md §4. These are the figures the session gave before its
 * coverage pass was rewritten (checked then against the old implementation on this input, the
 * synthetic Japan-sized input and all 277,207 real blocks), so a change that moves any block
 * or any figure fails here.
 */
const CODES = ['13101', '13102', '13103', '01204'];
const CATEGORIES = ['convenience', 'supermarket', 'drugstore'];

function fixedInput(): ClassificationInput {
  const rnd = seededRandom(4242);
  const centres = [
    { lat: 35.69, lng: 139.75 }, // three neighbouring wards of a large city
    { lat: 35.7, lng: 139.78 },
    { lat: 35.66, lng: 139.85 },
    { lat: 43.77, lng: 142.36 }, // and a rural town far away
  ];
  const blocks: TownBlockInput[] = [];
  const sums = CODES.map(() => ({ pop75: 0, care3: 0 }));
  centres.forEach((c, m) => {
    for (let i = 0; i < 250; i++) {
      const p = geodesicDirect(c.lat, c.lng, 360 * rnd(), 2500 * Math.sqrt(rnd()));
      const pop75 = 5 + Math.floor(200 * rnd());
      const care3 = Math.floor(pop75 * 0.2 * rnd());
      sums[m].pop75 += pop75;
      sums[m].care3 += care3;
      blocks.push({ id: `${CODES[m]}-${i}`, municipalityCode: CODES[m], lat: p.lat, lng: p.lng, pop75Plus: pop75, care3Plus: care3 });
    }
    const last = blocks[blocks.length - 1];
    blocks.push({ id: `${CODES[m]}-dup`, municipalityCode: CODES[m], lat: last.lat, lng: last.lng, pop75Plus: 7, care3Plus: 1 }); // same point, another block
    sums[m].pop75 += 7;
    sums[m].care3 += 1;
  });
  const resources: ResourceInput[] = [];
  // Shops per unit: many, some, few, some — so the units land in different segments.
  const shopsPerUnit = [150, 25, 6, 60];
  let i = 0;
  shopsPerUnit.forEach((count, m) => {
    for (let k = 0; k < count; k++, i++) {
      const anchor = blocks[m * 251 + Math.floor(rnd() * 250)];
      const d = i % 4 === 0 ? 500 + (rnd() - 0.5) * 0.004 : 900 * rnd(); // a quarter on the circle ± 2 mm
      const p = geodesicDirect(anchor.lat, anchor.lng, 360 * rnd(), d);
      resources.push(shop(`s${i}`, p.lat, p.lng, CATEGORIES[i % 3]));
    }
  });
  resources.push(shop('s5', 35.69, 139.75)); // a repeated id: the first s5 counts, this one does not
  resources.push(shop('pharmacy-1', 35.69, 139.75, 'pharmacy')); // a category the policy does not count
  resources.push(shop('nowhere', 0, 0)); // outside Japan
  resources.push({ ...resources[10], id: 's10-twin' }); // same place as s10, another shop
  const density = [12_000, 9_000, 3_000, 40]; // large, large, large, rural (per km²)
  const municipalities: MunicipalityInput[] = CODES.map((code, m) =>
    ({ code, name: `m-${code}`, unitType: 'municipality', areaKm2: 20, population: density[m] * 20, pop75Plus: sums[m].pop75, care3Plus: sums[m].care3 }),
  );
  return { municipalities, blocks, resources, level: 'city' };
}

describe('a session on a fixed input gives the facts worked out independently', () => {
  const data = fixedInput();
  const session = ClassificationSession.create(data, SEED_DEFAULT_POLICY);
  const run = session.result();

  // Counted shops: counted category, in Japan, first occurrence of the id.
  const seen = new Set<string>();
  const counted = data.resources.filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return SEED_DEFAULT_POLICY.resourceCategories.includes(r.category) && r.lat > 20 && r.lng > 122;
  });
  const within = new Map<string, number>();
  for (const b of data.blocks) {
    let n = 0;
    for (const r of counted) if (geodesicDistance(r.lat, r.lng, b.lat, b.lng) <= 500 + BOUNDARY_TOLERANCE_M) n++;
    within.set(b.id, n);
  }

  it('counts, for every block, exactly the shops within 500 m of it', () => {
    for (const b of data.blocks) expect(session.resourcesWithin(b.id)).toBe(within.get(b.id));
    expect(session.block(data.blocks[0].id)?.covered).toBe((within.get(data.blocks[0].id) ?? 0) > 0);
    expect(run.stats.coveredBlockCount).toBe([...within.values()].filter((n) => n > 0).length);
    expect(run.stats.countedResourceCount).toBe(counted.length);
    expect(run.stats.ignoredResourceCount).toBe(2);
  });

  it('gives every unit the covered sums, sufficiency, tier and segment the rules give', () => {
    expect(run.municipalities.map((m) => m.code)).toEqual(CODES);
    CODES.forEach((code, m) => {
      const blocks = data.blocks.filter((b) => b.municipalityCode === code);
      const atHome = blocks.reduce((s, b) => s + (b.pop75Plus ?? 0) - (b.care3Plus ?? 0), 0);
      const coveredBlocks = blocks.filter((b) => (within.get(b.id) ?? 0) > 0);
      const coveredAtHome = coveredBlocks.reduce((s, b) => s + (b.pop75Plus ?? 0) - (b.care3Plus ?? 0), 0);
      const sufficiency = coveredAtHome / atHome;
      const tier = m === 3 ? 'rural' : 'large_city';
      const segment = tier === 'rural' ? 'C' : sufficiency >= 0.8 ? 'A' : sufficiency >= 0.4 ? 'B' : 'C';
      const result = run.municipalities[m];
      expect(result).toMatchObject({
        blockCount: blocks.length,
        coveredBlockCount: coveredBlocks.length,
        atHomeElderly: atHome,
        coveredAtHomeElderly: coveredAtHome,
        sufficiency,
        tier,
        segment,
      });
      expect(result.estimation.estimated).toBe(false);
    });
    // The input is not degenerate: A, B and C all occur, and every urban unit has blocks on both sides.
    expect(new Set(run.municipalities.map((m) => m.segment)).size).toBe(3);
    for (const m of run.municipalities.slice(0, 3)) {
      expect(m.coveredBlockCount).toBeGreaterThan(0);
      expect(m.coveredBlockCount).toBeLessThan(m.blockCount);
    }
  });

  it('reports the repeated id, the uncounted category and the unusable location', () => {
    const codes = run.diagnostics.map((d) => `${d.code}:${d.resourceId ?? ''}`);
    expect(codes).toContain('duplicate_resource:s5');
    expect(codes).toContain('resource_invalid_location:nowhere');
    expect(run.diagnostics.find((d) => d.code === 'resource_category_not_counted')?.message).toContain("'pharmacy'");
  });

  it('answers a what-if removal with the blocks that lose their only shop', () => {
    const soleCover = (r: ResourceInput): string[] =>
      data.blocks
        .filter((b) => within.get(b.id) === 1 && geodesicDistance(r.lat, r.lng, b.lat, b.lng) <= 500 + BOUNDARY_TOLERANCE_M)
        .map((b) => b.id)
        .sort();
    const gone = counted.find((r) => soleCover(r).length > 0);
    if (!gone) throw new Error('the fixed input has no shop that is the only one of some block');
    const lost = soleCover(gone);
    const effect = session.whatIf({ remove: [gone.id] });
    expect(effect.changedBlocks.map((c) => c.blockId).sort()).toEqual(lost);
    expect(effect.changedBlocks.every((c) => c.coveredBefore && !c.coveredAfter)).toBe(true);
    expect(session.resourcesWithin(data.blocks[0].id)).toBe(within.get(data.blocks[0].id)); // unchanged
  });
});
