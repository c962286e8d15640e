import { validateOffering, type FieldError } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

function run(languages: unknown) {
  const input = validOfferingInput();
  input.languages = languages;
  return validateOffering(input, CONTEXT);
}
const codes = (r: ReturnType<typeof run>): Array<Pick<FieldError, 'path' | 'code'>> =>
  r.ok ? [] : r.errors.map(({ path, code }) => ({ path, code }));

describe('languages are BCP 47 tags', () => {
  it('accepts language, script, region and variant subtags, in canonical case', () => {
    const r = run(['ja', 'EN', 'zh-hans', 'pt-br', 'es-419', 'ja-JP-hepburn']);
    expect(r.ok && r.value.languages).toEqual(['ja', 'en', 'zh-Hans', 'pt-BR', 'es-419', 'ja-JP-hepburn']);
  });

  it('rejects names and malformed tags, and duplicates after canonicalisation', () => {
    expect(codes(run(['日本語', 'english', 'ja_JP', 'ja', 'JA']))).toEqual([
      { path: '/languages/0', code: 'language_tag_invalid' },
      { path: '/languages/1', code: 'language_tag_invalid' },
      { path: '/languages/2', code: 'language_tag_invalid' },
      { path: '/languages/4', code: 'language_duplicate' },
    ]);
  });

  it('requires at least one language', () => {
    expect(codes(run([]))).toEqual([{ path: '/languages', code: 'languages_empty' }]);
  });
});
