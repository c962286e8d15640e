import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputLimitProblems as problemsIn, stringArgumentsOf, stringArgumentsWithoutMaximum } from '@sanpuku/platform';
import { CATALOGUE_INPUT_LIMITS } from './input-limits';

const inputLimitProblems = (operation: string, args: Record<string, unknown>) => problemsIn(CATALOGUE_INPUT_LIMITS, operation, args);
const DEFAULT_STRING_LIMIT = CATALOGUE_INPUT_LIMITS.otherwise;

describe('input limits', () => {
  it('limits.every-string-argument-has-a-documented-maximum', () => {
    const sdl = readFileSync(join(__dirname, '../../schema.gql'), 'utf8');
    expect(stringArgumentsOf(sdl).length).toBeGreaterThan(50);
    expect(stringArgumentsWithoutMaximum(sdl, CATALOGUE_INPUT_LIMITS)).toEqual([]);
  });

  it('names every over-long string and over-long list, with its maximum in words', () => {
    const problems = inputLimitProblems('updateOffering', {
      id: 'x'.repeat(101),
      input: { languages: ['ja', 'x'.repeat(36)], schedule: [{ opensAt: '09:00', closesAt: '1'.repeat(6) }], disclosure: { effectClaim: { evidenceUrl: 'h'.repeat(2001) } } },
    });
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      '/id text_too_long',
      '/input/languages/1 text_too_long',
      '/input/schedule/0/closesAt text_too_long',
      '/input/disclosure/effectClaim/evidenceUrl text_too_long',
    ]);
    expect(problems[3].messageJa).toBe('2,000文字以内で入力してください。');
    expect(inputLimitProblems('searchOfferings', { filter: { categories: Array(51).fill('meal_delivery') } }).map((p) => `${p.path} ${p.code}`)).toEqual([
      '/filter/categories too_many',
    ]);
  });

  it('leaves the limits the input validation reports with its other problems to it', () => {
    expect(inputLimitProblems('createOffering', { input: { title: 'あ'.repeat(201), otherCosts: [{ label: 'x'.repeat(101) }] } })).toEqual([]);
    expect(inputLimitProblems('returnOffering', { reasons: [{ messageJa: 'あ'.repeat(2001) }] }).map((p) => p.path)).toEqual(['/reasons/0/messageJa']);
  });

  it('counts characters, not bytes or UTF-16 units, of the trimmed text; unnamed strings get the default', () => {
    expect(inputLimitProblems('withdrawOffering', { note: '𠮷'.repeat(2000) })).toEqual([]);
    expect(inputLimitProblems('withdrawOffering', { note: `  ${'a'.repeat(2000)}  ` })).toEqual([]);
    expect(inputLimitProblems('someFutureField', { note: 'a'.repeat(DEFAULT_STRING_LIMIT + 1) }).map((p) => p.path)).toEqual(['/note']);
  });
});
