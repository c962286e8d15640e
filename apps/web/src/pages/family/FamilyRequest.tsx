import { useState } from 'react';
import { useConsentText, useLabels } from '../../api/contract';
import { Link } from '../../app/router';
import { useSession } from '../../auth/session';
import { useBilingual, useFormatDate, useT } from '../../i18n/I18n';
import { GeneralErrors, LoadError, Loading, PageTitle } from '../../ui/ui';
import { Disclaimer, OfferingCard, ReferralTimeline, SHARE_ITEMS, useLiveRequest, useRefer, useWithdraw, type Entry } from '../shared';

/**
 * One request, for the family: the shortlist as cards, choosing options with the consent to share,
 * then each referral's status updating live, and withdrawing consent from the same page.
 */
export default function FamilyRequest({ params }: { params: Record<string, string> }) {
  const t = useT();
  const pick = useBilingual();
  const date = useFormatDate();
  const { session } = useSession();
  const { data, loading, error, refetch } = useLiveRequest(params.id);
  const request = data?.helpRequest;
  const { refer, busy, problems } = useRefer(request, refetch);
  const withdraw = useWithdraw(refetch);
  const [chosen, setChosen] = useState<Entry[]>([]);
  const [agreeing, setAgreeing] = useState(false);
  const [agreed, setAgreed] = useState(false);
  const [confirmWithdraw, setConfirmWithdraw] = useState<string | null>(null);
  const text = useConsentText('third_party_provision');
  const labels = useLabels(['ConsentDataItem']);

  if (loading && !request) return <Loading />;
  if (error && !request) return <LoadError retry={() => void refetch()} />;
  if (!request) return null;

  const referred = new Set(request.referrals.map((r) => r.offeringId));
  const entries = request.shortlist?.entries ?? [];
  const open = entries.filter((e) => !referred.has(e.offeringId));
  const activeConsents = request.consents.filter((c) => c.purpose === 'third_party_provision' && !c.withdrawnAt);
  const toggle = (e: Entry, on: boolean) => setChosen((c) => (on ? [...c, e] : c.filter((x) => x.offeringId !== e.offeringId)));

  const send = async () => {
    const ok = await refer(chosen, SHARE_ITEMS, { givenBy: 'family', givenByName: session?.user.name ?? null, method: 'on_screen', textVersion: text.version });
    if (ok) {
      setChosen([]);
      setAgreeing(false);
      setAgreed(false);
    }
  };

  return (
    <section className="page">
      <PageTitle>{t('family.request.title')}</PageTitle>
      <p className="lead">
        {t('family.request.filed', { date: date(request.createdAt) })} <span className="badge">{request.statusLabelJa}</span>
      </p>
      {request.notices.map((n, i) => (
        <p key={i} className="notice" role="status">
          {pick(n.messageJa, n.messageEn)}
        </p>
      ))}

      {request.referrals.length > 0 && (
        <section aria-labelledby="status-h" className="section">
          <h2 id="status-h">{t('family.request.statusHeading')}</h2>
          <p className="hint" aria-live="polite">
            {t('family.request.live')}
          </p>
          <div className="cards" aria-live="polite">
            {request.referrals.map((r) => (
              <ReferralTimeline key={r.id} referral={r} />
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="shortlist-h" className="section">
        <h2 id="shortlist-h">{t('family.request.shortlistHeading')}</h2>
        <Disclaimer request={request} />
        {!request.shortlist && <p>{t('family.request.noShortlist')}</p>}
        {request.shortlist && entries.length === 0 && <p>{t('family.request.emptyShortlist')}</p>}
        {open.length > 0 && <p className="hint">{t('family.request.chooseHint')}</p>}
        <div className="cards">
          {open.map((e) => (
            <OfferingCard key={e.offeringId} entry={e} request={request} selected={chosen.some((c) => c.offeringId === e.offeringId)} onToggle={(on) => toggle(e, on)} disabled={busy} />
          ))}
        </div>
        {chosen.length > 0 && !agreeing && (
          <div className="actions sticky">
            <button type="button" className="button primary" onClick={() => setAgreeing(true)}>
              {t('family.request.next', { n: chosen.length })}
            </button>
          </div>
        )}
        {agreeing && chosen.length > 0 && (
          <section className="card consent-text" aria-labelledby="share-h">
            <h3 id="share-h">{text.title}</h3>
            <p>{t('family.request.shareWith', { names: [...new Set(chosen.map((c) => c.organizationName))].join('、') })}</p>
            <p>{t('family.request.shareWhat')}</p>
            {labels.has('ConsentDataItem') && (
              <ul>
                {SHARE_ITEMS.map((i) => (
                  <li key={i}>{labels.label('ConsentDataItem', i)}</li>
                ))}
              </ul>
            )}
            <p className="pre">{text.body}</p>
            <p className="hint">{t('consent.version', { version: text.version })}</p>
            <label className="choice">
              <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
              <span className="choice-label">{t('family.request.agree')}</span>
            </label>
            <GeneralErrors problems={problems} />
            <div className="actions">
              <button type="button" className="button secondary" onClick={() => setAgreeing(false)}>
                {t('common.back')}
              </button>
              <button type="button" className="button primary" disabled={!agreed || busy || !text.fromApi} onClick={() => void send()}>
                {busy ? t('wizard.sending') : t('family.request.send')}
              </button>
            </div>
          </section>
        )}
      </section>

      {activeConsents.length > 0 && (
        <section aria-labelledby="consent-h" className="section">
          <h2 id="consent-h">{t('family.request.consentHeading')}</h2>
          {activeConsents.map((c) => (
            <div key={c.id} className="card">
              <p>{t('family.request.consentGiven', { date: date(c.obtainedAt) })}</p>
              <p className="hint">{t('family.request.withdrawExplain')}</p>
              {confirmWithdraw === c.id ? (
                <div className="actions">
                  <button type="button" className="button secondary" onClick={() => setConfirmWithdraw(null)}>
                    {t('common.cancel')}
                  </button>
                  <button type="button" className="button danger" disabled={withdraw.loading} onClick={() => void withdraw.withdraw(c.id).then(() => setConfirmWithdraw(null))}>
                    {t('family.request.withdrawConfirm')}
                  </button>
                </div>
              ) : (
                <button type="button" className="button secondary" onClick={() => setConfirmWithdraw(c.id)}>
                  {t('family.request.withdraw')}
                </button>
              )}
            </div>
          ))}
          <GeneralErrors problems={withdraw.problems} />
        </section>
      )}
      {request.consents.some((c) => c.purpose === 'third_party_provision' && c.withdrawnAt) && <p className="hint">{t('family.request.withdrawnNote')}</p>}
      <p>
        <Link to="/family/requests">{t('family.request.back')}</Link>
      </p>
    </section>
  );
}
