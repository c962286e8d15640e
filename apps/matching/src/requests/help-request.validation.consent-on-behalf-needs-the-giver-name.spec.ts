import { validateFileHelpRequest } from './help-request.validation';
import { aFileHelpRequestInput } from './help-request.fixture';

const NOW = new Date('2026-11-20T01:00:00Z');

describe('the consent to collect care details says who gave it', () => {
  it('a family member consenting on the senior’s behalf must be named', () => {
    const r = validateFileHelpRequest(aFileHelpRequestInput({ acquisitionConsent: { givenBy: 'family', method: 'written', obtainedAt: NOW } }), NOW);
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: '/input/acquisitionConsent/givenByName',
          code: expect.any(String),
          messageEn: 'name the family member or guardian who consented on the senior’s behalf',
          messageJa: '本人に代わって同意した家族・後見人の氏名を入力してください',
        },
      ],
    });
  });

  it('the senior consenting themself (本人) needs no other name', () => {
    expect(validateFileHelpRequest(aFileHelpRequestInput({ acquisitionConsent: { givenBy: 'self', method: 'oral', obtainedAt: NOW } }), NOW).ok).toBe(true);
  });

  it('a consent dated in the future is refused', () => {
    const r = validateFileHelpRequest(
      aFileHelpRequestInput({ acquisitionConsent: { givenBy: 'self', method: 'written', obtainedAt: new Date(NOW.getTime() + 86_400_000) } }),
      NOW,
    );
    expect(r).toMatchObject({ ok: false, issues: [{ path: '/input/acquisitionConsent/obtainedAt' }] });
  });
});
