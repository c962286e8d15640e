import { aFileHelpRequestInput } from './help-request.fixture';
import { validateFileHelpRequest } from './help-request.validation';

const NOW = new Date('2026-12-01T23:02:00Z');
const consent = (c: Record<string, unknown>) => aFileHelpRequestInput({ acquisitionConsent: { givenBy: 'family', givenByName: '山田 太郎', ...c } });
const problems = (input: Record<string, unknown>, role?: string) => {
  const r = validateFileHelpRequest(input, NOW, role);
  return r.ok ? [] : r.issues.map((i) => ({ path: i.path, code: i.code }));
};

describe('consent.family-agrees-to-a-versioned-consent-text: filing needs no typed date, only agreeing to a text on screen', () => {
  it('a family agrees on screen: the version is recorded and the time is the server’s', () => {
    const r = validateFileHelpRequest(consent({ textVersion: 'acquisition-1' }), NOW, 'family');
    expect(r.ok && r.value.acquisitionConsent).toEqual({ givenBy: 'family', givenByName: '山田 太郎', method: 'on_screen', textVersion: 'acquisition-1', obtainedAt: NOW });
  });

  it('without the version of the text agreed to, it is refused naming textVersion', () => {
    expect(problems(consent({}), 'family')).toEqual([{ path: '/input/acquisitionConsent/textVersion', code: 'required' }]);
  });

  it('consent.unknown-text-version-is-bad-user-input (another purpose’s version too)', () => {
    for (const textVersion of ['acquisition-99', 'provision-1']) {
      expect(problems(consent({ textVersion }), 'family')).toEqual([{ path: '/input/acquisitionConsent/textVersion', code: 'unknown_consent_text_version' }]);
    }
  });

  it('a family filing for themselves cannot type a paper consent date', () => {
    expect(problems(consent({ method: 'written', obtainedAt: new Date(NOW.getTime() - 3_600_000) }), 'family')).toEqual([
      { path: '/input/acquisitionConsent/method', code: 'on_screen_only' },
    ]);
  });

  it('on screen, a client-given time is refused (the server records it)', () => {
    expect(problems(consent({ method: 'on_screen', textVersion: 'acquisition-1', obtainedAt: NOW }), 'family')).toEqual([
      { path: '/input/acquisitionConsent/obtainedAt', code: 'not_allowed_here' },
    ]);
  });

  it('consent.care-manager-records-a-paper-or-oral-consent-with-its-date-and-method', () => {
    const obtainedAt = new Date(NOW.getTime() - 86_400_000);
    const r = validateFileHelpRequest(consent({ method: 'oral', obtainedAt }), NOW, 'care_manager');
    expect(r.ok && r.value.acquisitionConsent).toEqual({ givenBy: 'family', givenByName: '山田 太郎', method: 'oral', textVersion: null, obtainedAt });
    expect(problems(consent({ obtainedAt }), 'care_manager')).toEqual([{ path: '/input/acquisitionConsent/method', code: 'required' }]);
    expect(problems(consent({ method: 'written' }), 'care_manager')).toEqual([{ path: '/input/acquisitionConsent/obtainedAt', code: 'required' }]);
    expect(problems(consent({ method: 'fax', obtainedAt }), 'care_manager')).toEqual([{ path: '/input/acquisitionConsent/method', code: 'not_allowed_value' }]);
  });
});
