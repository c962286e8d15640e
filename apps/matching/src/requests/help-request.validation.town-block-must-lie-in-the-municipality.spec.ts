import { validateFileHelpRequest } from './help-request.validation';
import { aFileHelpRequestInput } from './help-request.fixture';

const NOW = new Date('2026-11-20T01:00:00Z');

describe('the address resolves to a town block of the stated municipality', () => {
  it('a town block of Chuo-ku (13102…) for a Chiyoda-ku (13101) request is refused', () => {
    const r = validateFileHelpRequest(aFileHelpRequestInput({ location: { townBlockCode: '131020001001' } }), NOW);
    expect(r).toMatchObject({
      ok: false,
      issues: [{ path: '/input/location/townBlockCode', messageJa: '選ばれた町丁目は、指定した市区町村にありません', code: 'town_block_outside_municipality' }],
    });
  });

  it('no location at all is accepted (area filters then use the municipality only)', () => {
    const r = validateFileHelpRequest(aFileHelpRequestInput({ location: null }), NOW);
    expect(r.ok && r.value.location).toEqual({ townBlockCode: null, lat: null, lng: null });
  });
});

describe('defaults and normalisation', () => {
  it('no preferences means any coverage, no budget, any day; needs are de-duplicated; days sorted', () => {
    const r = validateFileHelpRequest(aFileHelpRequestInput({ preferences: null, needs: ['housework', 'housework'] }), NOW);
    expect(r.ok && r.value.preferences).toEqual({ coverage: 'any', budgetYen: null, preferredDays: [], language: null });
    expect(r.ok && r.value.needs).toEqual(['housework']);
    const d = validateFileHelpRequest(aFileHelpRequestInput({ preferences: { preferredDays: [5, 1, 5] } }), NOW);
    expect(d.ok && d.value.preferences.preferredDays).toEqual([1, 5]);
  });
});
