import { classify, ClassificationSession } from '../index';
import { block, IIDABASHI_1, input, municipality, shop } from '../testing/classification.fixtures';

/**
 * Sufficiency is covered / total at-home elderly. With no at-home elderly it is 0/0: we return
 * sufficiency null with a reason, and segment C (reason 'sufficiency_undefined'), because the
 * segments grade the market for eldercare services and A or B must never rest on a rate that
 * could not be measured. The contract event (SegmentChangedV1) allows a null sufficiency.
 */
const dense = { population: 50_000, areaKm2: 10 }; // 5,000 /km²: large city, so rurality is not the reason
const blocks = [block('b1', '13101', IIDABASHI_1.lat, IIDABASHI_1.lng), block('b2', '13101', IIDABASHI_1.lat + 0.001, IIDABASHI_1.lng)];
const shops = [shop('s1', IIDABASHI_1.lat, IIDABASHI_1.lng)];

describe('a municipality with no at-home elderly', () => {
  it('nobody aged 75+: sufficiency null, segment C, model C — even when every block is covered', () => {
    const m = classify(input([municipality({ code: '13101', ...dense, pop75Plus: 0, care3Plus: 0 })], blocks, shops))
      .municipalities[0];
    expect(m.tier).toBe('large_city');
    expect(m.coveredBlockCount).toBe(2);
    expect(m.atHomeElderly).toBe(0);
    expect(m.sufficiency).toBeNull();
    expect(m.sufficiencyUndefinedReason).toBe('no_at_home_elderly');
    expect(m.segment).toBe('C');
    expect(m.segmentReason).toBe('sufficiency_undefined');
    expect(m.recommendedModel.code).toBe('maintain_most_needed_resources');
  });

  it('every 75+ resident is certified care level 3+: also no at-home elderly', () => {
    const m = classify(input([municipality({ code: '13101', ...dense, pop75Plus: 40, care3Plus: 40 })], blocks, shops))
      .municipalities[0];
    expect(m.pop75Plus).toBe(40);
    expect(m.atHomeElderly).toBe(0);
    expect(m.sufficiency).toBeNull();
    expect(m.segment).toBe('C');
  });

  it('no town blocks at all (e.g. a municipality missing from the block file): null with its own reason', () => {
    const run = classify(input([municipality({ code: '13101', ...dense })], [], shops));
    expect(run.municipalities[0]).toMatchObject({
      blockCount: 0,
      sufficiency: null,
      sufficiencyUndefinedReason: 'no_town_blocks',
      segment: 'C',
      estimation: { estimated: false, pop75Method: 'no_blocks', care3Method: 'no_blocks', estimatedBlockCount: 0 },
    });
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ code: 'no_town_blocks', municipalityCode: '13101' }));
  });

  it('a shop added next to it changes nothing: sufficiency stays undefined', () => {
    const session = ClassificationSession.create(
      input([municipality({ code: '13101', ...dense, pop75Plus: 0, care3Plus: 0 })], blocks, []),
    );
    const whatIf = session.whatIf({ add: [shop('new', IIDABASHI_1.lat, IIDABASHI_1.lng)] });
    expect(whatIf.changedBlocks).toHaveLength(2);
    expect(whatIf.municipalities[0].before.sufficiency).toBeNull();
    expect(whatIf.municipalities[0].after.sufficiency).toBeNull();
    expect(whatIf.municipalities[0].segmentChanged).toBe(false);
  });

  it('one at-home elderly person is enough to measure again', () => {
    const m = classify(input([municipality({ code: '13101', ...dense, pop75Plus: 1, care3Plus: 0 })], blocks, shops))
      .municipalities[0];
    expect(m.sufficiency).toBe(1);
    expect(m.segment).toBe('A');
  });
});
