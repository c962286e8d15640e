import { ClassificationInput, ClassificationSession, MunicipalityClassification, ResourceInput, TownBlockInput } from '../index';
import { geodesicDirect } from '@sanpuku/kernel';
import { block, input, municipality, seededRandom, shop, shopAtDistance } from '../testing/classification.fixtures';

/**
 * Three neighbouring municipalities with 600 seeded-random blocks and 120 shops. A mobile shop
 * (移動販売) starts stopping at a point; the what-if must equal a full recompute with that shop.
 */
function scenario(seed: number): ClassificationInput {
  const rnd = seededRandom(seed);
  const centre = { lat: 34.69, lng: 135.5 };
  const codes = ['27201', '27202', '27203'];
  const blocks: TownBlockInput[] = [];
  for (let i = 0; i < 600; i++) {
    const p = geodesicDirect(centre.lat, centre.lng, 360 * rnd(), 6000 * Math.sqrt(rnd()));
    const code = codes[p.lng < centre.lng - 0.01 ? 0 : p.lng < centre.lng + 0.02 ? 1 : 2];
    blocks.push(block(`b${i}`, code, p.lat, p.lng, i % 3 === 0 ? { pop75Plus: Math.floor(300 * rnd()) } : {}));
  }
  const resources: ResourceInput[] = [];
  for (let i = 0; i < 120; i++) {
    const b = blocks[Math.floor(rnd() * blocks.length)];
    resources.push(shopAtDistance(`s${i}`, b, 360 * rnd(), 700 * rnd(), ['convenience', 'supermarket', 'drugstore'][i % 3]));
  }
  const municipalities = codes.map((code, i) =>
    municipality({ code, population: 40_000 + 30_000 * i, areaKm2: 25, pop75Plus: 5_000 + 1_000 * i, care3Plus: i === 1 ? null : 600 }),
  );
  return input(municipalities, blocks, resources);
}

function byCode(ms: readonly MunicipalityClassification[]): Map<string, MunicipalityClassification> {
  return new Map(ms.map((m) => [m.code, m]));
}

/** Compares a what-if with a full recompute of the changed input. */
function expectWhatIfEqualsRecompute(base: ClassificationInput, session: ClassificationSession, add: ResourceInput[], remove: string[]) {
  const before = byCode(session.result().municipalities);
  const whatIf = session.whatIf({ add, remove });
  const recomputed = ClassificationSession.create({
    ...base,
    resources: [...base.resources.filter((r) => !remove.includes(r.id)), ...add],
  });
  const after = byCode(recomputed.result().municipalities);

  // The blocks that flip are exactly those whose coverage differs between the two full runs.
  const expectedFlips = base.blocks
    .filter((b) => (session.resourcesWithin(b.id)! > 0) !== (recomputed.resourcesWithin(b.id)! > 0))
    .map((b) => b.id)
    .sort();
  expect(whatIf.changedBlocks.map((c) => c.blockId).sort()).toEqual(expectedFlips);
  for (const c of whatIf.changedBlocks) {
    expect(c.resourcesWithinAfter).toBe(recomputed.resourcesWithin(c.blockId));
    expect(c.coveredBefore).toBe(!c.coveredAfter);
  }
  // Affected municipalities: after = recompute (bit for bit), before = current.
  for (const m of whatIf.municipalities) {
    const r = after.get(m.code)!;
    expect(m.after).toEqual({
      coveredBlockCount: r.coveredBlockCount,
      coveredAtHomeElderly: r.coveredAtHomeElderly,
      sufficiency: r.sufficiency,
      segment: r.segment,
      segmentReason: r.segmentReason,
    });
    expect(m.before.sufficiency).toBe(before.get(m.code)!.sufficiency);
    expect(m.segmentChanged).toBe(before.get(m.code)!.segment !== r.segment);
  }
  // Unaffected municipalities are identical in the recompute.
  const affected = new Set(whatIf.municipalities.map((m) => m.code));
  for (const [code, m] of before) if (!affected.has(code)) expect(after.get(code)).toEqual(m);
  return whatIf;
}

