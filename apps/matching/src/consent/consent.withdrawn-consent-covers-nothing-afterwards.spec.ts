import { evaluateConsent, findCoveringConsent } from './consent.policy';
import { aConsent, anIntent, T0 } from './consent.fixture';

describe('after withdrawal a consent covers no further disclosure', () => {
  const withdrawn = aConsent({ withdrawnAt: new Date(T0.getTime() - 60_000) });

  it('a disclosure after the withdrawal is not covered', () => {
    expect(evaluateConsent(withdrawn, anIntent())).toMatchObject({ covered: false, gaps: [{ code: 'withdrawn', ja: expect.stringContaining('撤回') }] });
  });

  it('a disclosure before the withdrawal was covered (the record stays true to its time)', () => {
    expect(evaluateConsent(withdrawn, anIntent({ at: new Date(T0.getTime() - 120_000) })).covered).toBe(true);
  });

  it('a consent obtained after the disclosure time does not cover it', () => {
    expect(evaluateConsent(aConsent({ obtainedAt: new Date(T0.getTime() + 1) }), anIntent())).toMatchObject({
      covered: false,
      gaps: [{ code: 'not_yet_obtained' }],
    });
  });
});

describe('choosing the consent', () => {
  it('with no consent recorded the reason says so', () => {
    expect(findCoveringConsent([], anIntent())).toMatchObject({ covered: false, gaps: [{ code: 'no_consent_recorded', consentId: null }] });
  });

  it('takes the most recently obtained consent that covers, skipping a withdrawn one', () => {
    const older = aConsent({ id: 'older', obtainedAt: new Date(T0.getTime() - 10 * 3_600_000) });
    const newerWithdrawn = aConsent({ id: 'newer', withdrawnAt: new Date(T0.getTime() - 1000) });
    expect(findCoveringConsent([older, newerWithdrawn], anIntent())).toMatchObject({ covered: true, consentId: 'older' });
  });

  it('a consent asked for by id is the only one considered', () => {
    const a = aConsent({ id: 'a' });
    const b = aConsent({ id: 'b', dataItems: ['full_name'] });
    expect(findCoveringConsent([a, b], anIntent(), 'b')).toMatchObject({ covered: false, gaps: [{ code: 'items_not_covered', consentId: 'b' }] });
    expect(findCoveringConsent([a, b], anIntent(), 'zzz')).toMatchObject({ covered: false, gaps: [{ code: 'no_consent_recorded', consentId: 'zzz' }] });
  });
});
