import { evaluateHardFilters } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './testing/matching.fixtures';

describe('language: shown as information by default, a hard filter only when configured', () => {
  const request = aRequest({ preferences: { language: 'pt-BR' } });
  const japaneseOnly = anOffering({ languages: [] });

  it('by default a missing language is noted but does not exclude', () => {
    const ev = evaluateHardFilters(request, japaneseOnly);
    expect(outcomeOf(ev, 'language')).toMatchObject({ passed: false, effect: 'informational', code: 'language_not_listed' });
    expect(ev.passed).toBe(true);
  });

  it('configured as hard, it excludes', () => {
    const ev = evaluateHardFilters(request, japaneseOnly, { languageIsHardFilter: true });
    expect(outcomeOf(ev, 'language')).toMatchObject({ passed: false, effect: 'hard' });
    expect(ev.passed).toBe(false);
  });

  it('matches on the primary subtag, case-insensitively', () => {
    const ev = evaluateHardFilters(request, anOffering({ languages: ['ja', 'PT'] }), { languageIsHardFilter: true });
    expect(outcomeOf(ev, 'language')).toMatchObject({ passed: true, code: 'language_supported' });
  });
});
