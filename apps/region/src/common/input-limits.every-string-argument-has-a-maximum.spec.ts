import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BULK_TEXT_ARGUMENTS, inputLimitProblems, limitKeysNotInSchema, stringArgumentsWithoutMaximum } from '@sanpuku/platform';
import { REGION_INPUT_LIMITS } from './input-limits';

const sdl = readFileSync(join(__dirname, '../../schema.gql'), 'utf8');

describe('region input limits', () => {
  it('name only string arguments schema.gql has', () => {
    expect(limitKeysNotInSchema(sdl, REGION_INPUT_LIMITS)).toEqual([]);
  });

  it('leave undeclared only codes bounded by their format, the labels kinds and bulk file contents', () => {
    // A string argument added later fails here until it gets its number in input-limits.ts.
    expect(stringArgumentsWithoutMaximum(sdl, REGION_INPUT_LIMITS).sort()).toEqual(
      [
        'area:/code',
        'areas:/prefectureCode',
        'importBoundaries:/input/contentBase64',
        'importMunicipalities:/input/contentBase64',
        'importResources:/input/contentBase64',
        'importTownBlockFiles:/input/files/*/contentBase64',
        'importTownBlocks:/input/contentBase64',
        'labels:/kinds/*',
        'municipalityMap:/code',
        'townBlocks:/municipalityCode',
      ].sort(),
    );
    for (const type of ['FileInput', 'FilePartInput', 'ResourceFileInput']) expect(BULK_TEXT_ARGUMENTS.has(`${type}.contentBase64`)).toBe(true);
  });

  it('leave every declared string to the validator that reports it with the input’s other problems', () => {
    const long = 'x'.repeat(300);
    expect(inputLimitProblems(REGION_INPUT_LIMITS, 'importResources', { input: { fileName: long, sourceName: long, defaultCategory: long } })).toEqual([]);
    expect(inputLimitProblems(REGION_INPUT_LIMITS, 'whatIf', { input: { add: [{ category: long, name: long }], removeResourceIds: [long] } })).toEqual([]);
  });
});