describe('what-if: a mobile shop is added', () => {
  const base = scenario(42);
  const session = ClassificationSession.create(base);

  it('covers the uncovered blocks within 500 m of its stop, and matches a full recompute exactly', () => {
    // Park the mobile shop on an uncovered block that has at-home elderly.
    const target = base.blocks.find((b) => session.resourcesWithin(b.id) === 0)!;
    const mobile = shop('mobile-1', target.lat, target.lng, 'supermarket');
    const whatIf = expectWhatIfEqualsRecompute(base, session, [mobile], []);
    expect(whatIf.changedBlocks.map((c) => c.blockId)).toContain(target.id);
    expect(whatIf.changedBlocks.every((c) => !c.coveredBefore && c.coveredAfter)).toBe(true);
    expect(whatIf.municipalities.length).toBeGreaterThan(0);
    const m = whatIf.municipalities.find((x) => x.code === target.municipalityCode)!;
    expect(m.after.sufficiency!).toBeGreaterThan(m.before.sufficiency!);
    expect(whatIf.policyRef).toBe('seed-default@1');
  });

  it('does not change the session (what-if is read-only)', () => {
    const snapshot = JSON.stringify(session.result());
    session.whatIf({ add: [shop('mobile-x', 34.69, 135.5)] });
    expect(JSON.stringify(session.result())).toBe(snapshot);
  });

  it('matches a full recompute for 40 random single-shop additions and removals', () => {
    const rnd = seededRandom(7);
    for (let i = 0; i < 40; i++) {
      const b = base.blocks[Math.floor(rnd() * base.blocks.length)];
      const added = shopAtDistance(`rand-${i}`, b, 360 * rnd(), 800 * rnd(), 'drugstore');
      expectWhatIfEqualsRecompute(base, session, [added], []);
      const removed = base.resources[Math.floor(rnd() * base.resources.length)].id;
      expectWhatIfEqualsRecompute(base, session, [], [removed]);
    }
  });

  it('moving a shop (remove + add with the same id) is one change', () => {
    const moved = base.resources[5];
    const p = geodesicDirect(moved.lat, moved.lng, 45, 900);
    expectWhatIfEqualsRecompute(base, session, [{ ...moved, lat: p.lat, lng: p.lng }], [moved.id]);
  });

  it('ignores what cannot count, and says why', () => {
    const r = session.whatIf({
      add: [shop('bank', 34.69, 135.5, 'bank'), shop('s1', 34.69, 135.5), shop('far', 10, 10)],
      remove: ['no-such-shop'],
    });
    expect(r.changedBlocks).toHaveLength(0);
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual([
      'duplicate_resource',
      'resource_category_not_counted',
      'resource_invalid_location',
      'resource_not_found',
    ]);
  });
});

describe('apply: the change is kept and the result equals a full recompute', () => {
  it('after adding and removing shops, result() equals a fresh classification of the new input', () => {
    const base = scenario(99);
    const session = ClassificationSession.create(base);
    const rnd = seededRandom(3);
    let resources = [...base.resources];
    for (let i = 0; i < 15; i++) {
      const b = base.blocks[Math.floor(rnd() * base.blocks.length)];
      const added = shopAtDistance(`new-${i}`, b, 360 * rnd(), 300 * rnd(), 'convenience');
      const removed = resources[Math.floor(rnd() * resources.length)].id;
      session.apply({ add: [added], remove: [removed] });
      resources = [...resources.filter((r) => r.id !== removed), added];
    }
    const fresh = ClassificationSession.create({ ...base, resources }).result();
    expect(session.result().municipalities).toEqual(fresh.municipalities);
    for (const b of base.blocks) expect(session.resourcesWithin(b.id)).toBeDefined();
  });
});
