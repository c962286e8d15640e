import { buildShortlist, MatchingInputError, resolveMatchingConfig } from '@sanpuku/matching-domain';
import { aRequest, anOffering, NOW } from './testing/matching.fixtures';

describe('malformed input is refused with a typed error listing the issues', () => {
  const base = { offerings: [anOffering()], exposureState: null, rotationKey: 'k', now: NOW };

  it('a 6-digit municipality code and an unknown care level', () => {
    const run = () =>
      buildShortlist({ ...base, request: aRequest({ municipalityCode: '131016', careLevel: 'care_6' as never }) });
    expect(run).toThrow(MatchingInputError);
    try {
      run();
    } catch (e) {
      expect((e as MatchingInputError).issues).toEqual([
        "careLevel 'care_6' is not a care level",
        'municipalityCode must be a 5-digit JIS code',
      ]);
    }
  });

  it('preferred day 7 and duplicate offering ids', () => {
    expect(() => buildShortlist({ ...base, request: aRequest({ preferences: { preferredDays: [7] } }) })).toThrow(
      /preferredDays/,
    );
    expect(() => buildShortlist({ ...base, request: aRequest(), offerings: [anOffering(), anOffering()] })).toThrow(
      /duplicate offering id off-1/,
    );
  });

  it('an invalid Date as now', () => {
    expect(() => buildShortlist({ ...base, request: aRequest(), now: new Date('nope') })).toThrow(MatchingInputError);
  });

  it('a config whose weights are all zero', () => {
    expect(() => resolveMatchingConfig({ scoring: { weights: { distance: 0, needsCoverage: 0, price: 0, freshness: 0 } } })).toThrow(
      /must not all be 0/,
    );
    expect(() => resolveMatchingConfig({ rotation: { topPositions: 0 } })).toThrow(/topPositions/);
  });
});
