import { buildShortlist, emptyExposureState, FILTER_REASON_CODES, filterReasonMessage } from '@sanpuku/matching-domain';
import { aRequest, anOffering, NOW } from './testing/matching.fixtures';

/** What a person must never read in a sentence: a UUID, an ISO date/time, a lower_snake_case code, a bare hex hash. */
export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
export const ISO = /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/;
export const SNAKE = /\b[a-z][a-z0-9]*_[a-z0-9_]+\b/;
export const HEX_HASH = /\b[0-9a-f]{8}\b/;

function offendersIn(sentences: readonly string[]): string[] {
  return sentences.filter((s) => UUID.test(s) || ISO.test(s) || SNAKE.test(s) || HEX_HASH.test(s));
}

describe('shortlist.sentences-have-no-codes-ids-or-iso-dates', () => {
  it('every criterion, note, score part and placement of a shortlist, and every exclusion reason, is words only', () => {
    const ids = ['0f8fad5b-d9cb-469f-a165-70867728950e', '1f8fad5b-d9cb-469f-a165-70867728950e', '2f8fad5b-d9cb-469f-a165-70867728950e', '3f8fad5b-d9cb-469f-a165-70867728950e'];
    const result = buildShortlist({
      request: aRequest({ needs: ['meal_delivery', 'monitoring_emergency'], preferences: { coverage: 'any', budgetYen: 500, preferredDays: [1, 3], language: 'vi' } }),
      offerings: [
        anOffering({ id: ids[0], categories: ['meal_delivery'], languages: ['ja', 'vi'], days: [1] }),
        anOffering({ id: ids[1], categories: ['meal_delivery', 'monitoring_emergency'], capacity: 'waitlist', days: [], priceYen: 900 }),
        anOffering({ id: ids[2], categories: ['meal_delivery'], capacity: 'full', serviceArea: { kind: 'municipalities', codes: ['13102'] } }),
        anOffering({ id: ids[3], categories: ['housework'], eligibleCareLevels: ['care_3'] }),
      ],
      exposureState: emptyExposureState(),
      rotationKey: 'request-1',
      now: NOW,
    });
    expect(result.entries.length).toBeGreaterThan(1);
    expect(result.excluded.length).toBeGreaterThan(0);
    const sentences = [
      ...result.entries.flatMap((e) => [
        e.placement.ja,
        e.placement.en,
        ...[...e.explanation.criteriaMet, ...e.explanation.notes].flatMap((o) => [o.ja, o.en]),
        ...e.explanation.scoreParts.flatMap((p) => [p.ja, p.en]),
      ]),
      ...result.excluded.flatMap((x) => x.failed.flatMap((o) => [o.ja, o.en])),
    ];
    expect(sentences.length).toBeGreaterThan(20);
    expect(offendersIn(sentences)).toEqual([]);
    // the language is named in words, the capacity check date in Japan time
    expect(sentences.join('\n')).toContain('ベトナム語');
    expect(sentences.join('\n')).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}確認/);
  });

  it('the regexes do catch what they are for (so the scan can fail)', () => {
    expect(offendersIn(['候補 0f8fad5b-d9cb-469f-a165-70867728950e', '2026-11-01T09:00:00+09:00 確認', 'category meal_delivery', 'hash 1a2b3c4d'])).toHaveLength(4);
  });

  it('every filter reason template, filled as the filters fill it, leaves no placeholder', () => {
    for (const code of FILTER_REASON_CODES) {
      const m = filterReasonMessage(code, {});
      expect(SNAKE.test(m.ja.replace(/\{[a-zA-Z_]+\}/g, ''))).toBe(false);
    }
  });
});
