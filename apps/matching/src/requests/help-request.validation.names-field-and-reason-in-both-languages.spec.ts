import { validateFileHelpRequest } from './help-request.validation';
import { aFileHelpRequestInput } from './help-request.fixture';

const NOW = new Date('2026-11-20T01:00:00Z');

function issues(input: Record<string, unknown>) {
  const r = validateFileHelpRequest(input, NOW);
  if (r.ok) throw new Error('expected the input to be refused');
  return r.issues;
}

describe('an invalid help request is refused with the field path and a reason in Japanese and English', () => {
  it('a 4-digit municipality code', () => {
    expect(issues(aFileHelpRequestInput({ municipalityCode: '1310' }))).toEqual([
      { path: '/input/municipalityCode', code: expect.any(String), messageEn: 'must be a 5-digit JIS municipality code', messageJa: '5桁の市区町村コード（JIS）で指定してください' },
    ]);
  });

  it('validation.unknown-value-is-named-by-code-not-listed-in-words: an unknown care level is not_allowed_value; the sentence has no codes (the labels query lists the values)', () => {
    const input = aFileHelpRequestInput();
    (input.senior as Record<string, unknown>).careLevel = 'care_6';
    const [issue] = issues(input);
    expect(issue).toEqual({ path: '/input/senior/careLevel', code: 'not_allowed_value', messageEn: 'is not one of the allowed values', messageJa: '選択できる値ではありません' });
  });

  it('no needs at all', () => {
    expect(issues(aFileHelpRequestInput({ needs: [] }))).toEqual([
      { path: '/input/needs', code: expect.any(String), messageEn: 'name at least one service category', messageJa: 'サービス分類を1つ以上指定してください' },
    ]);
  });

  it('a weekday 7 and a negative budget are both reported', () => {
    const got = issues(aFileHelpRequestInput({ preferences: { preferredDays: [7], budgetYen: -1 } }));
    expect(got.map((i) => i.path).sort()).toEqual(['/input/preferences/budgetYen', '/input/preferences/preferredDays/0']);
  });

  it('a point outside Japan', () => {
    expect(issues(aFileHelpRequestInput({ location: { lat: 48.85, lng: 2.35 } })).map((i) => i.path)).toEqual(['/input/location/lat', '/input/location/lng']);
  });

  it('only one of lat and lng', () => {
    expect(issues(aFileHelpRequestInput({ location: { lat: 35.69 } }))).toEqual([
      { path: '/input/location/lng', code: expect.any(String), messageEn: 'give both lat and lng, or neither', messageJa: '緯度と経度は両方指定してください' },
    ]);
  });

  it('a missing name says it is required', () => {
    const input = aFileHelpRequestInput();
    delete (input.senior as Record<string, unknown>).fullName;
    expect(issues(input)).toEqual([{ path: '/input/senior/fullName', code: expect.any(String), messageEn: 'is required', messageJa: '必須項目です' }]);
  });

  it('request.unknown-municipality-code-is-refused-naming-the-field', () => {
    expect(issues(aFileHelpRequestInput({ municipalityCode: '99999', location: null }))).toEqual([
      { path: '/input/municipalityCode', code: 'unknown_municipality', messageEn: 'no municipality of Japan has this code', messageJa: 'この市区町村コードの市区町村はありません' },
    ]);
  });
});
