import { apportionElderly, ClassificationSession } from '../index';
import { block, input, municipality, shop } from '../testing/classification.fixtures';

const RATIO = 0.1;

describe('apportioning municipal figures to town blocks', () => {
  it('no per-block figures: 75+ split equally, care3+ by 75+ share; all marked estimated', () => {
    const r = apportionElderly({ pop75Plus: 1000, care3Plus: 100 }, [{}, {}, {}, {}], RATIO);
    expect([...r.pop75Plus]).toEqual([250, 250, 250, 250]);
    expect([...r.care3Plus]).toEqual([25, 25, 25, 25]);
    expect([...r.atHomeElderly]).toEqual([225, 225, 225, 225]);
    expect([...r.estimated75]).toEqual([1, 1, 1, 1]);
    expect([...r.estimatedCare]).toEqual([1, 1, 1, 1]);
    expect(r.pop75Method).toBe('apportioned_equally');
    expect(r.care3Method).toBe('apportioned_by_75plus_share');
  });

  it('per-block 75+ known: care3+ follows each block\'s share of 75+, only care3+ is estimated', () => {
    const r = apportionElderly({ pop75Plus: 999, care3Plus: 100 }, [{ pop75Plus: 100 }, { pop75Plus: 300 }, { pop75Plus: 600 }], RATIO);
    expect([...r.pop75Plus]).toEqual([100, 300, 600]); // block counts win over the municipal total
    expect([...r.care3Plus]).toEqual([10, 30, 60]);
    expect([...r.estimated75]).toEqual([0, 0, 0]);
    expect([...r.estimatedCare]).toEqual([1, 1, 1]);
    expect(r.pop75Method).toBe('block_counts');
  });

  it('some blocks known: the rest of the municipal 75+ is shared equally by the others', () => {
    const r = apportionElderly({ pop75Plus: 700, care3Plus: null }, [{ pop75Plus: 100 }, {}, { pop75Plus: null }], RATIO);
    expect([...r.pop75Plus]).toEqual([100, 300, 300]);
    expect([...r.estimated75]).toEqual([0, 1, 1]);
    expect(r.pop75Method).toBe('remainder_apportioned_equally');
  });

  it('care3+ missing entirely: policy ratio of 75+, marked estimated', () => {
    const r = apportionElderly({ pop75Plus: 500, care3Plus: null }, [{ pop75Plus: 200 }, { pop75Plus: 300 }], RATIO);
    expect([...r.care3Plus]).toEqual([20, 30]);
    expect([...r.atHomeElderly]).toEqual([180, 270]);
    expect(r.care3Method).toBe('ratio_of_75plus');
    expect([...r.estimatedCare]).toEqual([1, 1]);
  });

  it('keeps fractions: 10 people over 3 blocks are 3.333… each, and nobody is rounded away', () => {
    const r = apportionElderly({ pop75Plus: 10, care3Plus: 1 }, [{}, {}, {}], RATIO);
    expect(r.pop75Plus[0]).toBeCloseTo(10 / 3, 12);
    expect(r.pop75Plus.reduce((s, v) => s + v, 0)).toBeCloseTo(10, 12);
    expect(r.atHomeElderly.reduce((s, v) => s + v, 0)).toBeCloseTo(9, 12);
  });

  it('blocks with no 75+ share no care3+; if no block has any 75+, care3+ is split equally', () => {
    expect([...apportionElderly({ care3Plus: 6 }, [{ pop75Plus: 0 }, { pop75Plus: 30 }], RATIO).care3Plus]).toEqual([0, 6]);
    expect([...apportionElderly({ care3Plus: 6 }, [{ pop75Plus: 0 }, { pop75Plus: 0 }], RATIO).care3Plus]).toEqual([3, 3]);
  });

  it('inconsistent figures are clamped and reported, never negative', () => {
    const over = apportionElderly({ pop75Plus: 100, care3Plus: 5 }, [{ pop75Plus: 150 }, {}], RATIO);
    expect([...over.pop75Plus]).toEqual([150, 0]);
    expect(over.warnings).toContain('block_75plus_exceeds_municipality');
    const care = apportionElderly({ pop75Plus: 10, care3Plus: 50 }, [{}, {}], RATIO);
    expect([...care.atHomeElderly]).toEqual([0, 0]);
    expect(care.warnings).toContain('care3plus_exceeds_75plus');
  });

  it('no municipal 75+ and no block counts: zero people, method "missing", warning', () => {
    const r = apportionElderly({ pop75Plus: null }, [{}, {}], RATIO);
    expect([...r.pop75Plus]).toEqual([0, 0]);
    expect(r.pop75Method).toBe('missing');
    expect(r.warnings).toEqual(['missing_75plus']);
  });
});

describe('estimated figures are visible in classification results', () => {
  const m = municipality({ code: '20201', population: 30_000, areaKm2: 100, pop75Plus: 4000, care3Plus: null });
  const blocks = [block('a', '20201', 36.65, 138.19), block('b', '20201', 36.66, 138.19)];
  const session = ClassificationSession.create(input([m], blocks, [shop('s', 36.65, 138.19)]));

  it('flags the municipality and counts its estimated blocks', () => {
    expect(session.municipality('20201')).toMatchObject({
      pop75Plus: 4000,
      care3Plus: 400,
      atHomeElderly: 3600,
      coveredAtHomeElderly: 1800,
      sufficiency: 0.5,
      estimation: { estimated: true, pop75Method: 'apportioned_equally', care3Method: 'ratio_of_75plus', estimatedBlockCount: 2 },
    });
  });

  it('says so in the explanation and on each uncovered block', () => {
    const e = session.explain('20201')!;
    expect(e.notesEn.join(' ')).toMatch(/75\+ figures are ESTIMATED: .* split equally/);
    expect(e.notesEn.join(' ')).toMatch(/care-level-3\+ figures are ESTIMATED: .* policy ratio/);
    expect(e.notesJa.join(' ')).toMatch(/75歳以上人口は推計です（.*均等に割り振りました）/);
    expect(e.notesJa.join(' ')).toMatch(/要介護3以上の人数は推計です（.*方針の比率/);
    expect(e.uncoveredBlocks.features).toHaveLength(1);
    expect(e.uncoveredBlocks.features[0].properties).toMatchObject({ blockId: 'b', pop75Plus: 2000, care3Plus: 200, estimated: true });
  });

  it('a missing 75+ figure is a warning diagnostic and leaves the rate undefined', () => {
    const run = ClassificationSession.create(
      input([municipality({ code: '20202', pop75Plus: null, care3Plus: null })], [block('x', '20202', 36.2, 138.2)], []),
    ).result();
    expect(run.municipalities[0]).toMatchObject({ sufficiency: null, sufficiencyUndefinedReason: 'no_at_home_elderly' });
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'missing_75plus', municipalityCode: '20202' }));
  });
});
