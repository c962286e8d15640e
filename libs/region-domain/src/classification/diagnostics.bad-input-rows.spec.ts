import { classify } from '../index';
import { block, input, municipality, shop } from '../testing/classification.fixtures';

describe('bad input rows are left out and reported, the rest is classified', () => {
  const run = classify(
    input(
      [
        municipality({ code: '01101' }),
        municipality({ code: '01101', population: 1 }), // duplicate
        municipality({ code: '１３１０１' }), // not normalised
        municipality({ code: '01102', areaKm2: 0 }),
        municipality({ code: '01103', population: Number.NaN }),
      ],
      [
        block('ok', '01101', 43.06, 141.35),
        block('ok', '01101', 43.07, 141.35), // duplicate id
        block('no-point', '01101', Number.NaN, Number.NaN), // MLIT rows without coordinates exist
        block('swapped', '01101', 141.35, 43.06),
        block('orphan', '99999', 43.06, 141.35),
        block('of-bad-unit', '01102', 43.06, 141.35),
      ],
      [shop('s', 43.06, 141.35), shop('s', 43.06, 141.36), shop('nowhere', 0, 0)],
    ),
  );
  const codes = run.diagnostics.map((d) => d.code);

  it('classifies the valid unit with its valid block only', () => {
    expect(run.municipalities.map((m) => m.code)).toEqual(['01101']);
    expect(run.municipalities[0]).toMatchObject({ blockCount: 1, coveredBlockCount: 1, population: 10_000 });
    expect(run.stats).toMatchObject({ blockCount: 1, countedResourceCount: 1, ignoredResourceCount: 1 });
  });

  it('reports each problem with a code', () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        'duplicate_municipality',
        'invalid_municipality_code',
        'invalid_area',
        'invalid_population',
        'duplicate_block',
        'block_invalid_location',
        'block_unknown_municipality',
        'blocks_of_invalid_municipality',
        'duplicate_resource',
        'resource_invalid_location',
      ]),
    );
    expect(codes.filter((c) => c === 'block_invalid_location')).toHaveLength(2);
    expect(run.diagnostics.find((d) => d.code === 'block_unknown_municipality')).toMatchObject({
      severity: 'error',
      municipalityCode: '99999',
    });
  });
});
